/**
 * Way (c) of the benchmark: type definitions for the official Neo4j GraphQL library (@neo4j/graphql 7)
 * over innograph's data, written the way its users write them. Node types name the labels the data
 * carries (every entity is :Entity plus its kind), relationship fields use the stored types, and what
 * the library has no native equivalent for (name search, paths, neighbourhoods, GDS) is a `@cypher`
 * field. Those statements wrap innograph's own cypher/ files where they can, so the comparison is of
 * the GraphQL layers and not of two different queries.
 */
import { cypher } from "../../src/neo4j/cypher-registry";

/** A cypher/ statement inside `CALL () { ... }`, so a @cypher field can shape its columns into one. */
const wrapped = (name: string) => `CALL () {\n${cypher.get(name)}\n}`;

// Identical in meaning to innograph's search (cypher/entity/search.cypher) for a Simplified-Chinese name:
// there the service normalises the text first, and a Simplified name normalises to itself.
const SEARCH = `
WITH $text AS key, $text AS lucene
CALL (key, lucene) {
  MATCH (n:Entity) WHERE key IN n.searchKeys
  RETURN n, 100.0 AS score
  UNION
  MATCH (n:Entity) WHERE any(k IN n.searchKeys WHERE k STARTS WITH key)
  RETURN n, 50.0 AS score
  UNION
  MATCH (n:Entity) WHERE any(k IN n.searchKeys WHERE k CONTAINS key)
  RETURN n, 20.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', lucene, {limit: 100}) YIELD node, score
  RETURN node AS n, score
}
WITH n, max(score) AS score
ORDER BY score DESC, size(n.name), n.id
LIMIT $first
RETURN n`;

const PATH_COLUMNS = `
RETURN {
  length: size(steps),
  nodes: [n IN nodes | {id: n.id, name: n.name, kind: n.kind}],
  steps: [s IN steps | {relationId: s.id, type: s.type, outgoing: s.outgoing}]
} AS path`;

const pathField = (name: string) => `${wrapped(name)}${PATH_COLUMNS}`;

const NEIGHBOURHOOD = `
${wrapped("explore/neighbourhood")}
RETURN {
  truncated: total > $limit,
  nodes: [x IN nodes | {id: x.entity.id, caption: x.entity.name, kind: x.entity.kind, degree: x.degree}],
  edges: [e IN edges | {id: e.id, type: e.type, source: e.source, target: e.target}]
} AS view`;

/**
 * Project the scope (a corridor, or everything), run the algorithm, drop the projection: what a user of
 * the library writes in one @cypher statement. The projection is innograph's (one undirected edge per
 * linked pair) and so is the thread count (one below 100,000 nodes, four from there).
 */
const gds = (stream: string) => `
WITH 'nggql-' + randomUUID() AS graph
CALL (graph) {
  MATCH (s:Entity)
  WHERE $corridor IS NULL OR s.id = $corridor
     OR EXISTS { (s)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) }
     OR EXISTS { (s)--(:City)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) }
  OPTIONAL MATCH (s)-[r]-(t:Entity)
  WHERE elementId(s) < elementId(t)
    AND ($corridor IS NULL OR t.id = $corridor
     OR EXISTS { (t)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) }
     OR EXISTS { (t)--(:City)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) })
  WITH DISTINCT s, t
  RETURN gds.graph.project(graph, s, t, {}, {undirectedRelationshipTypes: ['*'], readConcurrency: 1}) AS g
}
WITH graph, CASE WHEN g.nodeCount < 100000 THEN 1 ELSE 4 END AS concurrency
CALL (graph, concurrency) {
  ${stream}
  WITH gds.util.asNode(nodeId) AS node, score
  ORDER BY score DESC, node.id
  LIMIT $first
  RETURN collect({score: score, entity: {id: node.id, name: node.name, kind: node.kind}}) AS top
}
CALL gds.graph.drop(graph, false) YIELD graphName
UNWIND range(0, size(top) - 1) AS i
RETURN {rank: i + 1, score: top[i].score, entity: top[i].entity} AS score`;

const BETWEENNESS = gds("CALL gds.betweenness.stream(graph, {concurrency: concurrency}) YIELD nodeId, score");
const PAGERANK = gds(
  "CALL gds.pageRank.stream(graph, {concurrency: concurrency, dampingFactor: 0.85, maxIterations: 1000, tolerance: 1e-10}) YIELD nodeId, score",
);

const block = (s: string) => `"""${s.replace(/\\/g, "\\\\")}"""`;

