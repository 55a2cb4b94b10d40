import type { AttributeQualifier, Modality } from "../../domain/fact-meaning";
import type { Context } from "../context";
import type { StoredAttribute, StoredEvidence } from "../../entity/entity-record";
import type { Attribute, Evidence, Source } from "./evidence.type";

export const toSource = (s: Awaited<ReturnType<Context["loaders"]["sourceById"]["load"]>>, id: string): Source => ({
  id,
  title: s?.title ?? "(unknown source)",
  publisher: s?.publisher ?? null,
  publishedOn: s?.publishedOn ?? null,
  script: s?.script ?? "Hans",
  file: s?.file ?? null,
});

/** The modality a quote's source gives the fact it supports; absent where the fact has none (a city, say). */
export type SourceModality = (source: string) => Modality | null;

const noModality: SourceModality = () => null;

export async function toEvidence(
  ctx: Context,
  stored: StoredEvidence[],
  modalityOf: SourceModality = noModality,
): Promise<Evidence[]> {
  const sources = await ctx.loaders.sourceById.loadMany(stored.map(e => e.source));
  return stored.map((e, i) => {
    const s = sources[i];
    return {
      quote: e.quote,
      source: toSource(s instanceof Error ? null : (s ?? null), e.source),
      modality: modalityOf(e.source),
    };
  });
}

export async function toAttributes(
  ctx: Context,
  stored: StoredAttribute[],
  modalityOf: SourceModality = noModality,
): Promise<Attribute[]> {
  const evidence = await toEvidence(ctx, stored, modalityOf);
  return stored.map((a, i) => ({
    key: a.key,
    value: a.value,
    unit: a.unit,
    qualifier: (a.qualifier as AttributeQualifier | undefined) ?? null,
    asOf: a.asOf ?? null,
    evidence: evidence[i]!,
  }));
}
