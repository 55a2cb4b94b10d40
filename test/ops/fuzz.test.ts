import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from "graphql";
import { buildInnographSchema } from "../../src/graphql/build-schema";
import { graphChecksum, type GraphChecksum } from "../support/graph-checksum";
import { startTestService, type GraphQLResponse, type TestService } from "../support/harness";
import { nestedPartners } from "../support/hostile-queries";
import { TEST_KEYS } from "../support/test-env";

/** Strings that break naive Cypher, Lucene, regex or JSON handling, or that strain encodings and sizes. */
const INJECTIONS = [
  "'",
  '"',
  "`",
  "\\",
  "' OR 1=1 //",
  '" OR true RETURN n //',
  "}) DETACH DELETE n //",
  "'}) MATCH (n) DETACH DELETE n //",
  "`) DETACH DELETE n WITH 1 AS x MATCH (m) DETACH DELETE m //",
  "$id } ) CALL dbms.killQueries([]) //",
  "a\u0000b",
  "\u0000",
  "\ud800 lone surrogate",
  "x".repeat(100_000),
  "徐州 Xúzhōu 徐州市 ソウル 서울 Москва العربية \u202eevil",
  "🚀💥👩‍💻🇨🇳",
  '*:* OR name:"徐州" AND ~ ^2 [a TO z] (', // Lucene syntax for the full-text search
  ".*", // a regex, for any =~
];

const tag = `zzf${Date.now().toString(36)}`;
const EDITOR = { authorization: `Bearer ${TEST_KEYS.editor}` };

/** Valid values for the required strings, so that each case reaches the resolver with only the one string hostile. */
function baseline(root: string, path: string[]): string {
  const name = path[path.length - 1]!;
  const parent = path[path.length - 2];
  const mutation = ["addSource", "upsertEntity", "upsertRelation", "upsertAgreement"].includes(root);
  if (!mutation) return { from: "city-xuzhou", to: "city-shanghai", text: "徐州" }[name] ?? "city-xuzhou";
  if (name === "id") {
    return parent === "source" ? `src-${tag}-fz` : parent === "agreement" ? `agreement-${tag}-x` : `ent-${tag}-a`;
  }
  return (
    {
      sourceId: `src-${tag}`,
      from: `ent-${tag}-a`,
      to: `ent-${tag}-b`,
      parties: `ent-${tag}-a`,
      title: "模糊测试",
      // A valid scene fragment, so a hostile scene name reaches the write.
      state: "scene=fuzz",
      script: "Hans",
      name: "模糊",
      quote: "q",
      key: "count",
    }[name] ?? "x"
  );
}

const ENUM_BASELINE: Record<string, string> = { entity: "Enterprise", agreement: "Agreement", type: "COOPERATES_WITH" };

/** A value for `type` holding only required parts; at `fuzz` (a path below here) the hostile string. */
function valueFor(
  root: string,
  type: GraphQLInputType,
  path: string[],
  fuzz: string[] | undefined,
  text: string,
): unknown {
  if (isNonNullType(type)) return valueFor(root, type.ofType, path, fuzz, text);
  if (isListType(type)) return [valueFor(root, type.ofType as GraphQLInputType, path, fuzz, text)];
  if (fuzz && fuzz.length === 0) return text;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      const below = fuzz?.[0] === f.name ? fuzz.slice(1) : undefined;
      if (below || (isNonNullType(f.type) && f.defaultValue === undefined)) {
        out[f.name] = valueFor(root, f.type, [...path, f.name], below, text);
      }
    }
    return out;
  }
  if (isEnumType(type)) {
    return (
      ENUM_BASELINE[path[path.length - 2] ?? ""] ?? ENUM_BASELINE[path[path.length - 1]!] ?? type.getValues()[0]!.name
    );
  }
  if (type.name === "String" || type.name === "ID") return baseline(root, path);
  if (type.name === "Int" || type.name === "Float") return 1;
  if (type.name === "Boolean") return false;
  return {}; // JSONObject
}

/** Paths (field names below the argument) of every String or ID inside an argument's type. */
function stringPaths(type: GraphQLInputType, seen = new Set<string>()): string[][] {
  if (isNonNullType(type) || isListType(type)) return stringPaths(type.ofType as GraphQLInputType, seen);
  if (isScalarType(type)) return type.name === "String" || type.name === "ID" ? [[]] : [];
  if (!isInputObjectType(type) || seen.has(type.name)) return [];
  return Object.values(type.getFields()).flatMap(f =>
    stringPaths(f.type, new Set([...seen, type.name])).map(p => [f.name, ...p]),
  );
}

