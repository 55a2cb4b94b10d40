/**
 * Centrality measures. On the FACTS network GDS computes them and the score is GDS's own, so its scale
 * differs per algorithm; on the PARTNERSHIP network each is the partnership measure of the same name.
 */
export enum CentralityAlgorithm {
  DEGREE = "DEGREE",
  BETWEENNESS = "BETWEENNESS",
  CLOSENESS = "CLOSENESS",
  HARMONIC = "HARMONIC",
  PAGERANK = "PAGERANK",
  ARTICLE_RANK = "ARTICLE_RANK",
  EIGENVECTOR = "EIGENVECTOR",
  /** PARTNERSHIP only: these need tie weights or are computed over ties alone. */
  STRENGTH = "STRENGTH",
  CONSTRAINT = "CONSTRAINT",
  EFFECTIVE_SIZE = "EFFECTIVE_SIZE",
  K_CORE = "K_CORE",
}

export enum CommunityAlgorithm {
  LOUVAIN = "LOUVAIN",
  LEIDEN = "LEIDEN",
  LABEL_PROPAGATION = "LABEL_PROPAGATION",
  WCC = "WCC",
}
