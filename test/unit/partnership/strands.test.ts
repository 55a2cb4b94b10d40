import { strandsByPair } from "../../../src/partnership/tie-rules";
import type { FactLink, JointFact } from "../../../src/partnership/tie-record";

const link = (who: string, quote: string): FactLink => ({
  id: `${who}-attended-event-fair`,
  type: "ATTENDED",
  sources: ["src-fair"],
  evidence: [JSON.stringify({ source: "src-fair", quote })],
});
const hub = { id: "event-fair", kind: "Event", name: "博览会" };
const ofA = link("city-a", "甲市出席");
const ofB = link("city-b", "乙市出席");

describe("strands of a pair", () => {
  it("should be the same whichever of the two the joint fact was read from", () => {
    const fromA: JointFact = { a: "city-a", b: "city-b", linkType: "ATTENDED", hub, links: [ofA, ofB] };
    const fromB: JointFact = { a: "city-b", b: "city-a", linkType: "ATTENDED", hub, links: [ofB, ofA] };
    const published = new Map<string, string | null>([["src-fair", "2024-05-01"]]);
    const [one] = strandsByPair([fromA], published);
    const [other] = strandsByPair([fromB], published);
    expect(one!.strands[0]!.evidence).toHaveLength(2);
    expect(other).toEqual(one);
  });
});
