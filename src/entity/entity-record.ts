import type { EntityKind } from "../domain/entity-kind";
import type { RelationType } from "../domain/relation-type";
import type { StoredMeaning } from "./fact-meaning-record";

/** An entity node's properties as stored by the seed loader. */
export interface EntityRecord extends StoredMeaning {
  id: string;
  kind: EntityKind;
  name: string;
  nameHant?: string | null;
  nameEn?: string | null;
  aliases?: string[];
  pinyin?: string;
  /** null when the entity was read through a relation without its lists (entity.resolver.ts, withLists). */
  evidence?: string[] | null;
  attributes?: string[] | null;
  sources?: string[] | null;
  [property: string]: unknown;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  /** The entity asked about. */
  selfId: string;
  /** True when the entity asked about is the relation's start node. */
  outgoing: boolean;
  other: EntityRecord;
  properties: Record<string, unknown> & StoredMeaning;
  evidence: string[];
  attributes: string[];
}

export interface SourceRecord {
  id: string;
  title: string;
  file?: string | null;
  publisher?: string | null;
  publishedOn?: string | null;
  script: string;
}

export interface StoredEvidence {
  source: string;
  quote: string;
}

export interface StoredAttribute {
  key: string;
  value: number;
  unit: string | null;
  source: string;
  quote: string;
  qualifier?: string;
  asOf?: string;
}

export function parseEvidence(list: string[] | null | undefined): StoredEvidence[] {
  return (list ?? []).map(e => JSON.parse(e) as StoredEvidence);
}

export function parseAttributes(list: string[] | null | undefined): StoredAttribute[] {
  return (list ?? []).map(a => JSON.parse(a) as StoredAttribute);
}
