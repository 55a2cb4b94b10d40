import { createLogger } from "../../src/logger";
import { rehearseWrites } from "../../src/writes/write-rehearsal";
import { graphChecksum } from "../support/graph-checksum";
import { startTestService, type TestService } from "../support/harness";

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

/** How many plans Neo4j had cached, read from the message of the call that empties its caches. */
async function clearPlanCache(): Promise<number> {
  const [row] = await service.app.db.read<{ value: string }>("test/clear-query-caches");
  return Number(/of (\d+) quer/.exec(row!.value)?.[1] ?? 0);
}

describe("the write rehearsal at start", () => {
  it("should leave the graph exactly as it was, audit log and network version included", async () => {
    const before = await graphChecksum(service.app.db);
    expect(before.nodes).toBeGreaterThan(0);
    await rehearseWrites(service.app.db, service.app.services.audit, createLogger("silent"));
    expect(await graphChecksum(service.app.db)).toEqual(before);
  });

  it("should run the write path on the seed graph, so that the plans its statements need are cached", async () => {
    await clearPlanCache();
    await rehearseWrites(service.app.db, service.app.services.audit, createLogger("silent"));
    // addSource, upsertEntity and upsertRelation: each reads, merges, refreshes ties, bumps the version, audits.
    expect(await clearPlanCache()).toBeGreaterThanOrEqual(12);
  });
});
