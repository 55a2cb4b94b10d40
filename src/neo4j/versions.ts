import type { Database } from "./database";

export interface DatabaseVersions {
  neo4jVersion: string;
  neo4jEdition: string;
  /** Null when the server has no Graph Data Science library (e.g. a plain external server). */
  gdsVersion: string | null;
}

export async function readVersions(db: Database): Promise<DatabaseVersions> {
  const [neo4j] = await db.read<{ version: string; edition: string }>("meta/neo4j-version");
  let gdsVersion: string | null;
  try {
    const [gds] = await db.read<{ version: string }>("meta/gds-version");
    gdsVersion = gds?.version ?? null;
  } catch {
    gdsVersion = null;
  }
  return { neo4jVersion: neo4j?.version ?? "unknown", neo4jEdition: neo4j?.edition ?? "unknown", gdsVersion };
}
