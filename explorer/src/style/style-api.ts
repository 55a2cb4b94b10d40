import { gql } from "../api";
import type { CommunityAlgorithm, RuleNetwork } from "./style-rules";

/** What an analytic answer ran on, as the API echoes it. */
export interface NetworkEcho {
  kind: "PARTNERSHIP" | "FACTS";
  partnership: { level: string; modalities: string[]; weighted: boolean } | null;
  facts: { idCount: number | null; modalities: string[] } | null;
}

export interface CommunityAnswer {
  collapsed: boolean;
  modularity: number | null;
  communities: { id: number; members: string[] }[];
  network: NetworkEcho;
}

export interface ScoresAnswer {
  scores: Map<string, number>;
  network: NetworkEcho;
}

const ECHO = "network { kind partnership { level modalities weighted } facts { idCount modalities } }";

/** The partnership network at city level when the scene holds only cities, else at entity level. */
function partnershipOf(ids: string[], kindOf: (id: string) => string): { level: "CITY" | "ENTITY" } {
  return { level: ids.length && ids.every(id => kindOf(id) === "City") ? "CITY" : "ENTITY" };
}

/** Arguments that put a question on the partnership network, or on the links among the scene's entities. */
function networkArgs(network: RuleNetwork, ids: string[], kindOf: (id: string) => string) {
  return network === "PARTNERSHIP"
    ? { network: "PARTNERSHIP", partnership: partnershipOf(ids, kindOf), scope: null }
    : { network: "FACTS", partnership: null, scope: { ids } };
}

/** Communities of the partnership network (or of the scene's links), each as its members' ids. */
export async function communities(
  algorithm: CommunityAlgorithm,
  network: RuleNetwork,
  ids: string[],
  kindOf: (id: string) => string,
): Promise<CommunityAnswer> {
  const q = `query($algorithm: CommunityAlgorithm!, $network: NetworkKind, $partnership: NetworkQuestionInput, $scope: GraphScope) {
    communities(algorithm: $algorithm, network: $network, partnership: $partnership, scope: $scope) {
      collapsed modularity communities { id members { id } } ${ECHO} } }`;
  type Wire = Omit<CommunityAnswer, "communities"> & { communities: { id: number; members: { id: string }[] }[] };
  const data = await gql<{ communities: Wire }>(q, { algorithm, ...networkArgs(network, ids, kindOf) });
  const c = data.communities;
  return { ...c, communities: c.communities.map(m => ({ id: m.id, members: m.members.map(e => e.id) })) };
}

/**
 * Centrality for sizing: strength and constraint exist only on the partnership network (who works with whom);
 * degree, betweenness and PageRank are computed over the links among exactly the scene's entities.
 */
export async function sizeScores(
  algorithm: string,
  ids: string[],
  kindOf: (id: string) => string,
): Promise<ScoresAnswer> {
  const network: RuleNetwork = algorithm === "STRENGTH" || algorithm === "CONSTRAINT" ? "PARTNERSHIP" : "SCENE";
  const q = `query($algorithm: CentralityAlgorithm!, $network: NetworkKind, $partnership: NetworkQuestionInput, $scope: GraphScope) {
    centrality(algorithm: $algorithm, network: $network, partnership: $partnership, scope: $scope, first: 500) {
      scores { score entity { id } } ${ECHO} } }`;
  type Wire = { scores: { score: number; entity: { id: string } }[]; network: NetworkEcho };
  const data = await gql<{ centrality: Wire }>(q, { algorithm, ...networkArgs(network, ids, kindOf) });
  const c = data.centrality;
  return { scores: new Map(c.scores.map(s => [s.entity.id, s.score])), network: c.network };
}
