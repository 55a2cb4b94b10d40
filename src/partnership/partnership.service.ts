import type { Modality } from "../domain/fact-meaning";
import { NetworkLevel } from "../domain/partnership";
import type { EntityService } from "../entity/entity.service";
import { scopeParams, type GraphScope } from "../domain/graph-scope";
import { BadInputError, LimitExceededError, NotFoundError } from "../errors";
import type { Logger } from "../logger";
import type { Database } from "../neo4j/database";
import { withRanks } from "../analytics/ranking";
import { constraint, effectiveSize } from "./algorithms/brokerage";
import { asksForCoAttendance } from "./co-attendance";
import { closeness } from "./algorithms/closeness";
import { allShortest, dijkstra, yen } from "./algorithms/shortest-paths";
import { averageClustering, averagePathLength, components } from "./algorithms/structure";
import { HOPS, INVERSE_WEIGHT, WeightedGraph } from "./algorithms/weighted-graph";
import { modularity } from "./modularity";
import { NetworkGdsRepository, type GdsCommunities } from "./network-gds.repository";
import { settle, type NetworkQuestion } from "./network-question";
import { approximateBytes } from "./approximate-bytes";
import { NetworkCache, type NetworkCacheLimits } from "./network-cache";
import { ResultsPerNetwork } from "./results-per-network";
import { buildNetwork, type Network, type NetworkUsed, type Placement } from "./partnership-network";
import { PartnershipMeasure } from "./partnership-measure";
import { TieRepository } from "./tie.repository";
import type { Tie } from "./tie-record";

export const MAX_FIRST = 500;
export const MAX_K = 10;
export const MAX_HOPS = 8;
export const MAX_ALL_SHORTEST = 50;
export const MAX_SAMPLING = 100_000;
export const MAX_PERIODS = 50;

export enum PartnershipPathMode {
  SHORTEST = "SHORTEST",
  ALL_SHORTEST = "ALL_SHORTEST",
  K_SHORTEST = "K_SHORTEST",
  STRONGEST = "STRONGEST",
}

export interface RankedNode {
  id: string;
  score: number;
  rank: number;
}

export interface Ranking {
  network: NetworkUsed;
  scores: RankedNode[];
}

export interface PartnerPage {
  network: NetworkUsed;
  totalCount: number;
  partners: { partnerId: string; tie: Tie; cursor: string }[];
  hasNextPage: boolean;
}

export interface NetworkPath {
  nodes: string[];
  ties: Tie[];
  cost: number;
}

export interface PathAnswer {
  network: NetworkUsed;
  paths: NetworkPath[];
  truncated: boolean;
}

export interface CommunityAnswer {
  network: NetworkUsed;
  communities: string[][];
  modularity: number;
  /** True when the algorithm put every node of a network with ties in one community. */
  collapsed: boolean;
}

export interface PeriodAnswer {
  from: string;
  to: string;
  entities: number;
  ties: number;
  density: number;
  components: number;
  averagePathLength: number;
  clustering: number;
  modularity: number;
  top: RankedNode[];
}

const cursorOf = (i: number) => Buffer.from(`partner:${i}`).toString("base64");
function offsetOf(after: string | null | undefined): number {
  if (!after) return 0;
  const m = /^partner:(\d+)$/.exec(Buffer.from(after, "base64").toString());
  if (!m) throw new BadInputError("after", "is not a cursor this query returned");
  return Number(m[1]) + 1;
}

// A built network's strands are those of the stored ties entry it was built from: counted there.
const BUILT_FROM_TIES = new Set(["strands"]);
/** About how many bytes a built network holds beyond the stored ties it was built from. */
export const builtNetworkBytes = (network: Network) => approximateBytes(network, BUILT_FROM_TIES);

// A cached network is asked many questions: its graph and pair index are built once, on first use.
const graphs = new WeakMap<Network, WeightedGraph>();
const pairIndexes = new WeakMap<Network, Map<string, Tie>>();

function graphOf(network: Network): WeightedGraph {
  let g = graphs.get(network);
  if (!g) {
    g = new WeightedGraph(
      network.nodes,
      network.ties.map(t => ({ a: t.a, b: t.b, weight: network.used.weighted ? t.weight : 1 })),
    );
    graphs.set(network, g);
  }
  return g;
}

