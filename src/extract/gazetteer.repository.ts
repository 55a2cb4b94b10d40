import type { EntityKind } from "../domain/entity-kind";
import type { Database } from "../neo4j/database";
import type { KnownEntity } from "./gazetteer";

/** Reads the entities the graph has, for the gazetteer. */
export class GazetteerRepository {
  constructor(private readonly db: Database) {}

  async entities(): Promise<KnownEntity[]> {
    const rows = await this.db.read<{ id: string; kind: string; name: string; aliases: string[] }>("extract/gazetteer");
    return rows.map(r => ({ id: r.id, kind: r.kind as EntityKind, name: r.name, aliases: r.aliases }));
  }
}
