/**
 * The benchmark's query kinds, each written three ways: (a) the Cypher innograph runs for it, through
 * neo4j-driver with no GraphQL; (b) innograph's GraphQL; (c) the same question to @neo4j/graphql over
 * bench/neo4j-graphql/type-defs.ts. Inputs come from a seeded generator, so every run asks the same.
 */
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { PAIRS_THROUGH_SERVICE } from "../src/analytics/analytics.repository";
import { NETWORK_VERSION_KEY } from "../src/partnership/tie-write.repository";
import { modalitiesOf, scopeParams } from "../src/domain/graph-scope";
import { searchKey } from "../src/domain/names";
import { LINKS, type LinkName } from "../src/entity/links";
import { projection } from "../src/entity/projection";
import { cypher } from "../src/neo4j/cypher-registry";
import { partnershipKinds } from "./bench-partnership";

export interface Sample {
  /** Events (nested entity), organisations (paths, neighbourhoods), names (search), industries, corridors. */
  events: string[];
  orgs: string[];
  names: string[];
  industries: string[];
  corridors: string[];
  /** Entities with a default-network partnership tie, and pairs a few ties apart (so a path exists). */
  partnered: string[];
  partnerPairs: { from: string; to: string }[];
  /** The last year a stored tie reaches: evolution asks of the ten years up to it. */
  lastTieYear: number;
}

export type Vars = Record<string, unknown>;

export interface QueryKind {
  name: string;
  /** Draws the next request's inputs. */
  next(rng: () => number): Vars;
  /** innograph's GraphQL (b). */
  innograph: (v: Vars) => { query: string; variables: Vars };
  /** @neo4j/graphql (c); absent when it cannot express the question (the table shows "–"). */
  neo4jGraphql?: (v: Vars) => { query: string; variables: Vars };
  /** The driver-only floor (a): the statements innograph runs for the same answer. */
  raw: (db: RawDb, v: Vars) => Promise<unknown>;
  /** Connection counts above this are skipped (whole-graph GDS at 64 connections only measures a queue). */
  maxConnections?: number;
  /** Run a fixed number of requests instead of a duration (whole-graph GDS). */
  requests?: number;
  /** Whether an answer is empty: GraphQL's `data` (b) or what `raw` returned (a); a bench of empty answers says nothing. */
  empty?: { http: (data: unknown) => boolean; raw: (answer: unknown) => boolean };
}

/**
 * Reads the way innograph's Database does, with the same timeout: a single statement as an auto-commit read,
 * several in one managed read transaction.
 */
export class RawDb {
  constructor(
    readonly driver: Driver,
    readonly timeoutMs: number,
  ) {}

  protected readonly metadata = { app: "bench-raw" };

  async tx<R>(work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    const session = this.driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work, { timeout: this.timeoutMs, metadata: this.metadata });
    } finally {
      await session.close();
    }
  }

  /** One statement, as Database.read runs it: an auto-commit read transaction. */
  async read(name: string, params: Vars): Promise<Record<string, unknown>[]> {
    const session = this.driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(cypher.get(name), params, { timeout: this.timeoutMs, metadata: this.metadata });
      return result.records.map(r => r.toObject());
    } finally {
      await session.close();
    }
  }
}

/** What innograph reads of an entity for `id name kind` (src/graphql/entity/selection.ts). */
const ID_NAME_KIND = projection(["id", "kind", "name"]);

/** One entry of the look-ahead plan innograph derives from a query (src/graphql/entity/look-ahead.ts). */
const link = (name: LinkName, parentKinds: string[], sub: unknown[] = []) => ({
  key: name,
  parentKinds,
  ...LINKS[name],
  other: ID_NAME_KIND,
  sub,
});

const pick = <T>(xs: T[], rng: () => number): T => xs[Math.floor(rng() * xs.length)]!;

const NESTED_B = `query($id: ID!) { entity(id: $id) { id name kind ... on Event { date
  city { id name }
  agreements { id name parties { id name kind } }
  speakers { id name affiliations { id name kind } } } } }`;
