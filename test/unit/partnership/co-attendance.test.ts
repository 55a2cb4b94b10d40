import { TieKind } from "../../../src/domain/partnership";
import { mergeTies } from "../../../src/partnership/co-attendance";
import type { Strand } from "../../../src/partnership/tie-record";
import type { StoredTie } from "../../../src/partnership/tie-record";

const strand = (kind: TieKind, via: string): Strand => ({
  kind,
  via,
  viaName: null,
  modality: "ACTUAL" as Strand["modality"],
  evidenceKind: "STATED" as Strand["evidenceKind"],
  sources: ["src-x"],
  factIds: [`${via}-fact`],
  evidence: [],
  date: null,
  basis: null,
  precision: null,
  start: null,
  end: null,
});

describe("stored ties merged with derived co-attendance ties", () => {
  const stored: StoredTie[] = [
    { a: "org-a", b: "org-b", strands: [strand(TieKind.CO_PARTY, "agreement-1")] },
    { a: "org-b", b: "org-c", strands: [strand(TieKind.COOPERATION, "coop-1")] },
  ];

  it("should give a pair with both kinds of tie one tie holding the strands of both, in a tie's strand order", () => {
    const derived: StoredTie[] = [{ a: "org-a", b: "org-b", strands: [strand(TieKind.CO_ATTENDANCE, "event-1")] }];
    const [ab] = mergeTies(stored, derived);
    expect(ab!.strands.map(s => s.kind)).toEqual([TieKind.CO_ATTENDANCE, TieKind.CO_PARTY]);
  });

  it("should add a pair that only attended together as a tie of its own, in pair order", () => {
    const derived: StoredTie[] = [{ a: "org-a", b: "org-c", strands: [strand(TieKind.CO_ATTENDANCE, "event-1")] }];
    expect(mergeTies(stored, derived).map(t => `${t.a}-${t.b}`)).toEqual(["org-a-org-b", "org-a-org-c", "org-b-org-c"]);
  });

  it("should leave the stored ties as they are when nothing is derived", () => {
    expect(mergeTies(stored, [])).toBe(stored);
  });
});
