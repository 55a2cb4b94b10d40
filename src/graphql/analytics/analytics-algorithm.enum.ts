import { registerEnumType } from "type-graphql";

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

registerEnumType(CentralityAlgorithm, {
  name: "CentralityAlgorithm",
  description: "A centrality measure over the scope, every relationship taken as an undirected link between two entities",
  valuesConfig: {
    DEGREE: { description: "Number of distinct linked entities (not divided by n-1)" },
    BETWEENNESS: { description: "Shortest paths between other entities that pass through this one, each pair counted once (not normalised)" },
    CLOSENESS: { description: "Reachable entities divided by the sum of distances to them" },
    HARMONIC: { description: "Sum of 1/distance to every other entity, divided by n-1" },
    PAGERANK: { description: "PageRank with damping 0.85; scores sum to about the number of entities" },
    ARTICLE_RANK: { description: "PageRank variant in which links from highly connected entities weigh less" },
    EIGENVECTOR: { description: "Principal eigenvector of the adjacency matrix, scaled to unit length" },
  },
});

registerEnumType(CommunityAlgorithm, {
  name: "CommunityAlgorithm",
  description: "A community detection algorithm over the scope, every relationship taken as an undirected link",
  valuesConfig: {
    LOUVAIN: { description: "Louvain modularity optimisation" },
    LEIDEN: { description: "Leiden modularity optimisation (well-connected communities; fixed random seed)" },
    LABEL_PROPAGATION: { description: "Label propagation" },
    WCC: { description: "Weakly connected components: entities linked by any path" },
  },
});
