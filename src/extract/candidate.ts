import type { EntityKind } from "../domain/entity-kind";
import type { AttributeQualifier, DateBasis, DatePrecision, EvidenceKind, Modality } from "../domain/fact-meaning";
import type { RelationType } from "../domain/relation-type";

/** A stretch of the page, as offsets into the original text (UTF-16 code units, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** What every drafted fact carries so a curator can judge it: the page's own words, how sure, and why. */
export interface Provenance {
  /** Byte-exact substring of the page text (pinyin artefacts and Traditional script included). */
  quote: string;
  /** Where the quote starts and ends in the page text. */
  at: Span;
  confidence: number;
  /** The rule that produced the candidate, e.g. `title-before-name` or `trigger:签约`. */
  rule: string;
}

export interface DateFields {
  date?: string;
  dateResolved?: string;
  dateBasis?: DateBasis;
  datePrecision?: DatePrecision;
}

export interface EntityCandidate extends Provenance, DateFields {
  /** The id the seed format gives it: the existing id on a merge, else `<kind-prefix>-<pinyin>`. */
  id: string;
  kind: EntityKind;
  /** Simplified, as the format wants even for a Traditional page. */
  name: string;
  aliases: string[];
  /** The existing entity this one merges with, when the names match across scripts. */
  mergeWith?: string;
  /** Where the page first names it (inside the quote). */
  nameAt: Span;
  modality?: Modality;
  evidenceKind?: EvidenceKind;
}

export interface RelationCandidate extends Provenance, DateFields {
  type: RelationType;
  from: string;
  to: string;
  modality: Modality;
  evidenceKind: EvidenceKind;
  role?: string;
  roleText?: string;
}

export interface NumberCandidate extends Provenance {
  /** The entity the figure belongs to. */
  owner: string;
  key: string;
  value: number;
  unit: string;
  qualifier?: AttributeQualifier;
  /** The figure as written, e.g. `10多家`. */
  text: string;
}

export interface Candidates {
  entities: EntityCandidate[];
  relations: RelationCandidate[];
  numbers: NumberCandidate[];
}

/** The key a curator's verdict is remembered by, so a second run does not propose a rejected fact again. */
export const candidateKey = {
  entity: (e: Pick<EntityCandidate, "id">) => `entity:${e.id}`,
  relation: (r: Pick<RelationCandidate, "type" | "from" | "to">) => `relation:${r.type}:${r.from}:${r.to}`,
  number: (n: Pick<NumberCandidate, "owner" | "value" | "unit">) => `number:${n.owner}:${n.value}:${n.unit}`,
};
