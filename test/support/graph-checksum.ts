import { createHash } from "node:crypto";
import { isInt } from "neo4j-driver";
import type { Database } from "../../src/neo4j/database";
import "./test-env";
import { toNumber } from "../../src/neo4j/values";

/** JSON with sorted keys and typed integers, so equal graphs give equal text whatever the driver's order. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (isInt(value)) return `int:${String(value)}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object") {
    const obj = value as Record<string, unknown>;
    if (obj.constructor !== Object) return JSON.stringify(String(obj)); // temporal values
    return `{${Object.keys(obj)
      .sort()
      .map(k => `${JSON.stringify(k)}:${canonical(obj[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

export interface GraphChecksum {
  nodes: number;
  relationships: number;
  sha256: string;
}

/** Node and relationship counts and a SHA-256 over every label, type and property, in a stable order. */
export async function graphChecksum(db: Database): Promise<GraphChecksum> {
  const nodes = (await db.read("test/checksum-nodes")).map(r =>
    canonical({ labels: [...(r.labels as string[])].sort(), properties: r.properties }),
  );
  const rels = (await db.read("test/checksum-relationships")).map(r => canonical(r));
  const hash = createHash("sha256");
  for (const line of nodes.sort()) hash.update(line).update("\n");
  hash.update("--\n");
  for (const line of rels.sort()) hash.update(line).update("\n");
  return { nodes: nodes.length, relationships: rels.length, sha256: hash.digest("hex") };
}

export async function graphCountsForReload(db: Database): Promise<Record<string, number>> {
  const [row] = await db.read("test/checksum-counts");
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, toNumber(v)]));
}
