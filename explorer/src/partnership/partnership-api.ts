import { gql, type Evidence, type Names } from "../api";

// The partnership questions of the API (partnershipNetwork, partnershipPaths) as the explorer asks them.

export interface TieDate {
  date: string | null;
  basis: string | null;
}
export interface TieStrand {
  kind: string;
  modality: string;
  /** STATED, IMPLIED or BACKGROUND: the least supported fact behind the strand. */
  evidenceKind: string;
  viaName: string | null;
  date: TieDate;
  evidence: Evidence[];
}
export interface Tie {
  a: { id: string };
  b: { id: string };
  kinds: string[];
  weight: number;
  modality: string;
  /** The best supported of its strands. */
  evidenceKind: string;
  first: TieDate | null;
  last: TieDate | null;
  members: { a: string; b: string }[];
  strands: TieStrand[];
}
/** The network an answer was computed on, as the API echoes it. */
export interface NetworkUsed {
  level: string;
  modalities: string[];
  tieKinds: string[];
  from: string | null;
  to: string | null;
  weighted: boolean;
  /** The corridor the network was cut to, if any. */
  corridor?: string | null;
}
export interface NetworkEntity extends Names {
  id: string;
  kind: string;
  province?: Names | null;
}
export interface PartnershipNetwork {
  network: NetworkUsed;
  nodes: NetworkEntity[];
  ties: Tie[];
}
export interface ChainStep {
  from: { id: string };
  to: { id: string };
  modality: string;
  /** FACTS only: how the quote supports the step's relationship */
  evidenceKind: string | null;
  /** FACTS only */
  relationId: string | null;
  sentence: string | null;
  evidence: Evidence[];
  /** PARTNERSHIP only */
  tie: Tie | null;
}
export interface Chain {
  length: number;
  nodes: NetworkEntity[];
  steps: ChainStep[];
}
export interface ChainAnswer {
  network: { kind: string; partnership: NetworkUsed | null };
  paths: Chain[];
}

export type PathNetwork = "PARTNERSHIP" | "FACTS";

const EVIDENCE = "evidence { quote source { id title publisher publishedOn } }";
const DATE = "date basis";
const USED = "level modalities tieKinds from to weighted corridor";
const NAMES = "id kind name nameHant nameEn ... on City { province { name nameHant nameEn } }";
const TIE = `a { id } b { id } kinds weight modality evidenceKind first { ${DATE} } last { ${DATE} } members { a b }
  strands { kind modality evidenceKind viaName date { ${DATE} } ${EVIDENCE} }`;

/** The whole graph's partnership network at a level, planned ties included (drawn apart), weighted. */
export async function partnershipNetwork(level: string, corridor: string | null = null): Promise<PartnershipNetwork> {
  const q = `query($level: NetworkLevel, $scope: GraphScope) {
    partnershipNetwork(network: { level: $level, modalities: [ACTUAL, PLANNED] }, scope: $scope) {
      network { ${USED} } nodes { ${NAMES} } ties { ${TIE} } } }`;
  const scope = corridor ? { corridor } : null;
  return (await gql<{ partnershipNetwork: PartnershipNetwork }>(q, { level, scope })).partnershipNetwork;
}

/** The graph's corridors, for the overview's corridor picker. */
export async function corridors(): Promise<(Names & { id: string })[]> {
  const q = `{ corridors(first: 200) { edges { node { id name nameHant nameEn } } } }`;
  const data = await gql<{ corridors: { edges: { node: Names & { id: string } }[] } }>(q, {});
  return data.corridors.edges.map(e => e.node);
}

/** The ids of an entity's partners at a level, strongest first; with a year, over ties dated from then on. */
export async function partnersOf(id: string, level: string, since: number | null): Promise<string[]> {
  const q = `query($id: String!, $network: NetworkQuestionInput) {
    partners(id: $id, first: 100, network: $network) { edges { partner { id } } } }`;
  const network = { level, modalities: ["ACTUAL", "PLANNED"], from: since === null ? null : String(since) };
  const data = await gql<{ partners: { edges: { partner: { id: string } }[] } }>(q, { id, network });
  return data.partners.edges.map(e => e.partner.id);
}

export interface ChainQuestion {
  from: string;
  to: string;
  k: number;
  network: PathNetwork;
  /** FACTS only: relationship types (empty: all) */
  via: string[];
  modalities: string[];
  lang: string;
}

/** Paths on partnership ties (ENTITY level) or, explicitly, on the stored relationships. */
export async function chains(ask: ChainQuestion): Promise<ChainAnswer> {
  const partnership = ask.network === "PARTNERSHIP";
  const q = `query($from: String!, $to: String!, $mode: PathMode, $k: Int, $network: NetworkKind, $via: [RelationType!],
      $partnership: NetworkQuestionInput, $lang: Lang!) {
    partnershipPaths(from: $from, to: $to, mode: $mode, k: $k, maxHops: 6, network: $network, via: $via,
        partnership: $partnership) {
      network { kind partnership { ${USED} } }
      paths { length nodes { ${NAMES} } steps { from { id } to { id } modality evidenceKind relationId sentence(lang: $lang)
        ${EVIDENCE} ${partnership ? `tie { ${TIE} }` : ""} } } } }`;
  const answer = await gql<{ partnershipPaths: ChainAnswer }>(q, {
    from: ask.from,
    to: ask.to,
    mode: ask.k > 1 ? "K_SHORTEST" : "SHORTEST",
    k: ask.k,
    network: ask.network,
    via: !partnership && ask.via.length ? ask.via : null,
    partnership: partnership ? { modalities: ask.modalities } : null,
    lang: ask.lang,
  });
  return {
    ...answer.partnershipPaths,
    paths: answer.partnershipPaths.paths.map(p => ({
      ...p,
      steps: p.steps.map(s => ({ ...s, tie: s.tie ?? null })),
    })),
  };
}
