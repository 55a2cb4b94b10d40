/**
 * The GDS procedures and functions innograph's statements call. The local Neo4j loads only these
 * (`dbms.security.procedures.allowlist`): GDS registers several hundred, and loading them all held a local
 * instance's start at 14-17 s where it now takes about 9.5 s on this machine. It also leaves nothing callable
 * that innograph never uses.
 * A unit test checks that every `gds.` call in cypher/ is listed.
 */
export const GDS_PROCEDURES = [
  "gds.version",
  "gds.util.asNode",
  "gds.graph.project",
  "gds.graph.project.estimate",
  "gds.graph.drop",
  "gds.graph.exists",
  "gds.graph.list",
  "gds.graph.nodeProperty.stream",
  "gds.pageRank.stream",
  "gds.pageRank.stream.estimate",
  "gds.articleRank.stream",
  "gds.eigenvector.stream",
  "gds.betweenness.stream",
  "gds.betweenness.stream.estimate",
  "gds.degree.stream",
  "gds.closeness.stream",
  "gds.closeness.harmonic.stream",
  "gds.kcore.stream",
  "gds.bridges.stream",
  "gds.articulationPoints.stream",
  "gds.wcc.stream",
  "gds.wcc.mutate",
  "gds.louvain.stream",
  "gds.louvain.stream.estimate",
  "gds.louvain.mutate",
  "gds.leiden.stream",
  "gds.leiden.mutate",
  "gds.labelPropagation.stream",
  "gds.labelPropagation.mutate",
  "gds.modularity.stats",
] as const;
