import { EntityKind } from "../../../src/domain/entity-kind";
import { scopeParams } from "../../../src/domain/graph-scope";
import { RelationType } from "../../../src/domain/relation-type";

describe("scopeParams", () => {
  it("should read a missing scope as the whole graph: empty lists and no bounds", () => {
    // Analytics count ACTUAL facts unless told otherwise.
    const whole = {
      scope: { kinds: [], relationTypes: [], corridor: null, sources: [], ids: [], dateFrom: null, dateTo: null },
      modalities: ["ACTUAL"],
    };
    expect(scopeParams(undefined)).toEqual(whole);
    expect(scopeParams(null)).toEqual(whole);
    expect(scopeParams({})).toEqual(whole);
  });

  it("should pass every condition through in the one scope map, the modalities beside it", () => {
    const scope = {
      kinds: [EntityKind.City],
      relationTypes: [RelationType.MEMBER_OF],
      corridor: "corridor-g60",
      sources: ["s1"],
      ids: ["a", "b"],
      dateFrom: "2022-09",
    };
    expect(scopeParams(scope)).toEqual({ scope: { ...scope, dateTo: null }, modalities: ["ACTUAL"] });
  });

  // Sortable dates compare as text, so "2022-09-99" is after every day of September 2022 and before October.
  it.each([
    ["2022", "2022-99", ["2022-12-31", "2022-01", "2022"], ["2023", "2023-01-01"]],
    ["2022-09", "2022-09-99", ["2022-09-30", "2022-09", "2022"], ["2022-10", "2022-10-01"]],
    ["2022-09-07", "2022-09-07", ["2022-09-07", "2022-09"], ["2022-09-08"]],
  ])("should make the upper bound %s include all of it (%s)", (dateTo, bound, inside, outside) => {
    const to = scopeParams({ dateTo }).scope.dateTo!;
    expect(to).toBe(bound);
    for (const d of inside) expect(d <= to).toBe(true);
    for (const d of outside) expect(d <= to).toBe(false);
  });
});