interface Case {
  operation: "query" | "mutation";
  field: string;
  at: string;
  text: string;
  query: string;
  variables: Record<string, unknown>;
}

function casesFor(operation: "query" | "mutation", root: GraphQLObjectType): Case[] {
  const cases: Case[] = [];
  for (const field of Object.values(root.getFields()) as GraphQLField<unknown, unknown>[]) {
    for (const arg of field.args) {
      for (const path of stringPaths(arg.type)) {
        for (const text of INJECTIONS) cases.push(caseOf(operation, field, arg, path, text));
      }
    }
  }
  return cases;
}

function caseOf(
  operation: "query" | "mutation",
  field: GraphQLField<unknown, unknown>,
  fuzzed: GraphQLArgument,
  path: string[],
  text: string,
): Case {
  const args = field.args.filter(a => a === fuzzed || (isNonNullType(a.type) && a.defaultValue === undefined));
  const variables = Object.fromEntries(
    args.map(a => [a.name, valueFor(field.name, a.type, [a.name], a === fuzzed ? path : undefined, text)]),
  );
  const declared = args.map(a => `$${a.name}: ${String(a.type)}`).join(", ");
  // A field answering on two networks reads `scope`, `via` and `through` on the fact network only: fuzz them
  // there, so the text reaches the fact-graph query rather than being refused as a PARTNERSHIP argument.
  const onFacts = field.args.some(a => a.name === "network") && !["network", "partnership"].includes(fuzzed.name);
  const passed = [...args.map(a => `${a.name}: $${a.name}`), ...(onFacts ? ["network: FACTS"] : [])].join(", ");
  const selection = isLeafType(getNamedType(field.type)) ? "" : " { __typename }";
  return {
    operation,
    field: field.name,
    at: [fuzzed.name, ...path].join("."),
    text,
    query: `${operation} Fuzz${declared ? `(${declared})` : ""} { ${field.name}${passed ? `(${passed})` : ""}${selection} }`,
    variables,
  };
}

// Codes a refusal may carry; INTERNAL_SERVER_ERROR would mean an unhandled failure (a driver or Cypher error).
const CLEAN_CODES = new Set([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "AMBIGUOUS",
  "LIMIT_EXCEEDED",
  "GRAPHQL_VALIDATION_FAILED",
]);
const LEAK = /neo4j|cypher|Neo\.|ClientError|TransientError|DatabaseError|MATCH \(|syntax error/i;

let service: TestService;
let cases: { query: Case[]; mutation: Case[] };
const outcomes = new Map<string, number>();
const problems: string[] = [];
let before: GraphChecksum;

async function send(c: Case): Promise<void> {
  let res: GraphQLResponse;
  try {
    // With an editor key, so fields that need one (mutations, extractFacts) are fuzzed too, not refused at the door.
    res = await service.gql(c.query, c.variables, EDITOR);
  } catch (err) {
    problems.push(`${c.field}(${c.at}) ${JSON.stringify(c.text.slice(0, 30))}: no answer (${(err as Error).message})`);
    return;
  }
  const where = `${c.field}(${c.at}) ${JSON.stringify(c.text.slice(0, 30))}`;
  if (res.status >= 500) problems.push(`${where}: HTTP ${res.status}`);
  if (res.errors?.length) {
    for (const e of res.errors) {
      const code = String(e.extensions?.code);
      outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
      if (!CLEAN_CODES.has(code)) problems.push(`${where}: ${code} ${e.message.slice(0, 120)}`);
      // Messages may quote the input back (truncated); only what is left besides it could be leaked database text.
      const own = e.message.split(c.text).join("").split(c.text.slice(0, 40)).join("");
      if (LEAK.test(own)) problems.push(`${where}: message leaks database text: ${e.message.slice(0, 120)}`);
    }
  } else if (res.data && res.data[c.field] !== undefined) {
    outcomes.set("answered", (outcomes.get("answered") ?? 0) + 1);
  } else {
    problems.push(`${where}: neither data nor errors`);
  }
}

/** A few at a time: the machine has two cores and GDS calls in the mix take a while each. */
async function sendAll(list: Case[], parallel = 4): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < list.length) await send(list[next++]!);
    }),
  );
}

beforeAll(async () => {
  const schema = await buildInnographSchema();
  cases = {
    query: casesFor("query", schema.getQueryType()!),
    mutation: casesFor("mutation", schema.getMutationType()!),
  };
  service = await startTestService();
  before = await graphChecksum(service.app.db);
});

