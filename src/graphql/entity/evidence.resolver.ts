import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { locateQuote, type QuoteInText as QuoteInTextShape } from "../../entity/quote-in-text";
import type { Context } from "../context";
import { Evidence } from "./evidence.type";
import { QuoteInText } from "./quote-in-text.type";

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => QuoteInText, {
    nullable: true,
    description: "Where the quote sits in its source's text (null when the source has no stored text)",
  })
  async inText(@Root() e: Evidence, @Ctx() ctx: Context): Promise<QuoteInTextShape | null> {
    return locateQuote(await ctx.loaders.sourceText.load(e.source.id), e.quote);
  }
}
