import type { DateBasis, DatePrecision, EvidenceKind, Modality } from "../domain/fact-meaning";
import type { TieKind } from "../domain/partnership";
import { parseEvidence, type StoredEvidence } from "../entity/entity-record";

/** A stored fact's meaning fields as they come out of Neo4j (absent = ACTUAL / STATED). */
export interface FactMeaning {
  modality?: string | null;
  date?: string | null;
  dateResolved?: string | null;
  dateBasis?: string | null;
  datePrecision?: string | null;
  evidenceKind?: string | null;
}

/** One relationship behind a joint fact: its id, meaning, sources and evidence (JSON {source, quote}). */
export interface FactLink extends FactMeaning {
  id: string;
  type: string;
  sources: string[] | null;
  evidence: string[] | null;
}

/**
 * A row of cypher/partnership/joint-facts.cypher: `a` and `b` share `hub` (an agreement, platform, event,
 * corridor or alliance) through `links`, or `links` is one COOPERATES_WITH between them (hub null).
 */
export interface JointFact {
  a: string;
  b: string;
  /** The relationship type that joins each of them to the hub, or COOPERATES_WITH. */
  linkType: string;
  hub: (FactMeaning & { id: string; kind: string; name: string }) | null;
  links: FactLink[];
}

/** When a strand happened, with where the date comes from; start/end bound its period (YYYY-MM-DD). */
export interface StrandDate {
  date: string | null;
  basis: DateBasis | null;
  precision: DatePrecision | null;
  start: string | null;
  end: string | null;
}

/** One reason two entities are partners: one tie kind through one agreement, event, platform or statement. */
export interface Strand extends StrandDate {
  kind: TieKind;
  /** The hub entity's id, or the COOPERATES_WITH relationship's id. */
  via: string;
  viaName: string | null;
  modality: Modality;
  /** The least supported of the facts behind the strand (and its hub). */
  evidenceKind: EvidenceKind;
  sources: string[];
  /** The relationships behind the strand. */
  factIds: string[];
  /** JSON {source, quote}, as entities and relationships store evidence (kept as text: ties merge them as a set). */
  evidence: string[];
}

/** The quotes behind strands, parsed. */
export function strandEvidence(strands: readonly Strand[]): StoredEvidence[] {
  return parseEvidence(strands.flatMap(s => s.evidence));
}

/** A partnership tie between two nodes of a network (entities, cities or corridors). */
export interface Tie {
  a: string;
  b: string;
  kinds: TieKind[];
  weight: number;
  modality: Modality;
  /** The best supported of its strands. */
  evidenceKind: EvidenceKind;
  first: StrandDate | null;
  last: StrandDate | null;
  strands: Strand[];
  /** At CITY and CORRIDOR level, the member ties (entity pairs) the tie aggregates. */
  members: { a: string; b: string }[];
}

/** A stored PARTNERS_WITH as read back: its ends and its strands (the filters and weights are applied in Node). */
export interface StoredTie {
  a: string;
  b: string;
  strands: Strand[];
}
