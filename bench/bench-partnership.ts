/**
 * The partnership kinds of the benchmark (issue 13): partners, partnership paths (SHORTEST, STRONGEST,
 * K_SHORTEST k=5) and a ten-year evolution at CITY level. (a) runs the statements innograph's
 * PartnershipService runs, through the driver, with the same pure functions between them (network build,
 * path search, structure measures); (b) asks innograph's GraphQL; @neo4j/graphql cannot express these
 * questions, so they have no (c).
 */
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { searchKey } from "../src/domain/names";
import { cypher } from "../src/neo4j/cypher-registry";
import { NetworkLevel } from "../src/domain/partnership";
import { dijkstra, yen } from "../src/partnership/algorithms/shortest-paths";
import { averageClustering, averagePathLength, components } from "../src/partnership/algorithms/structure";
import { HOPS, INVERSE_WEIGHT, WeightedGraph } from "../src/partnership/algorithms/weighted-graph";
import { modularity } from "../src/partnership/modularity";
import { NetworkCache } from "../src/partnership/network-cache";
import { ResultsPerNetwork } from "../src/partnership/results-per-network";
import { settle, type NetworkQuestion } from "../src/partnership/network-question";
import { buildNetwork, type Network, type Placement } from "../src/partnership/partnership-network";
import { builtNetworkBytes, partnerPage } from "../src/partnership/partnership.service";
import type { StoredTie } from "../src/partnership/tie-record";
import { NETWORK_VERSION_KEY } from "../src/partnership/tie-write.repository";
import type { Strand } from "../src/partnership/tie-record";
import type { QueryKind, RawDb, Sample, Vars } from "./bench-kinds";

const pick = <T>(xs: T[], rng: () => number): T => xs[Math.floor(rng() * xs.length)]!;

const PARTNERS_B = `query($id: String!) { partners(id: $id, first: 20) { totalCount network { level }
  edges { partner { id name kind } tie { kinds weight modality first { date basis } last { date basis } strands { kind via } } } } }`;

const pathsB = (mode: string, k: number) => `query($from: String!, $to: String!) {
  partnershipPaths(from: $from, to: $to, maxHops: 6, mode: ${mode}, k: ${k}) {
    paths { length cost nodes { id name kind } steps { modality tie { kinds weight modality first { date basis } } } } } }`;

const EVOLUTION_B = `query($from: Int!, $to: Int!) { partnershipEvolution(from: $from, to: $to, network: { level: CITY }) {
  periods { from entities ties density components averagePathLength clustering modularity top { rank score entity { id name } } } } }`;

async function resolve(db: RawDb, ids: string[]): Promise<void> {
  await db.read("entity/resolve-names", { names: ids.map(id => ({ id, exact: `|${searchKey(id)}|` })) });
}

const stored = (rows: Record<string, unknown>[]): StoredTie[] =>
  rows.map(r => ({
    a: String(r.a),
    b: String(r.b),
    strands: (r.strands as string[]).map(s => JSON.parse(s) as Strand),
  }));

// As PartnershipService: the ties, placements and networks read under one version token are kept until it changes.
const cache = new NetworkCache();

/** As PartnershipService: one read of the ties (and placements) for networks that differ only in their window. */
async function networks(db: RawDb, questions: NetworkQuestion[]): Promise<Network[]> {
  const settled = questions.map(q => settle(q));
  const { filter, used } = settled[0]!;
  const versionIn = async (tx: ManagedTransaction) =>
    ((await tx.run(cypher.get("partnership/version"), { key: NETWORK_VERSION_KEY })).records[0]?.get("token") as
      string | null) ?? null;
  const token = await db.tx(versionIn);
  // As TieRepository: a miss reads the token again with the ties (or placements), in one transaction. As the
  // service, read only for a network not yet built.
  const read = () =>
    cache.getRead(token, `ties:${filter.kinds.join(",")}`, () =>
      db.tx(async tx => ({
        token: await versionIn(tx),
        value: stored(
          (await tx.run(cypher.get("partnership/all-ties"), { kinds: filter.kinds })).records.map(r => r.toObject()),
        ),
      })),
    );
  const placed = () =>
    used.level === NetworkLevel.ENTITY
      ? Promise.resolve(new Map<string, Placement>())
      : cache.getRead(token, "placements:false", () =>
          db.tx(async tx => ({
            token: await versionIn(tx),
            value: new Map(
              (await tx.run(cypher.get("partnership/placements"), { coAttendance: false })).records.map(r => [
                String(r.get("id")),
                r.toObject() as unknown as Placement,
              ]),
            ),
          })),
        );
  return Promise.all(
    settled.map(s =>
      cache.get(
        token,
        `network:${JSON.stringify(s)}`,
        async () => {
          const [ties, placements] = await Promise.all([read(), placed()]);
          return buildNetwork(ties, placements, s.filter, s.used);
        },
        { sizeOf: builtNetworkBytes },
      ),
    ),
  );
}

// As PartnershipService: a GDS run's answer is kept with the built network it ran on.
const results = new ResultsPerNetwork();

const network = async (db: RawDb, question: NetworkQuestion) => (await networks(db, [question]))[0]!;

