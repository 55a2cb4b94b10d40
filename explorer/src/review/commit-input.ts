import type { EntityCandidate, FigureCandidate, RelationCandidate } from "./api";

// What a committed candidate becomes: the write mutations' EntityInput and RelationInput (and the draft seed
// file's records, the same fields). Every field the extraction states reaches the write as it is, so a planned
// fact is written planned, a day placed by the page's date keeps that basis, and a host keeps its role.

/** The fields that are set: GraphQL answers null for what a candidate does not state, and the write reads absence as its default. */
function stated(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
}

const dates = (c: EntityCandidate | RelationCandidate) =>
  stated({ date: c.date, dateResolved: c.dateResolved, dateBasis: c.dateBasis, datePrecision: c.datePrecision });

/** A BACKGROUND fact carries no quote (no sentence states it); every other fact is quoted. */
const evidence = (c: { quote: string; evidenceKind: string | null }) =>
  c.evidenceKind === "BACKGROUND" ? [] : [{ quote: c.quote }];

export function relationInput(r: RelationCandidate): Record<string, unknown> {
  return {
    type: r.type,
    from: r.from,
    to: r.to,
    ...stated({ modality: r.modality, evidenceKind: r.evidenceKind, role: r.role, roleText: r.roleText }),
    ...dates(r),
    evidence: evidence(r),
  };
}

export function figureInput(n: FigureCandidate): Record<string, unknown> {
  return { key: n.key, value: n.value, unit: n.unit, ...stated({ qualifier: n.qualifier }), quote: n.quote };
}

/** The entity with the figures accepted for it. */
export function entityInput(e: EntityCandidate, figures: FigureCandidate[]): Record<string, unknown> {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases,
    ...stated({ modality: e.modality, evidenceKind: e.evidenceKind }),
    ...dates(e),
    attributes: figures.map(figureInput),
    evidence: evidence(e),
  };
}
