import pino from "pino";
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

/** Rehearses once, with a logger whose lines the test reads. */
async function rehearse(): Promise<{ msg: string; rehearsed?: string[] }[]> {
  const lines: { msg: string; rehearsed?: string[] }[] = [];
  const log = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  await rehearseWrites(service.app.db, service.app.services.audit, log);
  return lines;
}

describe("the write rehearsal at start", () => {
  it("should leave the graph exactly as it was, audit log included", async () => {
    const before = await graphChecksum(service.app.db);
    expect(before.nodes).toBeGreaterThan(0);
    await rehearse();
    expect(await graphChecksum(service.app.db)).toEqual(before);
  });

  it("should run each of the three writes to its end on the seed graph, and say so", async () => {
    const lines = await rehearse();
    expect(lines.map(l => [l.msg, l.rehearsed])).toEqual([
      ["write path planned (rehearsed and rolled back)", ["addSource", "upsertEntity", "upsertRelation"]],
    ]);
  });
});
