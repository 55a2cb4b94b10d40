import { seedLoads, seedRecords, seedSeconds } from "./metrics";

/** What a finished load reports: every record it wrote, and how many of them were relations. */
interface LoadReport {
  records: number;
  relations: number;
}

/** Times one call of the seed loader (validation included) and counts what it wrote. */
export async function observeSeedLoad<R extends LoadReport>(load: () => Promise<R>): Promise<R> {
  const started = performance.now();
  try {
    const report = await load();
    seedLoads.inc({ outcome: "ok" });
    seedRecords.inc({ kind: "entities" }, report.records - report.relations);
    seedRecords.inc({ kind: "relations" }, report.relations);
    return report;
  } catch (err) {
    seedLoads.inc({ outcome: "error" });
    throw err;
  } finally {
    seedSeconds.observe((performance.now() - started) / 1000);
  }
}
