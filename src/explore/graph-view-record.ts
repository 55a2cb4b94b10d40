import type { FactDate } from "../domain/fact-date";
import type { EvidenceKind, Modality } from "../domain/fact-meaning";
import type { RelationType } from "../domain/relation-type";
import type { EntityRecord, StoredEntity, StoredEvidence } from "../entity/entity-record";

export interface GraphNodeRecord {
  entity: EntityRecord;
  /** Relationships of the view's modalities the entity has in the whole graph, not only in the view. */
  degree: number;
}

/** An edge carries the relationship's own date fields as stored (src/domain/fact-date.ts), basis included. */
export interface GraphEdgeRecord extends FactDate {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  evidence: StoredEvidence[];
  modality: Modality;
  /** STATED unless stored otherwise, as every fact reads (src/entity/fact-meaning-record.ts). */
  evidenceKind: EvidenceKind;
  /** Each source's own modality and the sources, so every quote shows its source's (src/domain/source-modality.ts). */
  sourceModalities?: string[] | null;
  sources?: string[] | null;
  /** The date fields of the agreement or event the relationship links to, if it links to one. */
  linked?: FactDate | null;
}

export interface GraphViewRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
  /** The modalities of the facts the view followed and shows. */
  modalities: Modality[];
}

/** The row cypher/explore/*.cypher return; an edge's evidence is null where the relationship has none. */
export interface GraphViewRow {
  nodes: (Omit<GraphNodeRecord, "entity"> & { entity: StoredEntity })[];
  edges: (Omit<GraphEdgeRecord, "evidence"> & { evidence: string[] | null })[];
  total: number;
}