export function typeDefs(): string {
  return `
type Entity @node(labels: ["Entity"]) {
  id: ID!
  name: String!
  nameEn: String
  kind: String!
  sortDate: String
  city: [City!]! @relationship(type: "LOCATED_IN", direction: OUT)
  agreements: [Agreement!]! @relationship(type: "PARTY_TO", direction: OUT)
}

type Province @node(labels: ["Province", "Entity"]) {
  id: ID!
  name: String!
  nameEn: String
  kind: String!
}

type Industry @node(labels: ["Industry", "Entity"]) {
  id: ID!
  name: String!
  kind: String!
}

type City @node(labels: ["City", "Entity"]) {
  id: ID!
  name: String!
  nameEn: String
  kind: String!
  adminLevel: String
  province: [Province!]! @relationship(type: "LOCATED_IN", direction: OUT)
  corridors: [Corridor!]! @relationship(type: "MEMBER_OF", direction: OUT)
  organizations: [Entity!]! @relationship(type: "LOCATED_IN", direction: IN)
  events: [Event!]! @relationship(type: "HELD_IN", direction: IN)
}

type Corridor @node(labels: ["Corridor", "Entity"]) {
  id: ID!
  name: String!
  nameEn: String
  kind: String!
  members: [Entity!]! @relationship(type: "MEMBER_OF", direction: IN)
  centralCity: [City!]! @relationship(type: "CENTRAL_CITY_OF", direction: IN)
  events: [Event!]! @relationship(type: "HOSTED", direction: OUT)
}

type Agreement @node(labels: ["Agreement", "Entity"]) {
  id: ID!
  name: String!
  kind: String!
  date: String
  sortDate: String
  title: String
  agreementType: String
  parties: [Entity!]! @relationship(type: "PARTY_TO", direction: IN)
  event: [Event!]! @relationship(type: "SIGNED_AT", direction: OUT)
  industries: [Industry!]! @relationship(type: "FOCUSES_ON", direction: OUT)
}

type Event @node(labels: ["Event", "Entity"]) {
  id: ID!
  name: String!
  kind: String!
  date: String
  sortDate: String
  eventType: String
  city: [City!]! @relationship(type: "HELD_IN", direction: OUT)
  agreements: [Agreement!]! @relationship(type: "SIGNED_AT", direction: IN)
  speakers: [Person!]! @relationship(type: "SPOKE_AT", direction: IN)
  hosts: [Entity!]! @relationship(type: "HOSTED", direction: IN)
}

type Person @node(labels: ["Person", "Entity"]) {
  id: ID!
  name: String!
  kind: String!
  affiliations: [Entity!]! @relationship(type: "AFFILIATED_WITH", direction: OUT)
  offices: [Entity!]! @relationship(type: "HOLDS_OFFICE_IN", direction: OUT)
  spokeAt: [Event!]! @relationship(type: "SPOKE_AT", direction: OUT)
}

type EntityRef {
  id: ID!
  name: String!
  kind: String!
}

type PathStep {
  relationId: ID!
  type: String!
  outgoing: Boolean!
}

type PartnershipPath {
  length: Int!
  nodes: [EntityRef!]!
  steps: [PathStep!]!
}

type GraphNode {
  id: ID!
  caption: String!
  kind: String!
  degree: Int!
}

type GraphEdge {
  id: ID!
  type: String!
  source: ID!
  target: ID!
}

type GraphView {
  truncated: Boolean!
  nodes: [GraphNode!]!
  edges: [GraphEdge!]!
}

type CentralityScore {
  rank: Int!
  score: Float!
  entity: EntityRef!
}

type Query {
  search(text: String!, first: Int! = 10): [Entity!]!
    @cypher(statement: ${block(SEARCH)}, columnName: "n")
  shortestPath(from: ID!, to: ID!, maxHops: Int! = 4, via: [String!]! = [], through: [String!]! = []): [PartnershipPath!]!
    @cypher(statement: ${block(pathField("path/shortest"))}, columnName: "path")
  kShortestPaths(from: ID!, to: ID!, maxHops: Int! = 4, k: Int! = 3, via: [String!]! = [], through: [String!]! = []): [PartnershipPath!]!
    @cypher(statement: ${block(pathField("path/k-shortest"))}, columnName: "path")
  neighbourhood(id: ID!, depth: Int! = 1, limit: Int! = 200, kinds: [String!]! = [], via: [String!]! = []): GraphView
    @cypher(statement: ${block(NEIGHBOURHOOD)}, columnName: "view")
  betweenness(corridor: ID, first: Int! = 20): [CentralityScore!]!
    @cypher(statement: ${block(BETWEENNESS)}, columnName: "score")
  pageRank(corridor: ID, first: Int! = 20): [CentralityScore!]!
    @cypher(statement: ${block(PAGERANK)}, columnName: "score")
}
`;
}