const NESTED_C = `query($id: ID!) { events(where: { id: { eq: $id } }) { id name kind date
  city { id name }
  agreements { id name parties { id name kind } }
  speakers { id name affiliations { id name kind } } } }`;

const LIST_B = `query($from: String!, $to: String!, $industry: ID!) {
  agreements(filter: { dateFrom: $from, dateTo: $to, industry: $industry }, orderBy: DATE, first: 50) {
    totalCount nodes { id name date } pageInfo { hasNextPage endCursor } } }`;
const LIST_C = `query($from: String!, $to: String!, $industry: ID!) {
  agreementsConnection(where: { sortDate: { gte: $from, lte: $to }, industries: { some: { id: { eq: $industry } } } },
    sort: [{ sortDate: ASC }, { id: ASC }], first: 50) {
    totalCount edges { node { id name date } } pageInfo { hasNextPage endCursor } } }`;

const SEARCH_B = `query($text: String!) { search(text: $text, first: 10) { id name kind } }`;
const SEARCH_C = `query($text: String!) { search(text: $text, first: 10) { id name kind } }`;

const PATH_FIELDS = `length nodes { id name kind } steps { relationId type outgoing }`;
// The baselines walk stored relationships, so ours is asked for the same network.
const SHORTEST_B = `query($from: String!, $to: String!) { partnershipPaths(network: FACTS, from: $from, to: $to, maxHops: 6, mode: SHORTEST) {
  paths { length nodes { id name kind } steps { relationId type direction } } } }`;
const SHORTEST_C = `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 6) { ${PATH_FIELDS} } }`;
const K5_B = `query($from: String!, $to: String!) { partnershipPaths(network: FACTS, from: $from, to: $to, maxHops: 6, mode: K_SHORTEST, k: 5) {
  paths { length nodes { id name kind } steps { relationId type direction } } } }`;
const K5_C = `query($from: ID!, $to: ID!) { kShortestPaths(from: $from, to: $to, maxHops: 6, k: 5) { ${PATH_FIELDS} } }`;

const HOOD_B = `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 100) {
  truncated nodes { id caption kind degree } edges { id type source target } } }`;
const HOOD_C = `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 100) {
  truncated nodes { id caption kind degree } edges { id type source target } } }`;

/** Sources a sampled betweenness starts from (exact betweenness over a corridor at 100k entities does not finish in the timeout). */
const SAMPLED_SOURCES = 100;

const sampling = (samplingSize: number | null) => (samplingSize === null ? "" : `, samplingSize: ${samplingSize}`);
const centralityB = (algorithm: string, scoped: boolean, samplingSize: number | null) =>
  scoped
    ? `query($corridor: ID!) { centrality(algorithm: ${algorithm}, network: FACTS, scope: { corridor: $corridor }, first: 10${sampling(samplingSize)}) { scores { rank score entity { id name kind } } } }`
    : `{ centrality(algorithm: ${algorithm}, network: FACTS, first: 10${sampling(samplingSize)}) { scores { rank score entity { id name kind } } } }`;
const centralityC = (field: string, scoped: boolean, samplingSize: number | null) =>
  scoped
    ? `query($corridor: ID!) { ${field}(corridor: $corridor, first: 10${sampling(samplingSize)}) { rank score entity { id name kind } } }`
    : `{ ${field}(first: 10${sampling(samplingSize)}) { rank score entity { id name kind } } }`;

async function rawPath(db: RawDb, v: Vars, statement: string, k: number): Promise<unknown> {
  const search = () =>
    db.read(statement, {
      from: v.from,
      to: v.to,
      via: [],
      through: [],
      maxHops: neo4j.int(6),
      k: neo4j.int(k),
      limit: neo4j.int(50),
      // What innograph reads for nodes { id name kind } and steps without their evidence (path-selection.ts).
      entity: { all: false, props: ["id", "kind", "name"] },
      stepEvidence: false,
    });
  const rows = await search();
  if (rows.length > 0) return rows;
  // As PathService: with no path between the two as ids, innograph resolves both ends (ids or names), in one
  // statement; the sampled ends are ids, so it searches no second time.
  return db.read("entity/resolve-names", {
    names: [v.from, v.to].map(id => ({ id, exact: `|${searchKey(String(id))}|` })),
  });
}

