import type { DocumentNode, GraphQLError, ValidationContext } from "graphql";

export type Measure = "cost" | "depth";
export type Verdict = "accepted" | "refused";

export interface Measured {
  n: number;
  verdict: Verdict;
}

// Keyed by the parsed document: Apollo reuses the document of a query it has validated before (and then
// skips validation), so what armor measured the first time is still found for every later request.
const measured = new WeakMap<DocumentNode, Partial<Record<Measure, Measured>>>();

function note(ctx: ValidationContext | null, measure: Measure, m: Measured): void {
  if (!ctx) return;
  const doc = ctx.getDocument();
  measured.set(doc, { ...measured.get(doc), [measure]: m });
}

/** graphql-armor's onAccept callback for maxDepth or costLimit: it hands over the measured value. */
export function onLimitAccepted(measure: Measure) {
  return (ctx: ValidationContext | null, details: { n: number }) =>
    note(ctx, measure, { n: details.n, verdict: "accepted" });
}

/** graphql-armor's onReject callback: the measured value is only in its message ("…, found 31."). */
export function onLimitRefused(measure: Measure) {
  return (ctx: ValidationContext | null, err: GraphQLError) => {
    const found = /found (\d+)/.exec(err.message);
    if (found) note(ctx, measure, { n: Number(found[1]), verdict: "refused" });
  };
}

/** The list-aware cost rule's observer (graphql/limits/query-cost.ts): armor no longer measures the cost. */
export function observeCost(document: DocumentNode, cost: number, refused: boolean): void {
  measured.set(document, { ...measured.get(document), cost: { n: cost, verdict: refused ? "refused" : "accepted" } });
}

export function measuredLimits(doc: DocumentNode | undefined): Partial<Record<Measure, Measured>> {
  return (doc && measured.get(doc)) ?? {};
}
