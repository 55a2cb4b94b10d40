import type { EntityKind } from "../domain/entity-kind";
import type { RelationType } from "../domain/relation-type";
import type { StoredMeaning } from "./fact-meaning-record";

/** An entity node's properties, with its evidence and attributes as `E` and `A`. */
interface EntityFields<E, A> extends StoredMeaning {
  id: string;
  kind: EntityKind;
  name: string;
  nameHant?: string | null;
  nameEn?: string | null;
  aliases?: string[];
  pinyin?: string;
  /** null when the entity was read through a relation without its lists (entity.resolver.ts, withLists). */
  evidence?: E[] | null;
  attributes?: A[] | null;
  sources?: string[] | null;
  [property: string]: unknown;
}

/** An entity node's properties as the seed loader stores them: evidence and attributes are JSON strings. */
export type StoredEntity = EntityFields<string, string>;

/** An entity as repositories hand it on: its evidence and attributes parsed. */
export type EntityRecord = EntityFields<StoredEvidence, StoredAttribute>;

export interface RelationRecord {
  id: string;
  type: RelationType;
  /** The entity asked about. */
  selfId: string;
  /** True when the entity asked about is the relation's start node. */
  outgoing: boolean;
  other: EntityRecord;
  properties: Record<string, unknown> & StoredMeaning;
  evidence: StoredEvidence[];
  attributes: StoredAttribute[];
  /** The sources that state it, and each one's own modality (src/domain/source-modality.ts). */
  sources: string[];
  sourceModalities: string[];
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

/** A stored entity with its lists parsed; a list read as null (left out by the statement) stays null. */
export function toEntity(stored: StoredEntity): EntityRecord {
  const { evidence, attributes, ...rest } = stored;
  return {
    ...rest,
    ...(evidence === undefined ? {} : { evidence: evidence && parseEvidence(evidence) }),
    ...(attributes === undefined ? {} : { attributes: attributes && parseAttributes(attributes) }),
  };
}