/** The tie between two nodes of the network, in either order. */
function tieBetween(network: Network, a: string, b: string): Tie {
  let index = pairIndexes.get(network);
  if (!index) {
    index = new Map(network.ties.map(t => [`${t.a}\u0000${t.b}`, t]));
    pairIndexes.set(network, index);
  }
  return (index.get(`${a}\u0000${b}`) ?? index.get(`${b}\u0000${a}`))!;
}

/** Who works with whom, how strongly and since when: every question over the stored partnership ties. */
export class PartnershipService {
  private readonly ties: TieRepository;
  private readonly gds: NetworkGdsRepository;
  /** Per process: the stored ties, placements and built networks of the current network version. */
  private readonly cache: NetworkCache;
  /** Per built network: what its GDS runs and whole-network measures came to. */
  private readonly results = new ResultsPerNetwork();

  constructor(
    db: Database,
    log: Logger,
    private readonly entities: EntityService,
    cacheLimits: Partial<NetworkCacheLimits> = {},
  ) {
    this.cache = new NetworkCache(cacheLimits);
    this.ties = new TieRepository(db);
    this.gds = new NetworkGdsRepository(db, log);
  }

  /** The network a question asks for, built from the stored ties (never from the facts). */
  async network(question: NetworkQuestion | null | undefined): Promise<Network> {
    return (await this.networks([question]))[0]!;
  }

  /**
   * The network a question asks for, cut to a scope (a corridor, say): only the nodes the scope covers, by the
   * scope predicate the analytics use, and the ties among them.
   * @throws NotFoundError when the scope names a corridor that does not exist.
   */
  async scopedNetwork(
    question: NetworkQuestion | null | undefined,
    scope: GraphScope | null | undefined,
  ): Promise<Network> {
    const network = await this.network(question);
    if (!scope) return network;
    const members = await this.ties.scopeMembers(
      scopeParams({ ...scope, modalities: scope.modalities ?? question?.modalities ?? undefined }),
    );
    if (!members) throw new NotFoundError("Corridor", scope.corridor!);
    return {
      used: network.used,
      nodes: network.nodes.filter(n => members.has(n)),
      ties: network.ties.filter(t => members.has(t.a) && members.has(t.b)),
    };
  }

  /** Networks that differ only in their window (one read of the ties and placements serves them all). */
  private async networks(questions: (NetworkQuestion | null | undefined)[]): Promise<Network[]> {
    const settled = questions.map(q => settle(q));
    const { filter, used } = settled[0]!;
    // Read before anything it keys: a write committed after this read bumps it, and the next request reloads.
    // A miss reads the token again with what it loads, in one transaction (NetworkCache.getRead).
    const token = await this.ties.version();
    const coAttendance = asksForCoAttendance(filter.kinds);
    // Read only for a network not yet built: with every window of an evolution built, the stored ties (the
    // largest entry) may have left the cache, and a question that needs only the windows must not read them again.
    const stored = () =>
      this.cache.getRead(token, `ties:${filter.kinds.join(",")}`, () => this.ties.allTies(filter.kinds));
    const placements = () =>
      used.level === NetworkLevel.ENTITY
        ? Promise.resolve(new Map<string, Placement>())
        : this.cache.getRead(token, `placements:${coAttendance}`, () => this.ties.placements(coAttendance));
    return Promise.all(
      settled.map(s =>
        this.cache.get(
          token,
          `network:${JSON.stringify(s)}`,
          async () => {
            const [ties, placed] = await Promise.all([stored(), placements()]);
            return buildNetwork(ties, placed, s.filter, s.used);
          },
          { sizeOf: builtNetworkBytes },
        ),
      ),
    );
  }

