// The explorer's only back end: the public GraphQL API of the same server.

export interface Source {
  id?: string;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
}
export interface Evidence {
  quote: string;
  source: Source;
}
export interface NodeData {
  id: string;
  kind: string;
  caption: string;
  captionHant: string;
  captionEn: string;
  degree: number;
  properties: Record<string, unknown>;
  reportedOn: string | null;
}
/**
 * An edge of the scene; its quotes are fetched when it is first shown (a 5,000-node scene halves its download),
 * only the publication dates of its evidence come with it, for the time slider.
 */
/**
 * When a relationship happened, as the API places it (GraphEdge.when): its own date, its agreement's or event's,
 * else its first report's.
 */
export interface RelationDate {
  date: string | null;
  /** STATED, FROM_PAGE_DATE, FROM_CONTEXT or PUBLISHED: shown with the date wherever the date is shown. */
  basis: string | null;
  precision: string | null;
}
export interface EdgeData {
  id: string;
  type: string;
  /** ACTUAL, PLANNED or ASPIRATION: drawn and named apart, never passed off as what happened. */
  modality: string;
  /** STATED, IMPLIED (by a name or the context) or BACKGROUND (no quote): said wherever the link is read. */
  evidenceKind: string;
  source: string;
  target: string;
  dates: string[];
  /** The relationship's own date, where the source gives or implies one. */
  when?: RelationDate | null;
  evidence?: Evidence[];
}
export interface GraphView {
  nodes: NodeData[];
  edges: EdgeData[];
  truncated: boolean;
}
export interface Names {
  name: string;
  nameHant: string | null;
  nameEn: string | null;
}
export interface SearchHit extends Names {
  id: string;
  kind: string;
  province?: Names | null;
}
export interface PathStep {
  relationId: string;
  type: string;
  sentence: string;
  label: string;
  direction: string;
  from: { id: string };
  to: { id: string };
  evidence: Evidence[];
}
export interface PartnershipPath {
  length: number;
  nodes: { id: string }[];
  steps: PathStep[];
}
export interface EntityDetail {
  id: string;
  kind: string;
  name: string;
  nameHant: string | null;
  nameEn: string | null;
  aliases: string[];
  evidence: Evidence[];
}
export interface CentralityScore {
  score: number;
  rank: number;
  entity: { id: string };
}

const EVIDENCE = "evidence { quote source { id title publisher publishedOn } }";
const VIEW =
  "nodes { id kind caption captionHant captionEn degree properties reportedOn } edges { id type source target modality evidenceKind when { date basis precision } evidence { source { publishedOn } } } truncated";

interface WireEdge {
  id: string;
  when: RelationDate;
  type: string;
  modality: string;
  evidenceKind: string;
  source: string;
  target: string;
  evidence: { source: { publishedOn: string | null } }[];
}
interface WireView {
  nodes: NodeData[];
  edges: WireEdge[];
  truncated: boolean;
}

function toView(w: WireView): GraphView {
  const edges = w.edges.map(({ evidence, when, ...e }) => ({
    ...e,
    dates: evidence.flatMap(ev => (ev.source.publishedOn ? [ev.source.publishedOn] : [])),
    when: when.date ? when : null,
  }));
  return { nodes: w.nodes, edges, truncated: w.truncated };
}

