import type { LocalServer } from "../../src/neo4j/local-server";

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __innographNeo4j?: LocalServer }).__innographNeo4j;
  if (server?.startedHere) await server.stop();
}
