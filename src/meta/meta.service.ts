import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";
import type { Database } from "../neo4j/database";
import { readVersions, type DatabaseVersions } from "../neo4j/versions";

export const serviceVersion: string = JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")).version;

export interface Health {
  status: "ok" | "unavailable";
  service: { name: string; version: string };
  neo4j: {
    reachable: boolean;
    uri: string;
    database: string;
    version: string | null;
    edition: string | null;
    error?: string;
  };
  gds: { version: string | null };
}

export class MetaService {
  private versions: DatabaseVersions | undefined;

  constructor(private readonly db: Database) {}

  async get(): Promise<DatabaseVersions & { version: string }> {
    this.versions ??= await readVersions(this.db);
    return { version: serviceVersion, ...this.versions };
  }

  async health(): Promise<Health> {
    const base = { uri: this.db.options.uri, database: this.db.options.database };
    try {
      await this.db.read("meta/ping");
      const v = await this.get();
      return {
        status: "ok",
        service: { name: "innograph", version: serviceVersion },
        neo4j: { reachable: true, ...base, version: v.neo4jVersion, edition: v.neo4jEdition },
        gds: { version: v.gdsVersion },
      };
    } catch (err) {
      return {
        status: "unavailable",
        service: { name: "innograph", version: serviceVersion },
        neo4j: {
          reachable: false,
          ...base,
          version: this.versions?.neo4jVersion ?? null,
          edition: this.versions?.neo4jEdition ?? null,
          error: (err as Error).message,
        },
        gds: { version: this.versions?.gdsVersion ?? null },
      };
    }
  }
}