// Way (a)'s projections kept between requests, by corridor ("" for the whole graph), as AnalyticsRepository keeps
// its own (ProjectionCache): the floor of a question on a scope asked before is the version check and the algorithm.
const keptRaw = new Map<string, { graph: string; nodes: number }>();

async function rawCentrality(db: RawDb, v: Vars, statement: string, params: Vars): Promise<unknown> {
  const corridor = (v.corridor as string | undefined) ?? null;
  if (corridor) await db.read("analytics/corridor-exists", { corridor });
  const kept = keptRaw.get(corridor ?? "");
  const graph = kept?.graph ?? `innograph-bench-${Math.random().toString(36).slice(2)}`;
  let keep = false;
  try {
    return await db.tx(async tx => {
      const [check] = (
        await tx.run(cypher.get("analytics/kept-projection"), { key: NETWORK_VERSION_KEY, graph: kept?.graph ?? null })
      ).records;
      let nodes = kept?.nodes ?? 0;
      if (!check!.get("exists")) {
        // The parameters AnalyticsService sends for a scope of one corridor (or none).
        const scope = scopeParams({ corridor: corridor ?? undefined });
        // The scope's pairs, then their projection in a statement of its own (or, for a big scope, the projection
        // in one statement), as AnalyticsRepository does.
        const maxPairs = neo4j.int(PAIRS_THROUGH_SERVICE);
        const [found] = (await tx.run(cypher.get("analytics/scope-pairs"), { ...scope, maxPairs })).records;
        const pairs = found!.get("pairs") as unknown[] | null;
        const [row] = (
          await tx.run(
            cypher.get(pairs ? "analytics/project-pairs" : "analytics/project-scope"),
            pairs ? { graph, pairs } : { graph, ...scope },
          )
        ).records;
        nodes = neo4j.integer.toNumber(row!.get("nodeCount") as number);
      }
      const concurrency = neo4j.int(nodes < 100_000 ? 1 : 4);
      const rows = await tx.run(cypher.get(statement), {
        graph,
        concurrency,
        ...params,
        first: neo4j.int(10),
        rankKinds: [],
      });
      keep = !keptRaw.has(corridor ?? "") || kept !== undefined;
      if (keep) keptRaw.set(corridor ?? "", { graph, nodes });
      return rows.records.map(r => r.toObject());
    });
  } finally {
    // The bench drops what is kept when it ends (bench/drop-leftover-graphs).
    if (!keep) await db.read("analytics/drop-graph", { graph });
  }
}

const ITERATE = { dampingFactor: 0.85, maxIterations: neo4j.int(1000), tolerance: 1e-10 };