const graphs = new WeakMap<Network, WeightedGraph>();
const graphOf = (n: Network) => {
  const g =
    graphs.get(n) ??
    new WeightedGraph(
      n.nodes,
      n.ties.map(t => ({ a: t.a, b: t.b, weight: t.weight })),
    );
  graphs.set(n, g);
  return g;
};

async function rawPartners(db: RawDb, v: Vars): Promise<number> {
  await resolve(db, [String(v.id)]);
  // As PartnershipService.partners at ENTITY level: the entity's own ties only.
  const { filter, used } = settle({});
  const own = buildNetwork(
    stored(await db.read("partnership/ties-of", { id: v.id, kinds: filter.kinds })),
    new Map(),
    filter,
    used,
  );
  const page = partnerPage(own, String(v.id), 20, 0);
  await db.read("entity/by-ids", { ids: page.partners.map(p => p.partnerId) });
  return page.partners.length;
}

async function rawPaths(db: RawDb, v: Vars, mode: "SHORTEST" | "STRONGEST" | "K_SHORTEST"): Promise<number> {
  const from = String(v.from);
  const to = String(v.to);
  await resolve(db, [from, to]);
  const g = graphOf(await network(db, {}));
  if (!g.adjacency.has(from) || !g.adjacency.has(to)) return 0;
  const found =
    mode === "STRONGEST"
      ? [dijkstra(g, from, to, INVERSE_WEIGHT)].filter(p => p !== null && p.nodes.length - 1 <= 6)
      : yen(g, from, to, mode === "K_SHORTEST" ? 5 : 1, HOPS, 6);
  await db.read("entity/by-ids", { ids: [...new Set(found.flatMap(p => p!.nodes))] });
  return found.length;
}

async function louvain(db: RawDb, n: Network): Promise<Map<string, number>> {
  if (n.ties.length === 0) return new Map();
  const graph = `innograph-bench-${Math.random().toString(36).slice(2)}`;
  const ties = n.ties.map(t => ({ a: t.a, b: t.b, weight: t.weight, distance: 1 / t.weight }));
  try {
    const rows = await db.tx(async tx => {
      await tx.run(cypher.get("partnership/project-network"), { graph, ties });
      return (await tx.run(cypher.get("partnership/communities-louvain"), { graph, weighted: true })).records;
    });
    return new Map(rows.map(r => [String(r.get("id")), neo4j.integer.toNumber(r.get("community") as number)]));
  } finally {
    await db.read("analytics/drop-graph", { graph });
  }
}

async function rawEvolution(db: RawDb, v: Vars): Promise<number> {
  let periods = 0;
  const years = Array.from({ length: Number(v.to) - Number(v.from) + 1 }, (_, i) => Number(v.from) + i);
  for (const n of await networks(
    db,
    years.map(year => ({ level: NetworkLevel.CITY, asOf: String(year) })),
  )) {
    const g = graphOf(n);
    modularity(g, await results.get(n, "communities:LOUVAIN", () => louvain(db, n)));
    components(g);
    averagePathLength(g);
    averageClustering(g);
    const top = n.nodes.map(id => ({ id, s: g.strength(id) })).sort((x, y) => y.s - x.s);
    await db.read("entity/by-ids", { ids: top.slice(0, 5).map(t => t.id) });
    periods += n.nodes.length > 0 ? 1 : 0;
  }
  return periods;
}

type Data = Record<string, { paths?: unknown[]; edges?: unknown[]; periods?: { entities: number }[] } | undefined>;
const field = (data: unknown, name: string) => (data as Data | null)?.[name];

export function partnershipKinds(s: Sample): QueryKind[] {
  const pair = (rng: () => number) => pick(s.partnerPairs, rng);
  const pathKind = (name: string, mode: "SHORTEST" | "STRONGEST" | "K_SHORTEST", k: number): QueryKind => ({
    name,
    next: pair,
    innograph: v => ({ query: pathsB(mode, k), variables: v }),
    raw: (db, v) => rawPaths(db, v, mode),
    empty: { http: d => !field(d, "partnershipPaths")?.paths?.length, raw: a => a === 0 },
  });
  return [
    {
      name: "partners (ENTITY)",
      next: rng => ({ id: pick(s.partnered, rng) }),
      innograph: v => ({ query: PARTNERS_B, variables: v }),
      raw: rawPartners,
      empty: { http: d => !field(d, "partners")?.edges?.length, raw: a => a === 0 },
    },
    pathKind("partnership path, shortest", "SHORTEST", 1),
    pathKind("partnership path, strongest", "STRONGEST", 1),
    pathKind("partnership path, k=5", "K_SHORTEST", 5),
    {
      name: "partnership evolution, 10 years (CITY)",
      next: () => ({ from: s.lastTieYear - 9, to: s.lastTieYear }),
      innograph: v => ({ query: EVOLUTION_B, variables: v }),
      raw: rawEvolution,
      empty: {
        http: d => !field(d, "partnershipEvolution")?.periods?.some(p => p.entities > 0),
        raw: a => a === 0,
      },
      maxConnections: 1,
      requests: 5,
    },
  ];
}
