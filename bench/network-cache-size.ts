/**
 * node --expose-gc -r ts-node/register/transpile-only bench/network-cache-size.ts
 *   (NEO4J_URI and NEO4J_PASSWORD of a store with partnership ties, e.g. a bench instance)
 *
 * What the partnership network cache holds, question by question: heap in use after two full collections
 * before and after each, beside the cache's own estimate (approximateBytes) of what it keeps. The questions are
 * the bench's: the default network and a k=5 path search on it, then the CITY network and ten one-year windows
 * (an evolution). The cache here is unbounded, so that every entry is measured.
 */
import { Database } from "../src/neo4j/database";
import { createLogger } from "../src/logger";
import { EntityService } from "../src/entity/entity.service";
import { NetworkLevel } from "../src/domain/partnership";
import { PartnershipPathMode, PartnershipService } from "../src/partnership/partnership.service";

const gc = (global as unknown as { gc?: () => void }).gc;
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

async function main(): Promise<void> {
  if (!gc) throw new Error("run with node --expose-gc");
  const heapUsed = () => (gc(), gc(), process.memoryUsage().heapUsed);
  const log = createLogger("warn");
  const db = new Database(
    {
      uri: process.env.NEO4J_URI ?? "bolt://127.0.0.1:7712",
      username: process.env.NEO4J_USERNAME ?? "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "",
      database: process.env.NEO4J_DATABASE ?? "neo4j",
      queryTimeoutMs: 600_000,
    },
    log,
  );
  const service = new PartnershipService(db, log, new EntityService(db), { bytes: 2 ** 40, entries: 1_000 });
  const kept = () => (service as unknown as { cache: { bytes: number } }).cache.bytes;
  const rows = ["| question | heap retained MB | cache estimate in all MB | ms |", "|---|---:|---:|---:|"];
  let before = heapUsed();
  const step = async (label: string, ask: () => Promise<unknown>) => {
    const started = Date.now();
    await ask();
    const now = heapUsed();
    rows.push(`| ${label} | ${mb(now - before)} | ${mb(kept())} | ${Date.now() - started} |`);
    before = now;
  };
  try {
    let nodes: string[] = [];
    await step("default network (ENTITY): its stored ties and the network", async () => {
      nodes = (await service.network(null)).nodes;
    });
    const path = (i: number) =>
      service.paths(nodes[i]!, nodes[nodes.length - 1 - i]!, PartnershipPathMode.K_SHORTEST, 5, 6, null);
    await step("k=5 paths on it: its graph, typed arrays and pair index", () => path(0));
    await step("k=5 paths again", () => path(1));
    await step("CITY network: placements and the network", () => service.network({ level: NetworkLevel.CITY }));
    for (let year = 2015; year <= 2024; year++) {
      await step(`CITY network as of ${year}`, () => service.network({ level: NetworkLevel.CITY, asOf: String(year) }));
    }
    process.stdout.write(`${nodes.length} nodes in the default network\n\n${rows.join("\n")}\n`);
  } finally {
    await db.close();
  }
}

main().catch(err => {
  process.stderr.write(`network-cache-size failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