export function queryKinds(s: Sample): QueryKind[] {
  const pair = (rng: () => number) => {
    const from = pick(s.orgs, rng);
    let to = pick(s.orgs, rng);
    while (to === from) to = pick(s.orgs, rng);
    return { from, to };
  };
  const window = (rng: () => number) => {
    const y = 2006 + Math.floor(rng() * 16);
    return { from: String(y), to: String(y + 2), industry: pick(s.industries, rng) };
  };
  const gdsKinds: QueryKind[] = [];
  for (const [label, algorithm, field, statement, params, samplingSize] of [
    ["betweenness", "BETWEENNESS", "betweenness", "analytics/centrality-betweenness", { samplingSize: null }, null],
    [
      "betweenness, sampled",
      "BETWEENNESS",
      "betweenness",
      "analytics/centrality-betweenness",
      { samplingSize: neo4j.int(SAMPLED_SOURCES) },
      SAMPLED_SOURCES,
    ],
    ["pagerank", "PAGERANK", "pageRank", "analytics/centrality-pagerank", ITERATE, null],
  ] as const) {
    for (const scoped of [true, false]) {
      const sources = samplingSize === null ? "" : `, ${samplingSize} sources`;
      gdsKinds.push({
        name: `${label} (${scoped ? "corridor" : "whole graph"}${sources})`,
        next: rng => (scoped ? { corridor: pick(s.corridors, rng) } : {}),
        innograph: v => ({ query: centralityB(algorithm, scoped, samplingSize), variables: v }),
        neo4jGraphql: v => ({ query: centralityC(field, scoped, samplingSize), variables: v }),
        raw: (db, v) => rawCentrality(db, v, statement, params),
        ...(scoped ? { maxConnections: 16 } : { maxConnections: 1, requests: 2 }),
      });
    }
  }
  return [
    {
      name: "entity, 2 nested levels",
      next: rng => ({ id: pick(s.events, rng) }),
      innograph: v => ({ query: NESTED_B, variables: v }),
      neo4jGraphql: v => ({ query: NESTED_C, variables: v }),
      // The statement innograph sends: the event with the links the query selects, two levels, read ahead in one go.
      raw: (db, v) =>
        db.read("entity/with-links", {
          id: String(v.id),
          entity: projection(["id", "kind", "name", "date"]),
          links: [
            link("heldIn", ["Event"]),
            link("agreementsSigned", ["Event"], [link("parties", ["Agreement"])]),
            link("speakers", ["Event"], [link("affiliations", ["Person"])]),
          ],
        }),
    },
    {
      name: "list, filters, page of 50",
      next: window,
      innograph: v => ({ query: LIST_B, variables: v }),
      // innograph reads a year as an upper bound as the whole year; "-99" says the same to a string comparison.
      neo4jGraphql: v => ({ query: LIST_C, variables: { ...v, to: `${String(v.to)}-99` } }),
      raw: (db, v) =>
        db.read("entity/list", {
          kinds: ["Agreement"],
          filter: {
            corridor: null,
            city: null,
            industry: v.industry,
            source: null,
            dateFrom: v.from,
            dateTo: `${String(v.to)}-99`,
          },
          modalities: modalitiesOf(undefined),
          sort: "DATE",
          descending: false,
          skip: neo4j.int(0),
          limit: neo4j.int(50),
          entity: projection(["id", "kind", "name", "date"]),
        }),
    },
    {
      name: "search, Chinese name",
      next: rng => ({ text: pick(s.names, rng) }),
      innograph: v => ({ query: SEARCH_B, variables: v }),
      neo4jGraphql: v => ({ query: SEARCH_C, variables: v }),
      raw: (db, v) => {
        const text = String(v.text);
        const key = searchKey(text);
        return db.read("entity/search", {
          key,
          exact: `|${key}|`,
          prefix: `|${key}`,
          lucene: text,
          kinds: [],
          first: neo4j.int(10),
          entity: ID_NAME_KIND,
        });
      },
    },
    {
      name: "path, shortest (maxHops 6)",
      next: pair,
      innograph: v => ({ query: SHORTEST_B, variables: v }),
      neo4jGraphql: v => ({ query: SHORTEST_C, variables: v }),
      raw: (db, v) => rawPath(db, v, "paths/shortest", 1),
    },
    {
      name: "path, k=5 (maxHops 6)",
      next: pair,
      innograph: v => ({ query: K5_B, variables: v }),
      neo4jGraphql: v => ({ query: K5_C, variables: v }),
      raw: (db, v) => rawPath(db, v, "paths/k-shortest", 5),
    },
    {
      name: "neighbourhood, depth 2",
      next: rng => ({ id: pick(s.orgs, rng) }),
      innograph: v => ({ query: HOOD_B, variables: v }),
      neo4jGraphql: v => ({ query: HOOD_C, variables: v }),
      raw: (db, v) =>
        db.read("explore/neighbourhood", {
          ...scopeParams({}),
          id: v.id,
          depth: neo4j.int(2),
          limit: neo4j.int(100),
          // What innograph reads for the nodes' ids, captions, kinds and degrees and the edges' ends.
          nodeProperties: false,
          edgeFacts: false,
        }),
    },
    ...gdsKinds,
    ...partnershipKinds(s),
  ];
}