afterAll(async () => {
  await service.app.db.write("test/delete-tagged-writes", { tag });
  await service.stop();
});

describe("injection fuzzing", () => {
  it("should cover every string and ID argument of every query and mutation", () => {
    const fields = (list: Case[]) => new Set(list.map(c => c.field));
    for (const f of [
      "entity",
      "entities",
      "search",
      "partnershipPaths",
      "neighbourhood",
      "subgraph",
      "centrality",
      "communities",
    ]) {
      expect(fields(cases.query).has(f)).toBe(true);
    }
    expect([...fields(cases.mutation)].sort()).toEqual([
      "addSource",
      "deleteScene",
      "saveScene",
      "upsertAgreement",
      "upsertEntity",
      "upsertRelation",
    ]);
    expect(cases.mutation.some(c => c.at === "agreement.evidence.quote")).toBe(true);
  });

  it("should answer every hostile query with a clean error or a result, and change nothing", async () => {
    await sendAll(cases.query);
    expect(problems).toEqual([]);
    expect(await graphChecksum(service.app.db)).toEqual(before);
  });

  it("should answer every hostile write with a clean error or a literal write, and touch nothing outside its own ids", async () => {
    const setup = [
      [`mutation { addSource(source: { id: "src-${tag}", title: "模糊测试", script: "Hans", text: "q" }) { id } }`],
      ...["a", "b"].map(x => [
        `mutation { upsertEntity(sourceId: "src-${tag}", entity: { id: "ent-${tag}-${x}", kind: Enterprise, name: "模糊${x}", evidence: [{ quote: "q" }] }) { id } }`,
      ]),
    ];
    for (const [q] of setup) expect((await service.gql(q!, {}, EDITOR)).errors).toBeUndefined();
    const since = new Date().toISOString();
    await sendAll(cases.mutation, 2);
    expect(problems).toEqual([]);
    await service.app.db.write("test/delete-tagged-writes", { tag });
    // Saved scenes are named by the hostile text itself (trimmed on save), not by the run's tag.
    const names = INJECTIONS.flatMap(text => [text, text.trim()]);
    await service.app.db.write("test/delete-fuzzed-scenes", { names, since });
    expect(await graphChecksum(service.app.db)).toEqual(before);
    const sent = cases.query.length + cases.mutation.length;
    process.stdout.write(
      `fuzz: ${sent} cases (${cases.query.length} query, ${cases.mutation.length} mutation; ${INJECTIONS.length} strings); ` +
        `outcomes ${JSON.stringify(Object.fromEntries([...outcomes].sort()))}; graph ${before.nodes} nodes, ${before.relationships} relationships, sha256 ${before.sha256.slice(0, 16)} unchanged\n`,
    );
  });
});

/** Every Int argument of every query field, at the edges: below any minimum, zero, and the largest Int. */
function intCases(root: GraphQLObjectType): Case[] {
  const cases: Case[] = [];
  for (const field of Object.values(root.getFields()) as GraphQLField<unknown, unknown>[]) {
    for (const arg of field.args) {
      if (getNamedType(arg.type).name !== "Int") continue;
      for (const value of [-1, 0, 2_147_483_647]) {
        const c = caseOf("query", field, arg, [], "");
        cases.push({
          ...c,
          at: `${arg.name}=${value}`,
          text: String(value),
          variables: { ...c.variables, [arg.name]: value },
        });
      }
    }
  }
  return cases;
}

describe("limit fuzzing", () => {
  it("should answer every Int argument at its edges with a result or a clean refusal, and change nothing", async () => {
    const schema = await buildInnographSchema();
    const edges = intCases(schema.getQueryType()!);
    expect(edges.some(c => c.field === "centrality" && c.at === "first=-1")).toBe(true);
    await sendAll(edges);
    expect(problems).toEqual([]);
    expect(await graphChecksum(service.app.db)).toEqual(before);
  });

  it.each([6, 7, 8, 12])(
    "should refuse nested partners at %d levels as LIMIT_EXCEEDED before running it",
    async levels => {
      const res = await service.gql(nestedPartners(levels));
      expect(res.status).toBe(400);
      expect(res.errors?.map(e => e.extensions?.code)).toContain("LIMIT_EXCEEDED");
    },
  );

  it.each(["2022-13", "2022-02-30", "0000-00", "2022-1-1"])(
    "should refuse the scope date %s as bad input",
    async date => {
      const res = await service.gql(`query Q($d: String!) { subgraph(scope: { dateFrom: $d }) { truncated } }`, {
        d: date,
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    },
  );
});