export class ApiError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  // A proxy or an overloaded server may answer with a page that is not JSON.
  const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map(e => e.message).join("; "));
  if (!body.data) throw new ApiError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`);
  return body.data;
}

export async function search(text: string): Promise<SearchHit[]> {
  const q = `query($text: String!) { search(text: $text, first: 12) {
    id kind name nameHant nameEn ... on City { province { name nameHant nameEn } } } }`;
  return (await gql<{ search: SearchHit[] }>(q, { text })).search;
}

/**
 * The explorer shows planned and hoped-for facts too, drawn apart from what happened (canvas.ts), so a
 * researcher sees the whole article; the analytic answers default to ACTUAL and say so.
 */
const EVERY_MODALITY = ["ACTUAL", "PLANNED", "ASPIRATION"];

export async function neighbourhood(id: string, kinds: string[], via: string[], limit = 200): Promise<GraphView> {
  const q = `query($id: ID!, $kinds: [EntityKind!], $via: [RelationType!], $limit: Int, $modalities: [Modality!]) {
    neighbourhood(id: $id, kinds: $kinds, via: $via, limit: $limit, modalities: $modalities) { ${VIEW} } }`;
  return toView(
    (
      await gql<{ neighbourhood: WireView }>(q, {
        id,
        kinds: kinds.length ? kinds : null,
        via: via.length ? via : null,
        limit,
        modalities: EVERY_MODALITY,
      })
    ).neighbourhood,
  );
}

/** The given entities and every relationship among them. */
export async function subgraphOf(ids: string[]): Promise<GraphView> {
  if (!ids.length) return { nodes: [], edges: [], truncated: false };
  const q = `query($ids: [ID!], $limit: Int, $modalities: [Modality!]) {
    subgraph(scope: { ids: $ids, modalities: $modalities }, limit: $limit) { ${VIEW} } }`;
  return toView(
    (await gql<{ subgraph: WireView }>(q, { ids, limit: ids.length, modalities: EVERY_MODALITY })).subgraph,
  );
}

/** Paths with each step worded by the API in `lang` (ZH_HANS, ZH_HANT or EN). */
export async function paths(
  from: string,
  to: string,
  mode: "SHORTEST" | "K_SHORTEST",
  k: number,
  lang: string,
): Promise<PartnershipPath[]> {
  const q = `query($from: String!, $to: String!, $mode: PathMode, $k: Int, $lang: Lang!) {
    partnershipPaths(network: FACTS, from: $from, to: $to, mode: $mode, k: $k, maxHops: 6) { paths {
      length nodes { id } steps { relationId type sentence(lang: $lang) label(lang: $lang) direction from { id } to { id } ${EVIDENCE} } } } }`;
  // The explorer draws paths over the relationships on screen, so it asks for the fact network.
  const answer = await gql<{ partnershipPaths: { paths: PartnershipPath[] } }>(q, { from, to, mode, k, lang });
  return answer.partnershipPaths.paths;
}

/** Centrality computed by the API over exactly the scene's entities. */
export async function centrality(algorithm: string, ids: string[]): Promise<CentralityScore[]> {
  if (!ids.length) return [];
  const q = `query($algorithm: CentralityAlgorithm!, $ids: [ID!]) {
    centrality(algorithm: $algorithm, network: FACTS, first: 500, scope: { ids: $ids }) { scores { score rank entity { id } } } }`;
  // Sizes follow the scene's own links, which the fact network over the scene's ids gives.
  return (await gql<{ centrality: { scores: CentralityScore[] } }>(q, { algorithm, ids })).centrality.scores;
}

export async function entityDetail(id: string): Promise<EntityDetail | null> {
  const q = `query($id: ID!) { entity(id: $id) { id kind name nameHant nameEn aliases ${EVIDENCE} } }`;
  return (await gql<{ entity: EntityDetail | null }>(q, { id })).entity;
}

/** The quotes for one relationship, read from its start entity's relations (or its end's, for a hub); 200 a page keeps the query under the API's cost limit. */
export async function edgeEvidence(e: EdgeData): Promise<Evidence[]> {
  const q = `query($id: ID!, $types: [RelationType!], $direction: Direction!) {
    entity(id: $id) { relations(types: $types, direction: $direction, first: 200) { id ${EVIDENCE} } } }`;
  type Data = { entity: { relations: { id: string; evidence: Evidence[] }[] } | null };
  for (const [id, direction] of [
    [e.source, "OUT"],
    [e.target, "IN"],
  ] as const) {
    const data = await gql<Data>(q, { id, types: [e.type], direction });
    const found = data.entity?.relations.find(r => r.id === e.id);
    if (found) return found.evidence;
  }
  return [];
}

/**
 * The dates of the whole graph's agreements and events (their own, or when first reported) and the years
 * the API counts: the time slider's range does not depend on what the scene holds.
 */
export async function graphDates(): Promise<string[]> {
  const q = `{ stats { events { byYear { year } } agreements { byYear { year } } }
    subgraph(scope: { kinds: [Event, Agreement] }, limit: 2000) { nodes { kind properties reportedOn } } }`;
  type Data = {
    stats: { events: { byYear: { year: number }[] }; agreements: { byYear: { year: number }[] } };
    subgraph: { nodes: Pick<NodeData, "kind" | "properties" | "reportedOn">[] };
  };
  const data = await gql<Data>(q, {});
  const years = [...data.stats.events.byYear, ...data.stats.agreements.byYear].map(y => String(y.year));
  const dates = data.subgraph.nodes
    .flatMap(n => [n.properties.sortDate, n.reportedOn])
    .filter((d): d is string => typeof d === "string" && /^\d{4}/.test(d));
  return [...years, ...dates];
}

/** The province of each of these cities (a city's name alone may be ambiguous: 苏州 and 宿州 are both "Suzhou"). */
export async function provinces(cityIds: string[]): Promise<Map<string, Names>> {
  if (!cityIds.length) return new Map();
  const vars = cityIds.map((_, i) => `$c${i}: ID!`).join(", ");
  const fields = cityIds
    .map((_, i) => `c${i}: entity(id: $c${i}) { ... on City { province { name nameHant nameEn } } }`)
    .join(" ");
  const data = await gql<Record<string, { province?: Names | null } | null>>(
    `query(${vars}) { ${fields} }`,
    Object.fromEntries(cityIds.map((id, i) => [`c${i}`, id])),
  );
  const out = new Map<string, Names>();
  cityIds.forEach((id, i) => {
    const p = data[`c${i}`]?.province;
    if (p) out.set(id, p);
  });
  return out;
}

/** Every quote of the relationships among these entities, by relationship id (one request, for an export). */
export async function evidenceOf(ids: string[]): Promise<Map<string, Evidence[]>> {
  if (!ids.length) return new Map();
  const q = `query($ids: [ID!], $limit: Int) { subgraph(scope: { ids: $ids }, limit: $limit) { edges { id ${EVIDENCE} } } }`;
  const data = await gql<{ subgraph: { edges: { id: string; evidence: Evidence[] }[] } }>(q, {
    ids,
    limit: ids.length,
  });
  return new Map(data.subgraph.edges.map(e => [e.id, e.evidence]));
}
