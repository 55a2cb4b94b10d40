import type { Database } from "../neo4j/database";
import type { KnownEntity } from "./gazetteer";

/** Reads the entities the graph has, for the gazetteer. */
export class GazetteerRepository {
  constructor(private readonly db: Database) {}

  entities(): Promise<KnownEntity[]> {
    return this.db.read<KnownEntity>("extract/gazetteer");
  }
}
