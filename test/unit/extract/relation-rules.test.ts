import { EvidenceKind, HostRole } from "../../../src/domain/fact-meaning";
import { extractFacts } from "../../../src/extract/extract.service";
import { emptyGazetteer } from "../../../src/extract/gazetteer";

// A page of no curated article, so the rules are seen to work beyond the five the evaluation uses.
const CITIES = ["南通", "盐城", "泰州", "淮安", "宿迁"];
const page = [
  `${CITIES.join("、")}五城领导齐聚一堂,共议苏北沿海科创走廊建设。`,
  "首届苏北沿海科创走廊创新创业大赛颁奖仪式在会上举行。大赛由五城市联合举办,评选出获奖团队。",
  "江苏省委常委、淮安市委*陈立明参加会议。会上,淮安市政府新闻办发布了报告。淮安市人民政府高度重视。",
].join("\n");
const x = extractFacts(page, { gazetteer: emptyGazetteer() });
const named = (name: string) => x.candidates.entities.find(e => e.name === name);
const between = (type: string, from?: string, to?: string) =>
  x.candidates.relations.filter(r => r.type === type && r.from === from && r.to === to);

describe("relation rules on a page no curated article has", () => {
  const corridor = named("苏北沿海科创走廊");
  const contest = x.candidates.entities.find(e => e.kind === "Event" && e.name.endsWith("创新创业大赛"));

  it("should start a corridor's name at its places, not at the verb before them", () => {
    expect(corridor?.kind).toBe("Corridor");
    expect(x.candidates.entities.filter(e => e.kind === "Corridor").map(e => e.name)).toEqual(["苏北沿海科创走廊"]);
  });

  it("should read a count of cities that hosts an event as the page's list of that many cities", () => {
    for (const city of CITIES) {
      const [hosted] = between("HOSTED", named(city)?.id, contest?.id);
      expect(hosted).toMatchObject({ role: HostRole.CO_HOST, evidenceKind: EvidenceKind.IMPLIED });
      expect(page.slice(hosted!.at.start, hosted!.at.end)).toBe(hosted!.quote);
      expect(hosted!.quote).toContain("由五城市联合举办");
    }
  });

  it("should make a body or event named after a corridor part of it", () => {
    expect(between("PART_OF", contest?.id, corridor?.id)).toHaveLength(1);
  });

  it("should read a bare name before 市委* as the city, lying in the province named earlier in the chain", () => {
    const city = named("淮安");
    expect(city?.kind).toBe("City");
    expect(between("HOLDS_OFFICE_IN", named("陈立明")?.id, city?.id)).toHaveLength(1);
    expect(between("LOCATED_IN", city?.id, named("江苏省")?.id)).toHaveLength(1);
  });

  it("should make a city's office part of the city's government when the page names it", () => {
    expect(between("PART_OF", named("淮安市政府新闻办")?.id, named("淮安市人民政府")?.id)).toHaveLength(1);
  });
});