  /**
   * The partners of an entity (a city or corridor at those levels), strongest tie first.
   * @throws BadInputError for a bad window or cursor, NotFoundError/AmbiguousError for `id`.
   */
  async partners(
    id: string,
    question: NetworkQuestion | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<PartnerPage> {
    if (first < 1) throw new BadInputError("first", "must be at least 1");
    if (first > MAX_FIRST) throw new LimitExceededError("first", MAX_FIRST, first);
    const [resolved] = (await this.entities.resolveAll([["id", id]])) as [string];
    const { filter, used } = settle(question);
    // At ENTITY level a node's partners depend on its own ties only: read those, not every tie of the graph.
    const network =
      used.level === NetworkLevel.ENTITY
        ? buildNetwork(await this.ties.tiesOf(resolved, filter.kinds), new Map(), filter, used)
        : await this.network(question);
    return partnerPage(network, resolved, first, offsetOf(after));
  }

  /**
   * The cities with the most partner cities in the default CITY-level network, most first: the same network
   * as City.partners and partners(level: CITY), so the three agree by construction.
   */
  async topPartnerCities(first: number, modalities?: Modality[]): Promise<{ id: string; count: number }[]> {
    const network = await this.network({ level: NetworkLevel.CITY, modalities });
    const degree = new Map<string, number>();
    for (const t of network.ties) for (const n of [t.a, t.b]) degree.set(n, (degree.get(n) ?? 0) + 1);
    return [...degree]
      .map(([id, count]) => ({ id, count }))
      .sort((x, y) => y.count - x.count || x.id.localeCompare(y.id))
      .slice(0, first);
  }

  /** Each city's partner cities in the default CITY-level network, strongest tie first; the network is built once for all. */
  async partnerCities(cityIds: readonly string[]): Promise<string[][]> {
    const network = await this.network({ level: NetworkLevel.CITY });
    return cityIds.map(id => partnerPage(network, id, MAX_FIRST, 0).partners.map(p => p.partnerId));
  }

  /** Paths over the partnership network; each step is a tie with its kinds, modality, dates and evidence. */
  async paths(
    from: string,
    to: string,
    mode: PartnershipPathMode,
    k: number,
    maxHops: number,
    question: NetworkQuestion | null | undefined,
  ): Promise<PathAnswer> {
    if (k < 1) throw new BadInputError("k", "must be at least 1");
    if (k > MAX_K) throw new LimitExceededError("k", MAX_K, k);
    if (maxHops < 1) throw new BadInputError("maxHops", "must be at least 1");
    if (maxHops > MAX_HOPS) throw new LimitExceededError("maxHops", MAX_HOPS, maxHops);
    const [a, b] = (await this.entities.resolveAll([
      ["from", from],
      ["to", to],
    ])) as [string, string];
    if (a === b) throw new BadInputError("to", "must name a different entity from `from`", { id: a });
    const network = await this.network(question);
    const g = graphOf(network);
    const withTies = (nodes: string[], cost: number): NetworkPath => ({
      nodes,
      cost,
      ties: nodes.slice(1).map((n, i) => tieBetween(network, nodes[i]!, n)),
    });
    let found: { nodes: string[]; cost: number }[] = [];
    let truncated = false;
    if (!g.adjacency.has(a) || !g.adjacency.has(b)) found = [];
    else if (mode === PartnershipPathMode.ALL_SHORTEST) {
      const all = allShortest(g, a, b, MAX_ALL_SHORTEST, maxHops);
      found = all.paths.map(nodes => ({ nodes, cost: nodes.length - 1 }));
      truncated = all.truncated;
    } else if (mode === PartnershipPathMode.K_SHORTEST) found = yen(g, a, b, k, HOPS, maxHops);
    else if (mode === PartnershipPathMode.STRONGEST) {
      found = [dijkstra(g, a, b, INVERSE_WEIGHT)].filter(
        p => p !== null && p.nodes.length - 1 <= maxHops,
      ) as typeof found;
    } else found = yen(g, a, b, 1, HOPS, maxHops);
    return { network: network.used, paths: found.map(p => withTies(p.nodes, p.cost)), truncated };
  }

  /** Every node of the network ranked by a measure (CONSTRAINT lowest first, the others highest first). */
  async rank(
    measure: PartnershipMeasure,
    question: NetworkQuestion | null | undefined,
    first: number,
    samplingSize: number | null = null,
  ): Promise<Ranking> {
    if (first < 1) throw new BadInputError("first", "must be at least 1");
    if (first > MAX_FIRST) throw new LimitExceededError("first", MAX_FIRST, first);
    if (samplingSize !== null) {
      if (measure !== PartnershipMeasure.BETWEENNESS) {
        throw new BadInputError("samplingSize", "applies to BETWEENNESS only");
      }
      if (samplingSize < 1) throw new BadInputError("samplingSize", "must be at least 1");
      if (samplingSize > MAX_SAMPLING) throw new LimitExceededError("samplingSize", MAX_SAMPLING, samplingSize);
    }
    const network = await this.network(question);
    const scores = await this.scores(network, measure, samplingSize);
    const ascending = measure === PartnershipMeasure.CONSTRAINT;
    const sorted = [...scores]
      .filter(([, s]) => !Number.isNaN(s))
      .map(([id, score]) => ({ id, score }))
      .sort((x, y) => (ascending ? x.score - y.score : y.score - x.score) || x.id.localeCompare(y.id));
    // Competition ranks assume highest first; for an ascending measure they rank the negated scores.
    const ranked = ascending
      ? withRanks(sorted.map(s => ({ ...s, score: -s.score }))).map(s => ({ ...s, score: -s.score }))
      : withRanks(sorted);
    return { network: network.used, scores: ranked.slice(0, first) };
  }

  /** Each node's score by `measure`; computed once per built network (ResultsPerNetwork), shared: do not change it. */
  scores(
    network: Network,
    measure: PartnershipMeasure,
    samplingSize: number | null,
  ): Promise<ReadonlyMap<string, number>> {
    return this.results.get(network, `scores:${measure}:${samplingSize}`, () =>
      this.computeScores(network, measure, samplingSize),
    );
  }

  private async computeScores(
    network: Network,
    measure: PartnershipMeasure,
    samplingSize: number | null,
  ): Promise<Map<string, number>> {
    const g = graphOf(network);
    const each = (f: (n: string) => number) => new Map(network.nodes.map(n => [n, f(n)]));
    switch (measure) {
      case PartnershipMeasure.DEGREE:
        return each(n => g.neighbours(n).size);
      case PartnershipMeasure.STRENGTH:
        return each(n => g.strength(n));
      case PartnershipMeasure.CLOSENESS:
        return each(n => closeness(g, n, network.used.weighted ? INVERSE_WEIGHT : HOPS));
      case PartnershipMeasure.CONSTRAINT:
        return each(n => constraint(g, n));
      case PartnershipMeasure.EFFECTIVE_SIZE:
        return each(n => effectiveSize(g, n));
      case PartnershipMeasure.PAGERANK:
        return this.gds.scores(network, "pagerank");
      case PartnershipMeasure.K_CORE:
        return this.gds.scores(network, "kcore");
      case PartnershipMeasure.BETWEENNESS: {
        const raw = await this.gds.scores(network, "betweenness", samplingSize);
        // GDS sums the dependencies of the sampled sources only; n / samplingSize puts the estimate on the exact scale.
        const scale = samplingSize === null ? 1 : network.nodes.length / Math.min(samplingSize, network.nodes.length);
        return new Map([...raw].map(([id, s]) => [id, s * scale]));
      }
    }
  }

  /** Communities, biggest first, with the modularity of the partition returned and whether it collapsed. */
  async communities(algorithm: GdsCommunities, question: NetworkQuestion | null | undefined): Promise<CommunityAnswer> {
    const network = await this.network(question);
    return this.partition(network, algorithm);
  }

  /** Computed once per built network (ResultsPerNetwork), shared: do not change it. */
  private partition(network: Network, algorithm: GdsCommunities): Promise<CommunityAnswer> {
    return this.results.get(network, `communities:${algorithm}`, () => this.computePartition(network, algorithm));
  }

  private async computePartition(network: Network, algorithm: GdsCommunities): Promise<CommunityAnswer> {
    const communityOf = await this.gds.communities(network, algorithm);
    const groups = new Map<number, string[]>();
    for (const [id, c] of communityOf) groups.set(c, [...(groups.get(c) ?? []), id]);
    const communities = [...groups.values()]
      .map(m => m.sort())
      .sort((x, y) => y.length - x.length || x[0]!.localeCompare(y[0]!));
    return {
      network: network.used,
      communities,
      modularity: modularity(graphOf(network), communityOf),
      collapsed: communities.length === 1 && network.ties.length > 0,
    };
  }

  /** The bridges and articulation points of the network (GDS). */
  async cutPoints(
    question: NetworkQuestion | null | undefined,
  ): Promise<{ network: NetworkUsed; bridges: [string, string][]; articulationPoints: string[] }> {
    const network = await this.network(question);
    const cut = await this.results.get(network, "cut-points", () => this.gds.bridges(network));
    return { network: network.used, ...cut };
  }

  /**
   * The network as it stood at the end of each year from `from` to `to` (cumulative: a tie counts from its
   * first strand on), with its shape and its most central nodes by strength.
   */
  async evolution(
    question: NetworkQuestion | null | undefined,
    from: number,
    to: number,
    top: number,
  ): Promise<{ network: NetworkUsed; periods: PeriodAnswer[] }> {
    if (to < from) throw new BadInputError("to", "must not be before `from`");
    if (to - from + 1 > MAX_PERIODS) throw new LimitExceededError("to", MAX_PERIODS, to - from + 1);
    if (question?.from || question?.to || question?.asOf) {
      throw new BadInputError("from", "the periods set the window; give the years as from and to");
    }
    const periods: PeriodAnswer[] = [];
    let used: NetworkUsed | undefined;
    const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const networks = await this.networks(years.map(year => ({ ...question, asOf: String(year) })));
    // The periods' Louvain runs (a GDS projection each, most of an evolution's time) go to Neo4j a few at a time,
    // while Node computes the measures of the periods already answered.
    const partitions = inTurns(networks, EVOLUTION_GDS_AT_ONCE, n =>
      n.nodes.length === 0 ? Promise.resolve({ modularity: 0 }) : this.partition(n, "LOUVAIN"),
    );
    for (const [i, year] of years.entries()) {
      const network = networks[i]!;
      used ??= { ...network.used, window: { from: `${from}-01-01`, to: `${to}-12-31` } };
      const g = graphOf(network);
      const n = network.nodes.length;
      const parts = await partitions[i]!;
      const strength = [...(await this.scores(network, PartnershipMeasure.STRENGTH, null))].map(([id, score]) => ({
        id,
        score,
      }));
      periods.push({
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        entities: n,
        ties: network.ties.length,
        density: n < 2 ? 0 : (2 * network.ties.length) / (n * (n - 1)),
        components: components(g).length,
        averagePathLength: averagePathLength(g),
        clustering: averageClustering(g),
        modularity: parts.modularity,
        top: withRanks(strength.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id))).slice(0, top),
      });
    }
    return { network: used!, periods };
  }
}

