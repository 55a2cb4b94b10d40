import { MODALITY_RANK } from "../domain/source-modality";
import type { EntityInput, RelationInput, SeedFileInput, SourceInput } from "./seed.input";
import { entityRow, relationRow } from "./seed-rows";

/** A stored value as Neo4j holds it: the loader writes strings, JS numbers (Float) and lists of strings. */
export type StoredValue = string | number | boolean | string[];

/** One node or relationship's labels (or type) and properties, as the incremental loader would leave them. */
export interface StoredEntity {
  labels: Set<string>;
  props: Map<string, StoredValue>;
}

export interface StoredRelation {
  type: string;
  from: string;
  to: string;
  props: Map<string, StoredValue>;
}

type Props = Map<string, StoredValue>;

/** What makes a relationship one: the merge statements MERGE on type and both ends. */
export const relationKey = (r: RelationInput): string => `${r.type}|${r.from}|${r.to}`;

/** Cypher's SET n.key = value: a null removes the property. */
function set(props: Props, key: string, value: StoredValue | null | undefined): void {
  if (value === null || value === undefined) props.delete(key);
  else props.set(key, value);
}

/** Cypher's SET n += map. */
function setAll(props: Props, values: object): void {
  for (const [k, v] of Object.entries(values)) set(props, k, v as StoredValue | null);
}

const list = (props: Props, key: string): string[] => (props.get(key) as string[] | undefined) ?? [];

/** The union the merge statements make: stored entries first, then the row's new ones in their order. */
function union(props: Props, key: string, added: string[]): void {
  const held = list(props, key);
  const seen = new Set(held);
  props.set(key, [...held, ...added.filter(a => !seen.has(a) && seen.add(a))]);
}

/** cypher/fragments/source-modalities-given.cypher, for a row that gives a modality. */
function sourceModalitiesGiven(props: Props, source: string, modality: string): string[] {
  const stored = props.get("sourceModalities") as string[] | undefined;
  const held = stored ?? list(props, "sources").map(s => `${s}:${(props.get("modality") as string) ?? "ACTUAL"}`);
  const own = (m: string) => m.split(":")[0] === source;
  return held.some(own) ? held.map(m => (own(m) ? `${source}:${modality}` : m)) : [...held, `${source}:${modality}`];
}

/** cypher/fragments/most-actual-modality.cypher */
function mostActual(given: string[] | undefined): string | null {
  return MODALITY_RANK.find(m => (given ?? []).some(x => x.endsWith(`:${m}`))) ?? null;
}

/** The fields every fact shares in the merge statements: evidence, attributes and sources are unions. */
function mergeFact(props: Props, row: { evidence: string[]; attributes: string[]; source: string }): void {
  union(props, "evidence", row.evidence);
  union(props, "attributes", row.attributes);
  if (!list(props, "sources").includes(row.source)) props.set("sources", [...list(props, "sources"), row.source]);
}

/**
 * The graph an incremental load of the same files, in the same order, into an empty database leaves: each
 * source's entities and relations merged by the rules of cypher/seed/merge-entities.cypher and
 * merge-relations.cypher (rows built by the loader's own seed-rows.ts), kept in memory as final values so
 * that `neo4j-admin database import` can write them at once.
 */
export class BulkGraph {
  readonly entities = new Map<string, StoredEntity>();
  readonly relations = new Map<string, StoredRelation>();
  readonly sources = new Map<string, Props>();
  readonly sourceTexts = new Map<string, string>();
  /** Relation records read (a relation repeated by another source counts again), for the report. */
  relationRecords = 0;
  entityRecords = 0;

  /** Merges one validated source, as the loader's one transaction for it would. */
  add(seed: SeedFileInput): void {
    this.addSource(seed.source);
    for (const e of seed.entities) this.addEntity(e, seed.source.id, seed.source.publishedOn);
    for (const r of seed.relations) this.addRelation(r, seed.source.id, seed.source.publishedOn);
    this.entityRecords += seed.entities.length;
    this.relationRecords += seed.relations.length;
  }

  /** The Source node and its article's text, as merge-source.cypher and merge-source-text.cypher write them. */
  addSource(input: SourceInput): void {
    const { text, ...fields } = input;
    const source = new Map<string, StoredValue>();
    setAll(source, { id: fields.id, file: fields.file, title: fields.title, publisher: fields.publisher });
    setAll(source, { publishedOn: fields.publishedOn, script: fields.script });
    this.sources.set(input.id, source);
    if (text !== undefined) this.sourceTexts.set(input.id, text);
  }

  /** Merges one entity record of a source, as merge-entities.cypher would on the graph held so far. */
  addEntity(e: EntityInput, source: string, publishedOn: string | null | undefined): void {
    let node = this.entities.get(e.id);
    if (!node) {
      node = { labels: new Set(["Entity"]), props: new Map([["id", e.id]]) };
      this.entities.set(e.id, node);
    }
    const { props } = node;
    const row = entityRow(e, source, list(props, "aliases"), publishedOn);
    node.labels.add(row.kind);
    // The WITH before SET evaluates the given list on the node as it was stored.
    const given = row.modality === null ? (props.get("sourceModalities") as string[] | undefined) : undefined;
    const merged = row.modality === null ? given : sourceModalitiesGiven(props, source, row.modality);
    setAll(props, row.props);
    set(props, "sourceModalities", merged);
    if (row.modality !== null) set(props, "modality", mostActual(merged));
    setAll(props, row.names);
    set(props, "kind", row.kind);
    set(props, "name", row.name);
    set(props, "nameEn", row.nameEn ?? props.get("nameEn"));
    set(props, "aliases", row.aliases);
    mergeFact(props, row);
  }

  /** Merges one relation record of a source, as merge-relations.cypher would. */
  addRelation(r: RelationInput, source: string, publishedOn: string | null | undefined): void {
    const key = relationKey(r);
    let rel = this.relations.get(key);
    if (!rel) {
      rel = { type: r.type, from: r.from, to: r.to, props: new Map() };
      this.relations.set(key, rel);
    }
    const { props } = rel;
    const row = relationRow(r, source, publishedOn);
    const given = sourceModalitiesGiven(props, source, row.modality!);
    setAll(props, row.props);
    set(props, "id", row.id);
    set(props, "sourceModalities", given);
    set(props, "modality", mostActual(given));
    mergeFact(props, row);
  }

  /** Entities by kind and relationships by type, as graphCounts reads them back. */
  counts(): { byKind: Record<string, number>; byRelation: Record<string, number> } {
    const tally = (values: Iterable<string>) => {
      const out: Record<string, number> = {};
      for (const v of values) out[v] = (out[v] ?? 0) + 1;
      return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
    };
    const kinds = function* (entities: Map<string, StoredEntity>) {
      for (const e of entities.values()) yield e.props.get("kind") as string;
    };
    const types = function* (relations: Map<string, StoredRelation>) {
      for (const r of relations.values()) yield r.type;
    };
    return { byKind: tally(kinds(this.entities)), byRelation: tally(types(this.relations)) };
  }
}
