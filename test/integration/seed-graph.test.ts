import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createLogger } from "../../src/logger";
import { type Database } from "../../src/neo4j/database";
import { toNumber } from "../../src/neo4j/values";
import { readSeedFile, SeedFileError } from "../../src/seed/seed-file";
import { graphCounts, loadSeed } from "../../src/seed/seed-loader";
import { loadSeedFiles } from "../../src/seed/seed-files";
import { startTestService, type TestService } from "../support/harness";
import { articlesDir, distinctEntityIds, distinctRelationKeys, seedFiles, seedsDir } from "../support/seed-fixtures";
import { testConfig } from "../support/test-env";

const log = createLogger("silent");
let service: TestService;
let db: Database;

beforeAll(async () => {
  service = await startTestService();
  db = service.app.db;
});

afterAll(async () => {
  await service.stop();
});

type Entity = { id: string; name: string; kind: string; [k: string]: unknown };

async function entity(id: string, fields: string): Promise<Entity> {
  const res = await service.gql<{ entity: Entity | null }>(
    `query($id: ID!) { entity(id: $id) { id name kind ${fields} } }`,
    { id },
  );
  expect(res.errors).toBeUndefined();
  if (!res.data?.entity) throw new Error(`entity ${id} not in the graph`);
  return res.data.entity;
}

const ids = (list: unknown) => (list as { id: string }[]).map(e => e.id).sort();

describe("the curated seed graph", () => {
  it("should hold exactly the entities and relations of the seed files", async () => {
    const counts = await graphCounts(db);
    const entities = Object.values(counts.byKind).reduce((a, b) => a + b, 0);
    const relations = Object.values(counts.byRelation).reduce((a, b) => a + b, 0);
    expect(entities).toBe(distinctEntityIds().size);
    expect(relations).toBe(distinctRelationKeys().size);
    expect(entities).toBeGreaterThan(100);
  });

  it("should quote every fact as an exact substring of its article", async () => {
    const files = new Map((await db.read<{ id: string; file: string }>("test/source-files")).map(s => [s.id, s.file]));
    const texts = new Map<string, string>();
    const rows = await db.read<{ e: string }>("test/all-evidence");
    expect(rows.length).toBeGreaterThan(300);
    const missing: string[] = [];
    for (const { e } of rows) {
      const { source, quote } = JSON.parse(e) as { source: string; quote: string };
      const file = files.get(source);
      if (!file) {
        missing.push(`${source}: no such source`);
        continue;
      }
      if (!texts.has(file)) texts.set(file, fs.readFileSync(path.join(articlesDir, file), "utf8"));
      if (!texts.get(file)!.includes(quote)) missing.push(`${file}: ${quote}`);
    }
    expect(missing).toEqual([]);
  });

  it("should keep the Traditional articles' quotes in Traditional characters", async () => {
    const evt = await entity(
      "event-changzhou-kejiaocheng-hq-development-conference",
      "evidence { quote source { script publisher } }",
    );
    const evidence = evt.evidence as { quote: string; source: { script: string; publisher: string } }[];
    expect(evidence[0]!.source.script).toBe("Hant");
    expect(evidence.some(e => /[會創與發]/.test(e.quote))).toBe(true);
  });

  it("should keep junk out: no quote from ads, hotlines or reading lists", async () => {
    const rows = await db.read<{ e: string }>("test/all-evidence");
    const quotes = rows.map(r => (JSON.parse(r.e) as { quote: string }).quote);
    for (const junk of ["報料熱線", "86050111", "点击右上角", "当前位置", "相关阅读", "武進天氣"]) {
      expect(quotes.filter(q => q.includes(junk))).toEqual([]);
    }
  });
});

