import { EvidenceKind } from "../../../src/domain/fact-meaning";
import { storedStrand } from "../../../src/partnership/tie-evidence";
import { strandsByPair, tieOf } from "../../../src/partnership/tie-rules";
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

  it("should be as well supported as its least supported fact, and a tie as its best supported strand", () => {
    const published = new Map<string, string | null>([["src-fair", "2024-05-01"]]);
    const implied = { ...ofB, evidenceKind: EvidenceKind.IMPLIED };
    const coop: FactLink = { ...link("city-a", "甲乙合作"), id: "coop-ab", type: "COOPERATES_WITH" };
    const [pair] = strandsByPair(
      [
        { a: "city-a", b: "city-b", linkType: "ATTENDED", hub, links: [ofA, implied] },
        { a: "city-a", b: "city-b", linkType: "COOPERATES_WITH", hub: null, links: [coop] },
      ],
      published,
    );
    const byVia = new Map(pair!.strands.map(s => [s.via, s.evidenceKind]));
    expect(byVia).toEqual(
      new Map([
        ["event-fair", EvidenceKind.IMPLIED],
        ["coop-ab", EvidenceKind.STATED],
      ]),
    );
    expect(tieOf("city-a", "city-b", pair!.strands)!.evidenceKind).toBe(EvidenceKind.STATED);
    const onlyImplied = pair!.strands.filter(s => s.via === "event-fair");
    expect(tieOf("city-a", "city-b", onlyImplied)!.evidenceKind).toBe(EvidenceKind.IMPLIED);
    // An implied hub makes the strand implied even when both parties' links are stated.
    const [viaImpliedHub] = strandsByPair(
      [{ a: "city-a", b: "city-b", linkType: "ATTENDED", hub: { ...hub, evidenceKind: "IMPLIED" }, links: [ofA, ofB] }],
      published,
    );
    expect(viaImpliedHub!.strands[0]!.evidenceKind).toBe(EvidenceKind.IMPLIED);
  });

  it("should read a strand stored before strands carried an evidence kind as STATED", () => {
    const [pair] = strandsByPair(
      [{ a: "city-a", b: "city-b", linkType: "ATTENDED", hub, links: [ofA, ofB] }],
      new Map(),
    );
    const { evidenceKind, ...old } = pair!.strands[0]!;
    expect(evidenceKind).toBe(EvidenceKind.STATED);
    expect(storedStrand(JSON.stringify(old))).toEqual(pair!.strands[0]);
    const implied = { ...pair!.strands[0]!, evidenceKind: EvidenceKind.IMPLIED };
    expect(storedStrand(JSON.stringify(implied)).evidenceKind).toBe(EvidenceKind.IMPLIED);
  });
});
