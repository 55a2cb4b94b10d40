import { MESSAGES } from "../../../explorer/src/i18n/messages";
import type { Chain, ChainStep, Tie } from "../../../explorer/src/partnership/partnership-api";
import { chainSummary } from "../../../explorer/src/paths/chain-summary";

// The text a researcher copies into a report must say when no quote states a step: an implied fact, or a tie
// whose best strand is only implied, is marked; a stated one is not.
const implied = MESSAGES["value.evidenceKind.IMPLIED"][0];
const stated = MESSAGES["value.evidenceKind.STATED"][0];
const source = { id: "src-1", title: "来源", publisher: "报社", publishedOn: "2024-05-01" };
const evidence = [{ quote: "甲乙合作", source }];

const tie = (evidenceKind: string): Tie => ({
  a: { id: "a" },
  b: { id: "b" },
  kinds: ["COOPERATION"],
  weight: 3,
  modality: "ACTUAL",
  evidenceKind,
  first: null,
  last: null,
  members: [],
  strands: [
    {
      kind: "COOPERATION",
      modality: "ACTUAL",
      evidenceKind,
      viaName: null,
      date: { date: null, basis: null },
      evidence,
    },
  ],
});
const step = (over: Partial<ChainStep>): ChainStep => ({
  from: { id: "a" },
  to: { id: "b" },
  modality: "ACTUAL",
  evidenceKind: null,
  relationId: null,
  sentence: "甲 — 乙",
  evidence: [],
  tie: null,
  ...over,
});
const chain = (steps: ChainStep[]): Chain => ({ length: steps.length, nodes: [], steps });
const stepLines = (text: string) => text.split("\n").filter(l => /^\d+\. /.test(l));

describe("a path copied as text", () => {
  it("should mark the facts and ties no quote states, and only those", () => {
    const text = chainSummary(
      chain([
        step({ evidenceKind: "IMPLIED", relationId: "r1", evidence }),
        step({ evidenceKind: "STATED", relationId: "r2", evidence }),
        step({ tie: tie("IMPLIED") }),
        step({ tie: tie("STATED") }),
      ]),
      1,
      id => id,
    );
    const lines = stepLines(text);
    expect(lines).toHaveLength(4);
    expect(lines.map(l => l.includes(implied))).toEqual([true, false, true, false]);
    expect(lines.some(l => l.includes(stated))).toBe(false);
  });
});