describe("facts from each article", () => {
  it("000: Xuzhou is the central city of the Huaihai Economic Zone and hosted the Shanghai talks, a day with no year", async () => {
    const huaihai = await entity("corridor-huaihai", "... on Corridor { centralCity { id } }");
    expect((huaihai.centralCity as { id: string }).id).toBe("city-xuzhou");
    const talks = await entity(
      "event-xuzhou-shanghai-talks",
      "... on Event { date dateBasis venue city { id } speakers { id } agreements { attributes { key value evidence { quote } } } }",
    );
    expect(talks.date).toBe("--10-11");
    expect(talks.dateBasis).toBe("FROM_PAGE_DATE");
    expect((talks.city as { id: string }).id).toBe("city-shanghai");
    expect(ids(talks.speakers)).toEqual(expect.arrayContaining(["person-zhou-tiegen", "person-wu-zhiqiang"]));
    // The signed projects are an Agreement signed at the talks, as in every article (format 2).
    const attributes = (
      talks.agreements as { attributes: { key: string; value: number; evidence: { quote: string } }[] }[]
    ).flatMap(a => a.attributes);
    const signed = attributes.find(a => a.key === "projects");
    expect(signed?.value).toBe(33);
    expect(signed?.evidence.quote).toContain("33");
  });

  it("000: the party secretary's role is the one the article gives", async () => {
    const zhou = await entity(
      "person-zhou-tiegen",
      "relations(types: [HOLDS_OFFICE_IN]) { role roleText other { id } evidence { quote } }",
    );
    const roles = (zhou.relations as { role: string; roleText: string; other: { id: string } }[]).map(
      r => `${r.other.id}:${r.role}:${r.roleText}`,
    );
    expect(roles).toContain("city-xuzhou:PARTY_SECRETARY:市委书记");
  });

  it("001: Yangzhou's government and JITRI are parties to one agreement signed at the Yangzhou event", async () => {
    const agreement = await entity(
      "agreement-yangzhou-jitri-deepened-cooperation",
      "... on Agreement { parties { id } event { id } }",
    );
    expect(ids(agreement.parties)).toEqual(["gov-yangzhou-government", "inst-jitri"]);
    expect((agreement.event as { id: string }).id).toBe("event-yangzhou-jitri-signing");
    const yangzhou = await entity("city-yangzhou", "... on City { province { id } industries { id } }");
    expect((yangzhou.province as { id: string }).id).toBe("province-jiangsu");
    expect(ids(yangzhou.industries)).toHaveLength(6);
  });

  it("002: the G60 corridor has the nine member cities the article lists, Suzhou of Jiangsu among them", async () => {
    const g60 = await entity("corridor-g60", "... on Corridor { members { id } attributes { key value } }");
    const expected = seedFiles()
      .flatMap(s => s.seed.relations)
      .filter(r => r.type === "MEMBER_OF" && r.to === "corridor-g60")
      .map(r => r.from)
      .sort();
    expect(ids(g60.members)).toEqual(expected);
    expect(expected).toHaveLength(9);
    expect(expected).toContain("city-suzhou-jiangsu");
    expect(expected).not.toContain("city-suzhou-anhui");
    expect((g60.attributes as { key: string; value: number }[]).find(a => a.key === "memberCities")?.value).toBe(9);
  });

  it("002: censored titles (市委*) never become roles", async () => {
    // Format 2 keeps the article's word in roleText (version 1 had it in properties.role).
    const words = seedFiles()
      .flatMap(s => s.seed.relations as { roleText?: string; properties?: Record<string, string> }[])
      .map(r => r.roleText ?? r.properties?.role)
      .filter((w): w is string => Boolean(w));
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter(w => w.includes("*"))).toEqual([]);
    const yu = await entity("person-yu-aihua", "relations(types: [HOLDS_OFFICE_IN]) { role roleText }");
    for (const r of yu.relations as { role: string | null; roleText: string | null }[]) {
      expect(`${r.role ?? ""}${r.roleText ?? ""}`).not.toContain("*");
    }
  });

  it("003: 宿州 is in Anhui, and the 李克强 here is the CAE academician who spoke at the NEV forum", async () => {
    const suzhou = await entity("city-suzhou-anhui", "... on City { province { id } }");
    expect((suzhou.province as { id: string }).id).toBe("province-anhui");
    const li = await entity("person-li-keqiang", "... on Person { academies { id } spokeAt { id } offices { id } }");
    expect(ids(li.academies)).toEqual(["academy-cae"]);
    expect(ids(li.spokeAt)).toEqual(["event-shuangchuanghui-suzhou-signing-nev-report"]);
    expect(li.offices).toEqual([]);
  });

  it("004: three CAS academicians attended the Changzhou conference; the town sits in Changzhou", async () => {
    const cas = await entity("academy-cas", "... on Academy { academicians { id } }");
    expect(ids(cas.academicians)).toEqual(
      expect.arrayContaining(["person-shen-xuechu", "person-chen-hongyuan", "person-wang-jianyu"]),
    );
    const town = await entity(
      "platform-changzhou-kejiaocheng",
      "... on Platform { platformType city { id } hosted { id } }",
    );
    expect(town.platformType).toBe("science-education-town");
    expect((town.city as { id: string }).id).toBe("city-changzhou");
    const wujin = await entity("city-wujin", "... on City { adminLevel parentCity { id } }");
    expect(wujin.adminLevel).toBe("district");
    expect((wujin.parentCity as { id: string }).id).toBe("city-changzhou");
  });

  it("should never give a year to a day the article states without one", async () => {
    const shanghaiTalks = await entity("event-xuzhou-shanghai-talks", "... on Event { date }");
    expect(shanghaiTalks.date).toMatch(/^--\d\d-\d\d$/);
    const source = await entity("event-xuzhou-shanghai-talks", "evidence { source { publishedOn } }");
    expect((source.evidence as { source: { publishedOn: string } }[])[0]!.source.publishedOn).toBe("2024-09-24");
  });
});

