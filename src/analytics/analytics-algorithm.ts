/** Centrality measures GDS computes; the score is GDS's own, so its scale differs per algorithm. */
export enum CentralityAlgorithm {
  DEGREE = "DEGREE",
  BETWEENNESS = "BETWEENNESS",
  CLOSENESS = "CLOSENESS",
  HARMONIC = "HARMONIC",
  PAGERANK = "PAGERANK",
  ARTICLE_RANK = "ARTICLE_RANK",
  EIGENVECTOR = "EIGENVECTOR",
}

export enum CommunityAlgorithm {
  LOUVAIN = "LOUVAIN",
  LEIDEN = "LEIDEN",
  LABEL_PROPAGATION = "LABEL_PROPAGATION",
  WCC = "WCC",
}
