import { registerEnumType } from "type-graphql";
import { CentralityAlgorithm, CommunityAlgorithm } from "../analytics/analytics-algorithm";
import { EntityKind } from "../domain/entity-kind";
import { RelationType } from "../domain/relation-type";
import { EntityOrder } from "../entity/entity-page";
import { PathMode } from "../paths/path-mode";

// The domain's enums, named in the schema here so that the domain modules need no GraphQL framework.

registerEnumType(EntityKind, { name: "EntityKind", description: "The kind of an entity; also its Neo4j label" });

registerEnumType(RelationType, { name: "RelationType", description: "The type of a relationship between two entities" });

registerEnumType(EntityOrder, { name: "EntityOrder", description: "NAME (pinyin-free, by Chinese name), DATE (undated last), DEGREE (number of relationships)" });

registerEnumType(PathMode, {
  name: "PathMode",
  description: "SHORTEST: one shortest path; ALL_SHORTEST: every path of that length; K_SHORTEST: the k shortest simple paths",
});

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
