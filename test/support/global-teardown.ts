import type { LocalServer } from "../../src/neo4j/local-server";

export default async function globalTeardown(): Promise<void> {
  const servers = (globalThis as { __innographNeo4j?: LocalServer[] }).__innographNeo4j ?? [];
  await Promise.all(servers.filter(s => s.startedHere).map(s => s.stop()));
}
