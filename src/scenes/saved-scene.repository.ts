import { randomUUID } from "node:crypto";
import type { AuditRepository } from "../audit/audit.repository";
import { run, type Database } from "../neo4j/database";
import { currentRequest } from "../neo4j/request-scope";
import { int } from "../neo4j/values";
import type { SavedSceneRecord } from "./saved-scene";

/** The only code that reads and writes saved scenes. */
export class SavedSceneRepository {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditRepository,
  ) {}

  /** Saves the scene under its name (replacing one of that name) and records the write, in one transaction. */
  async save(name: string, state: string, nodes: number): Promise<SavedSceneRecord> {
    return this.db.writeTx(async tx => {
      const [row] = await run<{ scene: SavedSceneRecord }>(tx, "scenes/save", {
        id: randomUUID(),
        name,
        state,
        nodes: int(nodes),
        keyId: currentRequest()?.actor?.keyId ?? null,
      });
      await this.audit.record(tx, "saveScene", { scenes: [name] });
      return row!.scene;
    });
  }

  async list(first: number): Promise<SavedSceneRecord[]> {
    const rows = await this.db.read<{ scene: SavedSceneRecord }>("scenes/list", { first: int(first) });
    return rows.map(r => r.scene);
  }

  /** True when a scene was deleted. */
  async delete(id: string): Promise<boolean> {
    return this.db.writeTx(async tx => {
      const [row] = await run<{ deleted: number; name: string | null }>(tx, "scenes/delete", { id });
      if (row?.deleted) await this.audit.record(tx, "deleteScene", { scenes: [row.name!] });
      return Boolean(row?.deleted);
    });
  }
}
