import { ApolloServer } from "@apollo/server";
import { buildInnographSchema } from "../../../src/graphql/build-schema";
import { inputFieldPlugin } from "../../../src/graphql/input-field";

// Variables graphql-js refuses before any resolver runs: each error names the argument path a client wrote
// against. No database: the operation never gets past its variables.
let server: ApolloServer;

beforeAll(async () => {
  server = new ApolloServer({ schema: await buildInnographSchema(), plugins: [inputFieldPlugin()] });
  await server.start();
});

afterAll(async () => {
  await server.stop();
});

const UPSERT = `mutation($src: ID!, $rel: RelationInput!) { upsertRelation(sourceId: $src, relation: $rel) { id } }`;
const relation = { type: "HOSTED", from: "org-a", to: "event-b", evidence: [{ quote: "q" }] };

async function errorsOf(query: string, variables: Record<string, unknown>) {
  const res = await server.executeOperation({ query, variables });
  if (res.body.kind !== "single") throw new Error("expected a single result");
  return (res.body.singleResult.errors ?? []).map(e => e.extensions);
}

describe("input fields of refused variables", () => {
  it.each([
    ["an unknown enum value", { modality: "MAYBE" }, "relation.modality", /must be one of ACTUAL, PLANNED, ASPIRATION/],
    ["an unknown field", { modalty: "PLANNED" }, "relation.modalty", /not defined/],
    ["a value of the wrong type", { evidence: [{ quote: 7 }] }, "relation.evidence[0].quote", /String/],
  ])("should name the argument path of %s", async (_what, extra, field, reason) => {
    const [ext, ...more] = await errorsOf(UPSERT, { src: "src-x", rel: { ...relation, ...extra } });
    expect(more).toEqual([]);
    expect(ext).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(String(ext?.reason)).toMatch(reason);
  });

  it("should name each of several refused values of one variable at its own path", async () => {
    const bad = { ...relation, modality: "MAYBE", dateBasis: "GUESS" };
    const fields = (await errorsOf(UPSERT, { src: "src-x", rel: bad })).map(e => e?.field);
    expect(fields.sort()).toEqual(["relation.dateBasis", "relation.modality"]);
  });

  it("should name a required variable left out by the argument it stands for", async () => {
    const [ext] = await errorsOf(UPSERT, { src: "src-x" });
    expect(ext).toMatchObject({ code: "BAD_USER_INPUT", field: "relation" });
  });

  it("should name a variable used inside an object literal by its full path", async () => {
    const query = `mutation($m: Modality) {
      upsertRelation(sourceId: "src-x", relation: { type: HOSTED, from: "org-a", to: "event-b", modality: $m, evidence: [] }) { id }
    }`;
    const [ext] = await errorsOf(query, { m: "SOMEDAY" });
    expect(ext).toMatchObject({ code: "BAD_USER_INPUT", field: "relation.modality" });
  });
});
