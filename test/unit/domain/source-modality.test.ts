import { Modality } from "../../../src/domain/fact-meaning";
import { mostActual, parseSourceModalities, sourceModalityEntry } from "../../../src/domain/source-modality";
import { modalityBySource } from "../../../src/entity/fact-meaning-record";

const { ACTUAL, PLANNED, ASPIRATION } = Modality;

describe("mostActual", () => {
  it.each([
    [[PLANNED, ACTUAL], ACTUAL],
    [[ACTUAL, PLANNED], ACTUAL],
    [[ASPIRATION, PLANNED], PLANNED],
    [[ASPIRATION], ASPIRATION],
    [[], null],
  ])("should make %p a fact of %p: done is done, whatever else is said and in whatever order", (given, want) => {
    expect(mostActual(given)).toBe(want);
  });
});

describe("parseSourceModalities", () => {
  it("should read back each source's own modality and skip what is not an entry", () => {
    const stored = [sourceModalityEntry("src-a", ACTUAL), sourceModalityEntry("src-b", PLANNED), "src-c", "src-d:DONE"];
    expect([...parseSourceModalities(stored)]).toEqual([
      ["src-a", ACTUAL],
      ["src-b", PLANNED],
    ]);
    expect(parseSourceModalities(null).size).toBe(0);
  });
});

describe("modalityBySource", () => {
  const fact = { modality: ACTUAL, sources: ["src-a", "src-b"], sourceModalities: ["src-a:ACTUAL", "src-b:PLANNED"] };

  it("should show each quote with its own source's modality, not the fact's", () => {
    expect(modalityBySource(fact)("src-a")).toBe(ACTUAL);
    expect(modalityBySource(fact)("src-b")).toBe(PLANNED);
  });

  it("should give a quote from a source that did not load the fact the last loading source's modality", () => {
    expect(modalityBySource(fact)("src-elsewhere")).toBe(PLANNED);
  });

  it("should read a fact stored before sources kept their own as its stored modality, absent as ACTUAL", () => {
    expect(modalityBySource({ modality: PLANNED, sources: ["src-a"] })("src-a")).toBe(PLANNED);
    expect(modalityBySource({ sources: ["src-a"] })("src-a")).toBe(ACTUAL);
  });
});
