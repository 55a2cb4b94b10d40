/**
 * The inputs every bench run draws from: ids, names and pairs read from the graph in a stable order, then
 * drawn by the seeded generator, so two runs on the same network ask the same questions.
 */
import { cypher } from "../src/neo4j/cypher-registry";
import type { RawDb, Sample } from "./bench-kinds";
import { seeded } from "./bench-load";

export async function sample(db: RawDb, seed: number): Promise<Sample> {
  const ids = async (name: string, params: Record<string, unknown> = {}) =>
    (await db.driver.executeQuery(cypher.get(name), params, { database: "neo4j" })).records.map(r => String(r.get(0)));
  const ofKinds = (kinds: string[]) => ids("bench/sample-ids-of-kinds", { kinds });
  const rng = seeded(seed);
  const draw = (xs: string[], n: number) =>
    Array.from({ length: Math.min(n, xs.length) }, () => xs[Math.floor(rng() * xs.length)]!);
  const orgKinds = ["University", "ResearchInstitute", "Enterprise", "Platform", "Organization", "GovernmentBody"];
  const partnered = await ids("bench/sample-partnered-ids");
  const starts = [...new Set(draw(partnered, 400))];
  const pairs = (
    await db.driver.executeQuery(cypher.get("bench/sample-partnered-pairs"), { ids: starts }, { database: "neo4j" })
  ).records.map(r => ({ from: String(r.get("from")), to: r.get("to") as string[] }));
  const [last] = await ids("bench/tie-years");
  return {
    partnered: draw(partnered, 2000),
    partnerPairs: pairs.map(p => ({ from: p.from, to: p.to[Math.floor(rng() * p.to.length)]! })),
    lastTieYear: Number(last ?? new Date().getFullYear()),
    events: draw(await ofKinds(["Event"]), 2000),
    orgs: draw(await ofKinds(orgKinds), 2000),
    names: draw(await ids("bench/sample-names"), 2000),
    industries: await ofKinds(["Industry"]),
    corridors: await ofKinds(["Corridor"]),
  };
}
