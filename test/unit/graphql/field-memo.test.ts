import { execute, parse, type DocumentNode, type GraphQLSchema } from "graphql";
import { buildInnographSchema } from "../../../src/graphql/build-schema";
import type { LinkPlan } from "../../../src/entity/links";
import type { Projection } from "../../../src/entity/projection";

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildInnographSchema();
});

interface Asked {
  entity: Projection;
  plan: readonly LinkPlan[];
}

/** Runs a document as Apollo does (parsed once, executed per request) and returns what `entity` asked the loader. */
async function asked(document: DocumentNode, variableValues: Record<string, unknown> = {}): Promise<Asked> {
  const calls: Asked[] = [];
  const contextValue = {
    role: "reader",
    credentialGiven: false,
    services: {},
    loaders: {
      entityWithLinks: (_id: string, entity: Projection, plan: readonly LinkPlan[]) => {
        calls.push({ entity, plan });
        return Promise.resolve(null);
      },
    },
  };
  const result = await execute({ schema, document, variableValues, contextValue });
  expect(result.errors).toBeUndefined();
  expect(calls).toHaveLength(1);
  return calls[0]!;
}

const shape = (plan: readonly LinkPlan[]): unknown =>
  plan.map(p => ({ link: p.link, kinds: p.parentKinds, props: p.other.props, sub: shape(p.sub) }));

const NESTED = parse(`query($id: ID!, $withCity: Boolean!) { entity(id: $id) { id name ... on Event { date
  city @include(if: $withCity) { id }
  agreements { id name parties { id name kind } } } } }`);

describe("what the entity query reads ahead, derived once per document", () => {
  it("should hand the loader the same plan and projection when the same document runs again", async () => {
    const first = await asked(NESTED, { id: "e1", withCity: true });
    const again = await asked(NESTED, { id: "e2", withCity: false });
    expect(shape(first.plan)).toEqual([
      {
        link: "agreementsSigned",
        kinds: ["Event"],
        props: ["id", "kind", "name"],
        sub: [{ link: "parties", kinds: ["Agreement"], props: ["id", "kind", "name"], sub: [] }],
      },
    ]);
    expect(first.entity).toEqual({ all: false, props: ["date", "id", "kind", "name"] });
    expect(again.plan).toBe(first.plan);
    expect(again.entity).toBe(first.entity);
  });

  it("should derive another document's plan from that document, even for the same query text", async () => {
    const other = await asked(parse(`{ entity(id: "e1") { id ... on Event { speakers { id nameEn } } } }`));
    expect(shape(other.plan)).toEqual([
      { link: "speakers", kinds: ["Event"], props: ["id", "kind", "name", "nameEn"], sub: [] },
    ]);
    const reparsed = parse(`{ entity(id: "e1") { id ... on Event { speakers { id nameEn } } } }`);
    const again = await asked(reparsed);
    expect(again.plan).not.toBe(other.plan);
    expect(shape(again.plan)).toEqual(shape(other.plan));
  });
});
