import type { FactDate } from "../domain/fact-date";
import type { RelationType } from "../domain/relation-type";
import type { EntityRecord, StoredEntity, StoredEvidence } from "../entity/entity-record";

/** One relationship of a path, oriented along the path: from = nodes[i], to = nodes[i + 1]. */
export interface PathStepRecord {
  from: EntityRecord;
  to: EntityRecord;
  type: RelationType;
  /** True when the stored relationship points from `from` to `to`. */
  outgoing: boolean;
  /** ACTUAL, PLANNED or ASPIRATION (src/domain/fact-meaning.ts); null reads as ACTUAL. */
  modality: string | null;
  relationId: string;
  evidence: StoredEvidence[];
  /** Each source's own modality and the sources, so every quote shows its source's (src/domain/source-modality.ts). */
  sourceModalities: string[] | null;
  sources: string[] | null;
  /** How the sources support the fact, as stored (null: stored before evidence kinds, read as STATED). */
  evidenceKind: string | null;
  /** The fact's own date fields as stored (src/domain/fact-date.ts). */
  dated: FactDate;
}

export interface PathRecord {
  length: number;
  nodes: EntityRecord[];
  steps: PathStepRecord[];
}

/** A row of cypher/paths/*.cypher. */
export interface PathRow {
  /** Each entity's whole property map when the read asked for all of them, else empty. */
  nodes: StoredEntity[];
  /** Each entity's projected values, in the order of the projection's properties, when it did not. */
  values: unknown[][];
  steps: ({
    id: string;
    type: RelationType;
    evidence: string[] | null;
    modality?: string | null;
    sourceModalities?: string[] | null;
    sources?: string[] | null;
    evidenceKind?: string | null;
    outgoing: boolean;
  } & FactDate)[];
}