describe("names across scripts", () => {
  const search = async (text: string, kinds?: string[]) => {
    const res = await service.gql<{ search: Entity[] }>(
      "query($text: String!, $kinds: [EntityKind!]) { search(text: $text, kinds: $kinds) { id name kind } }",
      { text, kinds },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.search.map(e => e.id);
  };

  it("should keep 苏州 (Jiangsu) and 宿州 (Anhui) apart", async () => {
    const jiangsu = await entity("city-suzhou-jiangsu", "nameHant ... on City { province { id } corridors { id } }");
    const anhui = await entity("city-suzhou-anhui", "nameHant ... on City { province { id } corridors { id } }");
    expect(jiangsu.name).toBe("苏州");
    expect(anhui.name).toBe("宿州");
    expect(ids(jiangsu.corridors)).toEqual(["corridor-g60"]);
    expect(ids(anhui.corridors)).toEqual([]);
    expect((anhui.province as { id: string }).id).toBe("province-anhui");
    expect((await search("苏州"))[0]).toBe("city-suzhou-jiangsu");
    expect((await search("宿州"))[0]).toBe("city-suzhou-anhui");
    expect((await search("蘇州"))[0]).toBe("city-suzhou-jiangsu");
  });

  it("should find a Simplified name from Traditional characters", async () => {
    expect((await search("龍城實驗室"))[0]).toBe("platform-longcheng-lab");
    const lab = await entity("platform-longcheng-lab", "nameHant");
    expect(lab.nameHant).toBe("龍城實驗室");
  });

  it.each([["Xuzhou"], ["xuzhou"], ["xu zhou"], ["Xúzhōu"], ["徐州市"], ["徐州"]])(
    "should find Xuzhou from %s",
    async text => {
      expect((await search(text, ["City"]))[0]).toBe("city-xuzhou");
    },
  );

  it("should find an entity by its English name", async () => {
    expect((await search("Tongji University"))[0]).toBe("univ-tongji");
    expect((await search("Chinese Academy of Sciences"))[0]).toBe("academy-cas");
  });

  it("should return both Suzhous for the shared romanisation", async () => {
    const hits = await search("suzhou", ["City"]);
    expect(hits.slice(0, 2).sort()).toEqual(["city-suzhou-anhui", "city-suzhou-jiangsu"]);
  });
});

describe("the seed loader", () => {
  it("should change no counts when the seeds are loaded again", async () => {
    const before = await graphCounts(db);
    const evidenceBefore = (await db.read("test/all-evidence")).length;
    const cfg = testConfig();
    await loadSeedFiles(
      db,
      fs
        .readdirSync(seedsDir)
        .filter(f => f.endsWith(".json"))
        .map(f => path.join(seedsDir, f)),
      cfg.articlesDir,
      log,
    );
    expect(await graphCounts(db)).toEqual(before);
    expect((await db.read("test/all-evidence")).length).toBe(evidenceBefore);
  });

  it("should refuse a file with bad records, naming file, record, field and reason, and write nothing of it", async () => {
    const { seed } = seedFiles()[1]!;
    const broken = JSON.parse(JSON.stringify(seed));
    broken.source.id = "src-broken-test-copy";
    broken.entities[0].kind = "Castle";
    broken.entities[1].evidence[0].quote = "这句话不在文章里";
    broken.relations[0].to = "city-nowhere";
    broken.entities.push({ ...broken.entities[2] });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "innograph-")), "broken.json");
    fs.writeFileSync(file, JSON.stringify(broken));
    let error: unknown;
    try {
      await loadSeedFiles(db, [file], testConfig().articlesDir, log);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SeedFileError);
    const problems = (error as SeedFileError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: "broken.json",
          record: "entities[0]",
          field: "kind",
          reason: expect.stringContaining("kind must be one of"),
        }),
        expect.objectContaining({
          file: "broken.json",
          field: "evidence[0].quote",
          reason: expect.stringContaining("not in"),
        }),
        expect.objectContaining({ field: "to", reason: expect.stringContaining("city-nowhere") }),
        expect.objectContaining({ field: "id", reason: expect.stringContaining("duplicate id") }),
      ]),
    );
    const [row] = await db.read<{ sources: unknown }>("test/source-exists", { source: "src-broken-test-copy" });
    expect(toNumber(row!.sources)).toBe(0);
  });

  it("should refuse a file that is not UTF-8, and a wrong type, with the field", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "innograph-"));
    const latin1 = path.join(dir, "latin1.json");
    fs.writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
    expect(() => readSeedFile(latin1, articlesDir)).toThrow(/not valid UTF-8/);
    const wrongType = path.join(dir, "wrong-type.json");
    const seed = JSON.parse(JSON.stringify(seedFiles()[0]!.seed));
    seed.entities[0].aliases = "徐州市";
    fs.writeFileSync(wrongType, JSON.stringify(seed));
    expect(() => readSeedFile(wrongType, articlesDir)).toThrow(/entities\[0\] aliases/);
  });

  it("should write nothing of a source whose transaction fails midway", async () => {
    const file = path.join(seedsDir, seedFiles()[2]!.file);
    const seed = readSeedFile(file, articlesDir);
    seed.source.id = "src-midway-failure-test";
    seed.entities = seed.entities.map(e => ({ ...e, id: `${e.id}-midway-copy` }));
    seed.relations = seed.relations.map(r => ({ ...r, from: `${r.from}-midway-copy`, to: `${r.to}-midway-copy` }));
    let calls = 0;
    await expect(
      loadSeed(db, seed, () => {
        calls += 1;
        // The entities are written by now; failing here must roll all of them back.
        if (calls === 1) throw new Error("simulated failure after the first batch");
      }),
    ).rejects.toThrow("simulated failure");
    const [row] = await db.read<{ sources: unknown; entities: unknown }>("test/source-exists", {
      source: "src-midway-failure-test",
    });
    expect(toNumber(row!.sources)).toBe(0);
    expect(toNumber(row!.entities)).toBe(0);
    await db.write("test/delete-source", { source: "src-midway-failure-test" });
  });
});
