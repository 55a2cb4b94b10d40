import "reflect-metadata";
import { parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { entityProjection, relationProjection, selectedFields } from "../../../src/graphql/entity/selection";

/** The selection set under the document's first root field, and the document's fragments. */
function under(query: string) {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
  const root = op.selectionSet.selections[0] as FieldNode;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === "FragmentDefinition")
      .map(f => [f.name.value, f]),
  );
  return { sets: [root.selectionSet!], fragments };
}

const entityOf = (query: string, withLists = false) => {
  const { sets, fragments } = under(query);
  return entityProjection(selectedFields(sets, fragments).keys(), withLists);
};

describe("what a query's selection reads", () => {
  it("should read only the id, kind, name and the stored fields selected of an entity", () => {
    expect(entityOf(`{ city { name nameEn ... on Event { date } } }`)).toEqual({
      all: false,
      props: ["date", "id", "kind", "name", "nameEn"],
    });
  });

  it("should read no property for a link, relation or partner field, which the entity's id answers", () => {
    expect(entityOf(`{ e { id agreements { id } relations { type } partners { id } __typename } }`)).toEqual({
      all: false,
      props: ["id", "kind", "name"],
    });
  });

  it("should count fields in named fragments and under @include", () => {
    const query = `query($x: Boolean!) { e { ...F venue @include(if: $x) } } fragment F on Event { eventType }`;
    expect(entityOf(query).props).toEqual(["eventType", "id", "kind", "name", "venue"]);
  });

  it("should read every property for a field it does not know", () => {
    expect(entityOf(`{ e { name somethingNew } }`).all).toBe(true);
  });

  it("should leave an entity's lists to a read by id, unless the entity is asked for on its own", () => {
    expect(entityOf(`{ e { name evidence { quote } } }`)).toEqual({ all: false, props: ["id", "kind", "name"] });
    expect(entityOf(`{ e { name evidence { quote } } }`, true).all).toBe(true);
  });

  it("should read a relationship's evidence, sources and modalities only when its evidence is selected", () => {
    const plain = under(`{ relations { type role other { name } } }`);
    expect(relationProjection(plain.sets, plain.fragments).relation.props).toEqual(["id", "modality", "role"]);
    const quoted = under(`{ relations { type evidence { quote } } }`);
    expect(relationProjection(quoted.sets, quoted.fragments).relation.props).toEqual([
      "evidence",
      "id",
      "modality",
      "sourceModalities",
      "sources",
    ]);
  });

  it("should read every property of a relationship when its properties are selected", () => {
    const { sets, fragments } = under(`{ relations { properties } }`);
    expect(relationProjection(sets, fragments).relation.all).toBe(true);
  });

  it("should read of the entity at a relation's ends what `other`, `from` and `to` select", () => {
    const { sets, fragments } = under(`{ relations { other { nameEn } to { pinyin } } }`);
    expect(relationProjection(sets, fragments).other.props).toEqual(["id", "kind", "name", "nameEn", "pinyin"]);
  });
});
