import { Args, Ctx, Query, Resolver, UseMiddleware } from "type-graphql";
import { candidateKey } from "../../extract/candidate";
import { sourceIdOf } from "../../extract/draft";
import type { Context } from "../context";
import { requireEditor } from "../writes/editor-guard";
import { ExtractArgs } from "./extract.args";
import { FactExtraction } from "./extraction.type";

@Resolver()
export class ExtractResolver {
  @Query(() => FactExtraction, {
    description:
      "Drafts candidate facts (entities, relations, figures) from a scraped page for a curator to review. Writes nothing. Needs an editor key.",
  })
  @UseMiddleware(requireEditor)
  async extractFacts(
    @Args(() => ExtractArgs) { text, url, publishedOn, rejected }: ExtractArgs,
    @Ctx() ctx: Context,
  ): Promise<FactExtraction> {
    const x = await ctx.services.extract.extract(text, { url, publishedOn, rejected });
    const at = <T extends { at: { start: number; end: number } }>(c: T) => ({ ...c, start: c.at.start, end: c.at.end });
    return {
      sourceId: sourceIdOf(x.title ?? x.text.slice(0, 20)),
      text: x.text,
      script: x.script,
      title: x.title,
      publishedOn: x.publishedOn,
      bodyStart: x.body.bounds.start,
      bodyEnd: x.body.bounds.end,
      entities: x.candidates.entities.map(e => ({
        ...at(e),
        candidateKey: candidateKey.entity(e),
        nameStart: e.nameAt.start,
        nameEnd: e.nameAt.end,
      })),
      relations: x.candidates.relations.map(r => ({ ...at(r), candidateKey: candidateKey.relation(r) })),
      numbers: x.candidates.numbers.map(n => ({ ...at(n), candidateKey: candidateKey.number(n) })),
    };
  }
}