/** How many of an evolution's GDS runs are in flight at once. */
const EVOLUTION_GDS_AT_ONCE = 3;

/**
 * `work` over every item, started in order, at most `atOnce` in flight: item i starts once item i - atOnce has
 * settled. One promise per item; a failure rejects that item's promise only, and is marked handled so that a
 * caller that stops at an earlier failure leaves no unhandled rejection behind.
 */
function inTurns<T, R>(items: T[], atOnce: number, work: (item: T) => Promise<R>): Promise<R>[] {
  const results: Promise<R>[] = [];
  for (const [i, item] of items.entries()) {
    const after =
      i < atOnce
        ? Promise.resolve()
        : results[i - atOnce]!.then(
            () => undefined,
            () => undefined,
          );
    const result = after.then(() => work(item));
    result.catch(() => undefined);
    results.push(result);
  }
  return results;
}

/** One page of a node's partners, strongest tie first (then by id). */
export function partnerPage(network: Network, id: string, first: number, offset: number): PartnerPage {
  const own = network.ties
    .filter(t => t.a === id || t.b === id)
    .map(tie => ({ partnerId: tie.a === id ? tie.b : tie.a, tie }))
    .sort((x, y) => y.tie.weight - x.tie.weight || x.partnerId.localeCompare(y.partnerId));
  const page = own.slice(offset, offset + first).map((p, i) => ({ ...p, cursor: cursorOf(offset + i) }));
  return { network: network.used, totalCount: own.length, partners: page, hasNextPage: offset + first < own.length };
}
