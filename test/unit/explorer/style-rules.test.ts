import type { NodeData } from "../../../explorer/src/api";
import {
  COMMUNITY_COLOURS,
  communityColour,
  gradientColour,
  KIND_RULE,
  numericKeys,
  numericValue,
  OTHER_COMMUNITY,
  readRule,
  ruleFromKey,
  ruleKey,
} from "../../../explorer/src/style/style-rules";

const node = (degree: number, properties: Record<string, unknown> = {}): NodeData => ({
  id: "n",
  kind: "City",
  caption: "n",
  captionHant: "n",
  captionEn: "n",
  degree,
  properties,
  reportedOn: null,
});

describe("style rules", () => {
  it("should run the gradient from its first to its last stop, clamping what lies outside", () => {
    expect(gradientColour(0)).toBe("#ffeda0");
    expect(gradientColour(1)).toBe("#253494");
    expect(gradientColour(-3)).toBe(gradientColour(0));
    expect(gradientColour(7)).toBe(gradientColour(1));
    expect(gradientColour(Number.NaN)).toBe(gradientColour(0));
    expect(gradientColour(0.5)).not.toBe(gradientColour(0.4));
  });

  it("should give each of the biggest communities its own colour and the rest one shared colour", () => {
    const colours = COMMUNITY_COLOURS.map((_c, i) => communityColour(i));
    expect(new Set(colours).size).toBe(COMMUNITY_COLOURS.length);
    expect(colours).not.toContain(OTHER_COMMUNITY);
    expect(communityColour(COMMUNITY_COLOURS.length)).toBe(OTHER_COMMUNITY);
  });

  it("should offer degree and the stored numbers as gradients, and read no value from text", () => {
    const nodes = [node(3, { founded: 1998, name: "x" }), node(1, { area: 12.5, founded: "1998" })];
    expect(numericKeys(nodes)).toEqual(["degree", "area", "founded"]);
    expect(numericValue(nodes[0]!, "degree")).toBe(3);
    expect(numericValue(nodes[1]!, "founded")).toBeUndefined();
    expect(numericValue(nodes[1]!, "area")).toBe(12.5);
  });

  it.each([
    [{ by: "KIND" } as const],
    [{ by: "COMMUNITY", algorithm: "LEIDEN", network: "SCENE" } as const],
    [{ by: "COMMUNITY", algorithm: "WCC", network: "PARTNERSHIP" } as const],
    [{ by: "PROPERTY", key: "degree" } as const],
  ])("should read back the rule %j from the menu and from a link", rule => {
    const network = rule.by === "COMMUNITY" ? rule.network : "PARTNERSHIP";
    expect(ruleFromKey(ruleKey(rule), network)).toEqual(rule);
    expect(readRule(JSON.parse(JSON.stringify(rule)))).toEqual(rule);
  });

  it.each([undefined, null, 3, "KIND", {}, { by: "COMMUNITY", algorithm: "NOPE" }, { by: "PROPERTY" }])(
    "should read %j from an old or damaged link as colour by kind",
    v => expect(readRule(v)).toEqual(KIND_RULE),
  );
});
