import { RELATION_TYPES } from "../domain/relation-type";
import type { Database } from "../neo4j/database";
import { int } from "../neo4j/values";
import type { StoredProperties } from "./stored-fact";

export interface StoredRelation {
  type: string;
  to: string;
  relation: StoredProperties;
}

/** Reads what an export writes, a page at a time: nothing holds a whole graph in memory. */
export class ExportRepository {
  constructor(private readonly db: Database) {}

  async sources(): Promise<StoredProperties[]> {
    const rows = await this.db.read<{ source: StoredProperties }>("export/sources");
    return rows.map(r => r.source);
  }

  async sourceText(id: string): Promise<string | undefined> {
    const [row] = await this.db.read<{ text: string }>("export/source-text", { id });
    return row?.text;
  }

  async sourceLists(): Promise<string[][]> {
    const rows = await this.db.read<{ sources: string[] | null }>("export/source-lists", { types: RELATION_TYPES });
    return rows.map(r => r.sources ?? []);
  }

  /** One page of the entities of a batch of sources, in id order. */
  async entities(sources: string[], after: string, limit: number): Promise<StoredProperties[]> {
    const rows = await this.db.read<{ entity: StoredProperties }>("export/entities", {
      sources,
      after,
      limit: int(limit),
    });
    return rows.map(r => r.entity);
  }

  /** The relations starting at one page of the batch's entities, with the page's last entity id. */
  async relations(
    sources: string[],
    after: string,
    limit: number,
  ): Promise<{ last?: string; entities: number; relations: (StoredRelation & { from: string })[] }> {
    const rows = await this.db.read<{ id: string; relations: StoredRelation[] }>("export/relations", {
      sources,
      after,
      limit: int(limit),
      types: RELATION_TYPES,
    });
    return {
      last: rows[rows.length - 1]?.id,
      entities: rows.length,
      relations: rows.flatMap(r => r.relations.map(rel => ({ ...rel, from: r.id }))),
    };
  }
}
