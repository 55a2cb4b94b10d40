import { EntityKind } from "../../../src/domain/entity-kind";
import { toEntity, type StoredEntity } from "../../../src/entity/entity-record";

const stored = (lists: Partial<StoredEntity>): StoredEntity => ({
  id: "city-xuzhou",
  kind: EntityKind.City,
  name: "徐州",
  ...lists,
});

describe("toEntity", () => {
  it("should parse the stored evidence and attributes into records, keeping the other properties", () => {
    const evidence = { source: "src-1", quote: "徐州与连云港签署协议" };
    const attribute = { key: "members", value: 10, unit: "家", source: "src-1", quote: "10多家", qualifier: "OVER" };
    const entity = toEntity(
      stored({ evidence: [JSON.stringify(evidence)], attributes: [JSON.stringify(attribute)], sources: ["src-1"] }),
    );
    expect(entity).toEqual({
      id: "city-xuzhou",
      kind: EntityKind.City,
      name: "徐州",
      evidence: [evidence],
      attributes: [attribute],
      sources: ["src-1"],
    });
  });

  it("should keep lists a statement left out (null) as null, so they can be read by id later", () => {
    const entity = toEntity(stored({ evidence: null, attributes: null }));
    expect(entity.evidence).toBeNull();
    expect(entity.attributes).toBeNull();
  });

  it("should leave absent lists absent", () => {
    const entity = toEntity(stored({}));
    expect("evidence" in entity).toBe(false);
    expect("attributes" in entity).toBe(false);
  });
});
