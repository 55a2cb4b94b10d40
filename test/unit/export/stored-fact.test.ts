import { entityRecord, relationRecord } from "../../../src/export/seed-records";
import { ExportError } from "../../../src/export/stored-fact";

const pages = new Map<string, string | null>([
  ["src-early", "2022-09-09"],
  ["src-late", "2024-09-24"],
]);
const quote = (source: string, q: string) => JSON.stringify({ source, quote: q });

/** An event both sources name; the early page dates its day, the later one adds nothing to the date. */
const event = {
  id: "event-talks",
  kind: "Event",
  name: "恳谈会",
  nameHant: "懇談會",
  aliases: [],
  pinyin: "ken tan hui",
  searchKeyText: "|x|",
  sources: ["src-early", "src-late"],
  evidence: [quote("src-early", "恳谈会召开"), quote("src-late", "恳谈会")],
  attributes: [JSON.stringify({ key: "participants", value: 200, unit: null, source: "src-late", quote: "200余人" })],
  venue: "上海",
  date: "--09-07",
  dateResolved: "2022-09-07",
  dateBasis: "FROM_PAGE_DATE",
  datePrecision: "DAY",
  sortDate: "2022-09-07",
  year: 2022,
  modality: "PLANNED",
  evidenceKind: "IMPLIED",
  writtenBy: "key-1",
};

describe("a stored fact as a source's seed record", () => {
  it("should give each source its own quotes and figures, and leave derived and audit fields out", () => {
    const early = entityRecord(event, "src-early", pages);
    const late = entityRecord(event, "src-late", pages);
    expect(early.evidence).toEqual([{ quote: "恳谈会召开" }]);
    expect(late.evidence).toEqual([{ quote: "恳谈会" }]);
    expect(early.attributes).toBeUndefined();
    expect(late.attributes).toEqual([{ key: "participants", value: 200, quote: "200余人" }]);
    for (const record of [early, late]) {
      expect(record.properties).toEqual({ venue: "上海" });
      expect(record).toMatchObject({ id: "event-talks", kind: "Event", name: "恳谈会", nameHant: "懇談會" });
      for (const derived of ["pinyin", "searchKeyText", "sortDate", "year", "writtenBy", "sources"]) {
        expect(record).not.toHaveProperty(derived);
      }
    }
  });

  it("should let the last source write the stored meaning and the page that dates the day write the date", () => {
    const early = entityRecord(event, "src-early", pages);
    const late = entityRecord(event, "src-late", pages);
    expect(late).toMatchObject({ modality: "PLANNED", evidenceKind: "IMPLIED" });
    expect(late).not.toHaveProperty("date");
    expect(early).toMatchObject({ date: "--09-07", dateResolved: "2022-09-07", dateBasis: "FROM_PAGE_DATE" });
    expect(early).not.toHaveProperty("modality");
  });

  it("should give each source the modality it gave, whatever the stored one derived from them all", () => {
    const given = { ...event, modality: "ACTUAL", sourceModalities: ["src-early:ACTUAL", "src-late:PLANNED"] };
    expect(entityRecord(given, "src-early", pages)).toMatchObject({ modality: "ACTUAL" });
    expect(entityRecord(given, "src-late", pages)).toMatchObject({ modality: "PLANNED" });
    expect(entityRecord(given, "src-late", pages)).not.toHaveProperty("sourceModalities");
    expect(entityRecord(given, "src-late", pages).properties).toEqual({ venue: "上海" });
  });

  it("should mark a source's share BACKGROUND when it holds none of the fact's quotes", () => {
    const tie = {
      id: "x",
      sources: ["src-early", "src-late"],
      evidence: [quote("src-late", "合作")],
      evidenceKind: "STATED",
      modality: "ACTUAL",
      role: "HOST",
      roleText: "主办",
    };
    const early = relationRecord("HOSTED", "city-a", "event-b", tie, "src-early", pages);
    expect(early).toMatchObject({ evidenceKind: "BACKGROUND", evidence: [], role: "HOST", roleText: "主办" });
    expect(relationRecord("HOSTED", "city-a", "event-b", tie, "src-late", pages)).toMatchObject({
      evidenceKind: "STATED",
      modality: "ACTUAL",
      evidence: [{ quote: "合作" }],
    });
  });

  it("should refuse a stored value the seed format cannot hold, naming the fact and the property", () => {
    expect(() => entityRecord({ ...event, seats: 12 }, "src-late", pages)).toThrow(ExportError);
    expect(() => entityRecord({ ...event, seats: 12 }, "src-late", pages)).toThrow(/event-talks: property seats/);
  });
});
