/**
 * Way (c) of the benchmark: type definitions for the official Neo4j GraphQL library (@neo4j/graphql 7)
 * over innograph's data, written the way its users write them. Node types name the labels the data
 * carries (every entity is :Entity plus its kind), relationship fields use the stored types, and what
 * the library has no native equivalent for (name search, paths, neighbourhoods, GDS) is a `@cypher`
 * field. Those statements wrap innograph's own cypher/ files where they can, so the comparison is of
 * the GraphQL layers and not of two different queries.
 */
import { cypher } from "../../src/neo4j/cypher-registry";

cypher.use("bench");

/** A cypher/ statement inside `CALL () { ... }`, so a @cypher field can shape its columns into one. */
const wrapped = (name: string) => `CALL () {\n${cypher.get(name)}\n}`;

const SEARCH = cypher.get("bench/neo4j-graphql-search");
// The path statements read what innograph's selection asks for (path-selection.ts): here always the ids, kinds
// and names of the nodes and no step's quotes, written into the statement since a field passes only its arguments.
const PATH_READS: Record<string, string> = {
  "$entity.all": "false",
  "$entity.props": "['id', 'kind', 'name']",
  $stepEvidence: "false",
};
const readsWritten = (statement: string) =>
  Object.entries(PATH_READS).reduce((s, [param, value]) => s.replaceAll(param, value), statement);
const pathField = (name: string) => `${readsWritten(wrapped(name))}\n${cypher.get("bench/neo4j-graphql-path-tail")}`;
// The field takes the scope's filters as arguments of their own, and the library passes each as a parameter of
// that name; innograph's statement reads them from one map, $scope (src/domain/graph-scope.ts).
const flatScope = (statement: string) => statement.replace(/\$scope\.(\w+)/g, "$$$1");
const NEIGHBOURHOOD = `${flatScope(wrapped("explore/neighbourhood"))}\n${cypher.get("bench/neo4j-graphql-neighbourhood-tail")}`;
const STREAM = {
  betweenness: "bench/neo4j-graphql-stream-betweenness",
  pagerank: "bench/neo4j-graphql-stream-pagerank",
} as const;
const centrality = (algorithm: keyof typeof STREAM) =>
  cypher.get("bench/neo4j-graphql-centrality").replace("/*stream*/", cypher.get(STREAM[algorithm]));
const BETWEENNESS = centrality("betweenness");
const PAGERANK = centrality("pagerank");

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
    @cypher(statement: ${block(pathField("paths/shortest"))}, columnName: "path")
  kShortestPaths(from: ID!, to: ID!, maxHops: Int! = 4, k: Int! = 3, via: [String!]! = [], through: [String!]! = []): [PartnershipPath!]!
    @cypher(statement: ${block(pathField("paths/k-shortest"))}, columnName: "path")
  neighbourhood(id: ID!, depth: Int! = 1, limit: Int! = 200, kinds: [String!]! = [], relationTypes: [String!]! = [], sources: [ID!]! = [], modalities: [String!]! = ["ACTUAL"], nodeProperties: Boolean! = false, edgeFacts: Boolean! = false): GraphView
    @cypher(statement: ${block(NEIGHBOURHOOD)}, columnName: "view")
  betweenness(corridor: ID, first: Int! = 20, samplingSize: Int): [CentralityScore!]!
    @cypher(statement: ${block(BETWEENNESS)}, columnName: "score")
  pageRank(corridor: ID, first: Int! = 20): [CentralityScore!]!
    @cypher(statement: ${block(PAGERANK)}, columnName: "score")
}
`;
}
