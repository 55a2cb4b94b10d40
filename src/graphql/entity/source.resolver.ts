import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { NotFoundError } from "../../errors";
import type { Context } from "../context";
import { toSource } from "./evidence.mapper";
import { Source } from "./evidence.type";

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { description: "One source article by its id, with its text" })
  async source(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Source> {
    const found = await ctx.loaders.sourceById.load(id);
    if (!found) throw new NotFoundError("Source", id);
    return toSource(found, id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The article's text, byte for byte as in seeds/sources; every quote is a substring of it",
  })
  text(@Root() s: Source, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.loaders.sourceText.load(s.id);
  }
}
