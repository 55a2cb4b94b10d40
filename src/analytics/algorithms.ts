import { CentralityAlgorithm, CommunityAlgorithm } from "./analytics-algorithm";
import type { Params } from "../neo4j/database";
import { int } from "../neo4j/values";

export interface AlgorithmCall {
  /** The cypher/ statement that streams the algorithm over a projected graph. */
  statement: string;
  params: Params;
}

// Iterative scores run until they move less than 1e-10: a few hundred iterations at most on graphs of
// this size, and close enough for the scores to match reference implementations (test/analytics.test.ts).
const ITERATE = { maxIterations: int(1000), tolerance: 1e-10 };

// The partnership-only measures have no call here: the fact graph has no tie weights to give them.
export const CENTRALITY: Partial<Record<CentralityAlgorithm, AlgorithmCall>> = {
  [CentralityAlgorithm.DEGREE]: { statement: "analytics/centrality-degree", params: {} },
  [CentralityAlgorithm.BETWEENNESS]: { statement: "analytics/centrality-betweenness", params: { samplingSize: null } },
  [CentralityAlgorithm.CLOSENESS]: { statement: "analytics/centrality-closeness", params: {} },
  [CentralityAlgorithm.HARMONIC]: { statement: "analytics/centrality-harmonic", params: {} },
  [CentralityAlgorithm.PAGERANK]: {
    statement: "analytics/centrality-pagerank",
    params: { dampingFactor: 0.85, ...ITERATE },
  },
  [CentralityAlgorithm.ARTICLE_RANK]: {
    statement: "analytics/centrality-article-rank",
    params: { dampingFactor: 0.85, ...ITERATE },
  },
  [CentralityAlgorithm.EIGENVECTOR]: { statement: "analytics/centrality-eigenvector", params: ITERATE },
};

// One thread makes Louvain, Leiden and label propagation reproducible: the same question gets the same
// communities on every dashboard refresh. Parallel runs may order their moves differently.
const SERIAL = { concurrency: int(1) };

export const COMMUNITIES: Record<CommunityAlgorithm, AlgorithmCall> = {
  [CommunityAlgorithm.LOUVAIN]: { statement: "analytics/communities-louvain", params: SERIAL },
  [CommunityAlgorithm.LEIDEN]: {
    statement: "analytics/communities-leiden",
    params: { ...SERIAL, randomSeed: int(42) },
  },
  [CommunityAlgorithm.LABEL_PROPAGATION]: { statement: "analytics/communities-label-propagation", params: SERIAL },
  [CommunityAlgorithm.WCC]: { statement: "analytics/communities-wcc", params: {} },
};
