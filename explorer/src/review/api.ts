// The review view's back end: extractFacts to draft, and the validated write mutations to commit.

export interface Candidate {
  candidateKey: string;
  quote: string;
  start: number;
  end: number;
  confidence: number;
  rule: string;
}
/** The date a candidate states and how it was resolved (seeds/FORMAT.md, Dates). */
export interface DatedCandidate extends Candidate {
  date: string | null;
  dateResolved: string | null;
  dateBasis: string | null;
  datePrecision: string | null;
}
export interface EntityCandidate extends DatedCandidate {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  mergeWith: string | null;
  nameStart: number;
  nameEnd: number;
  modality: string | null;
  evidenceKind: string | null;
}
export interface RelationCandidate extends DatedCandidate {
  type: string;
  from: string;
  to: string;
  modality: string;
  evidenceKind: string;
  role: string | null;
  roleText: string | null;
}
export interface FigureCandidate extends Candidate {
  owner: string;
  key: string;
  value: number;
  unit: string;
  qualifier: string | null;
  text: string;
}
export interface Extraction {
  sourceId: string;
  text: string;
  title: string | null;
  script: string;
  publishedOn: string | null;
  entities: EntityCandidate[];
  relations: RelationCandidate[];
  numbers: FigureCandidate[];
}

const COMMON = "candidateKey quote start end confidence rule";
// Every meaning field the candidates carry is asked for: a commit must write what the extraction found.
const DATES = "date dateResolved dateBasis datePrecision";
const EXTRACT = `query($t: String!, $u: String, $p: String, $r: [String!]) {
  extractFacts(text: $t, url: $u, publishedOn: $p, rejected: $r) {
    sourceId text title script publishedOn
    entities { ${COMMON} ${DATES} id kind name aliases mergeWith nameStart nameEnd modality evidenceKind }
    relations { ${COMMON} ${DATES} type from to modality evidenceKind role roleText }
    numbers { ${COMMON} owner key value unit qualifier text }
  }
}`;

export class ApiError extends Error {}

async function gql<T>(query: string, variables: Record<string, unknown>, key: string): Promise<T> {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length)
    throw new ApiError(body.errors.map(e => `${e.extensions?.code ?? "ERROR"}: ${e.message}`).join("; "));
  if (!body.data) throw new ApiError(`HTTP ${res.status}`);
  return body.data;
}

export async function extract(
  text: string,
  url: string,
  publishedOn: string,
  rejected: string[],
  key: string,
): Promise<Extraction> {
  const vars = { t: text, u: url || null, p: publishedOn || null, r: rejected };
  return (await gql<{ extractFacts: Extraction }>(EXTRACT, vars, key)).extractFacts;
}

export async function addSource(
  source: { id: string; title: string; publishedOn: string | null; script: string; text: string },
  key: string,
): Promise<void> {
  const q = "mutation($s: SourceInput!) { addSource(source: $s) { id } }";
  await gql(
    q,
    {
      s: {
        id: source.id,
        title: source.title,
        script: source.script,
        // The page itself is the source's text: every quote committed from it is checked against it.
        text: source.text,
        ...(source.publishedOn ? { publishedOn: source.publishedOn } : {}),
      },
    },
    key,
  );
}

export async function upsertEntity(sourceId: string, entity: Record<string, unknown>, key: string): Promise<void> {
  const q = "mutation($src: ID!, $e: EntityInput!) { upsertEntity(sourceId: $src, entity: $e) { id } }";
  await gql(q, { src: sourceId, e: entity }, key);
}

export async function upsertRelation(sourceId: string, relation: Record<string, unknown>, key: string): Promise<void> {
  const q = "mutation($src: ID!, $r: RelationInput!) { upsertRelation(sourceId: $src, relation: $r) { id } }";
  await gql(q, { src: sourceId, r: relation }, key);
}
