import { EvidenceKind } from "../../src/domain/fact-meaning";
import { TieKind } from "../../src/domain/partnership";
import { createLogger } from "../../src/logger";
import { upgradeStoredTies } from "../../src/partnership/tie-upgrade";
import { startTestService, type TestService } from "../support/harness";

// A store written before co-attendance was derived on demand keeps co-attendance strands in its stored ties;
// one written before ties carried an evidence kind has none. Starting the service on either must leave exactly
// the ties a current load writes.
const log = createLogger("warn");

interface StoredTie {
  a: string;
  b: string;
  kinds: string[];
  weight: number;
  strands: string[];
}

describe("stored ties from before co-attendance was derived, or before ties carried an evidence kind", () => {
  let service: TestService;
  let current: StoredTie[];

  beforeAll(async () => {
    service = await startTestService();
    current = await service.app.db.read<StoredTie>("test/stored-ties");
  });
  afterAll(async () => {
    // Whatever happened above, the store is left with the ties a current load writes.
    await upgradeStoredTies(service.app.db, log);
    await service.stop();
  });

  it("should hold stored ties and none of co-attendance after a current load", () => {
    expect(current.length).toBeGreaterThan(0);
    expect(current.filter(t => t.kinds.includes(TieKind.CO_ATTENDANCE))).toEqual([]);
  });

  it("should rewrite every tie once when co-attendance is stored, and only then", async () => {
    const [tie] = current;
    const tied = new Set(current.flatMap(t => [`${t.a}|${t.b}`, `${t.b}|${t.a}`]));
    const ends = [...new Set(current.flatMap(t => [t.a, t.b]))].sort();
    const [c, d] = ends.flatMap(x => ends.map(y => [x, y])).find(([x, y]) => x! < y! && !tied.has(`${x}|${y}`))!;
    const strand = JSON.stringify({ kind: TieKind.CO_ATTENDANCE, via: "an-event", modality: "ACTUAL" });
    const [row] = await service.app.db.write<{ stale: number }>("test/stale-co-attendance", {
      a: tie!.a,
      b: tie!.b,
      c,
      d,
      kind: TieKind.CO_ATTENDANCE,
      strand,
    });
    expect(Number(row!.stale)).toBe(2);

    expect(await upgradeStoredTies(service.app.db, log)).toBe(2);
    expect(await service.app.db.read<StoredTie>("test/stored-ties")).toEqual(current);
    expect(await upgradeStoredTies(service.app.db, log)).toBe(0);
  });

  it("should rewrite every tie once when stored ties carry no evidence kind, and only then", async () => {
    expect(current.every(t => t.strands.every(s => s.includes('"evidenceKind":')))).toBe(true);
    const fragments = Object.values(EvidenceKind).map(k => `,"evidenceKind":"${k}"`);
    const [row] = await service.app.db.write<{ stale: number }>("test/strip-evidence-kinds", { fragments });
    expect(Number(row!.stale)).toBe(current.length);
    const stripped = await service.app.db.read<StoredTie>("test/stored-ties");
    expect(stripped.some(t => t.strands.some(s => s.includes("evidenceKind")))).toBe(false);

    expect(await upgradeStoredTies(service.app.db, log)).toBe(current.length);
    expect(await service.app.db.read<StoredTie>("test/stored-ties")).toEqual(current);
    expect(await upgradeStoredTies(service.app.db, log)).toBe(0);
  });
});
