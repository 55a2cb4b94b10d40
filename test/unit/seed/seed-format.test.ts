import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readSeedFile, SeedFileError, type SeedProblem } from "../../../src/seed/seed-file";
import { articlesDir, seedFiles } from "../../support/seed-fixtures";

type Json = Record<string, unknown> & {
  source: Record<string, unknown>;
  entities: Record<string, unknown>[];
  relations: Record<string, unknown>[];
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "innograph-format-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A curated seed file (the first with agreements), as JSON to change. */
function curated(): Json {
  const found = seedFiles().find(
    s => s.seed.entities.some(e => e.kind === "Agreement") && s.seed.relations.some(r => r.type === "HOSTED"),
  );
  return JSON.parse(JSON.stringify(found!.seed)) as Json;
}

function problemsOf(seed: unknown, name = "changed.json"): SeedProblem[] {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(seed));
  try {
    readSeedFile(file, articlesDir);
  } catch (err) {
    if (err instanceof SeedFileError) return err.problems;
    throw err;
  }
  return [];
}

const firstRelation = (seed: Json, type?: string) => seed.relations.findIndex(r => !type || r.type === type);

describe("seed format version 2: refused input names file, record, field and reason", () => {
  it.each([
    [
      "an unknown modality",
      (s: Json) => (s.relations[firstRelation(s)]!.modality = "MAYBE"),
      "modality",
      /ACTUAL, PLANNED, ASPIRATION/,
    ],
    [
      "an unknown evidence kind",
      (s: Json) => (s.relations[firstRelation(s)]!.evidenceKind = "RUMOUR"),
      "evidenceKind",
      /STATED, IMPLIED, BACKGROUND/,
    ],
    [
      "an unknown date basis",
      (s: Json) => (s.relations[firstRelation(s)]!.dateBasis = "GUESSED"),
      "dateBasis",
      /FROM_PAGE_DATE/,
    ],
    [
      "a role outside the type's enum",
      (s: Json) => (s.relations[firstRelation(s, "HOSTED")]!.role = "SPONSOR"),
      "role",
      /HOST, CO_HOST/,
    ],
    [
      "a role on a type that takes none",
      (s: Json) => (s.relations[firstRelation(s, "LOCATED_IN")]!.role = "HOST"),
      "role",
      /only .*take a role/,
    ],
    [
      "a BACKGROUND fact with a quote",
      (s: Json) => (s.relations[firstRelation(s)]!.evidenceKind = "BACKGROUND"),
      "evidence",
      /BACKGROUND fact carries no quote/,
    ],
    [
      "a fact with no quote that is not BACKGROUND",
      (s: Json) => (s.relations[firstRelation(s)]!.evidence = []),
      "evidence",
      /at least one quote/,
    ],
    [
      "a resolved date that contradicts its stated part",
      (s: Json) =>
        Object.assign(s.relations[firstRelation(s)]!, {
          date: "--09-07",
          dateResolved: "2022-10-07",
          dateBasis: "FROM_CONTEXT",
        }),
      "dateResolved",
      /contradicts the stated date --09-07/,
    ],
    [
      "an unknown attribute qualifier",
      (s: Json) =>
        ((
          s.entities.find(e => Array.isArray(e.attributes) && e.attributes.length)!.attributes as Record<
            string,
            unknown
          >[]
        )[0]!.qualifier = "LOTS"),
      "attributes[0].qualifier",
      /OVER, NEARLY/,
    ],
  ])("should refuse %s", (_what, change, field, reason) => {
    const seed = curated();
    change(seed);
    const problems = problemsOf(seed);
    const problem = problems.find(p => p.field === field);
    expect(problem).toMatchObject({
      file: "changed.json",
      record: expect.stringMatching(/^(entities|relations)\[\d+\]/),
      reason: expect.stringMatching(reason),
    });
  });

  it("should refuse a source whose article text cannot be found, never skipping the quote check", () => {
    const seed = curated();
    seed.source.file = "no-such-article.txt";
    expect(problemsOf(seed)).toContainEqual({
      file: "changed.json",
      record: "source",
      field: "file",
      reason: expect.stringMatching(/no article text no-such-article\.txt/),
    });
    delete seed.source.file;
    expect(problemsOf(seed)).toContainEqual({
      file: "changed.json",
      record: "source",
      field: "text",
      reason: expect.stringMatching(/quotes are always checked/),
    });
  });

  it("should accept a BACKGROUND fact without a quote", () => {
    const seed = curated();
    const i = firstRelation(seed);
    Object.assign(seed.relations[i]!, { evidenceKind: "BACKGROUND", evidence: [] });
    expect(problemsOf(seed)).toEqual([]);
  });

  it("should still load a version-1 file: properties.date and properties.role read as date and roleText", () => {
    const v1 = curated();
    v1.formatVersion = 1;
    const strip = (r: Record<string, unknown>) => {
      for (const k of ["modality", "evidenceKind", "role", "roleText", "dateResolved", "dateBasis", "datePrecision"]) {
        delete r[k];
      }
      if (r.date !== undefined) {
        r.properties = { ...(r.properties as object), date: r.date };
        delete r.date;
      }
    };
    // Version 1 has no BACKGROUND facts: every fact there has a quote.
    v1.relations = v1.relations.filter(r => r.evidenceKind !== "BACKGROUND");
    v1.entities = v1.entities.filter(e => e.evidenceKind !== "BACKGROUND");
    v1.entities.forEach(strip);
    v1.relations.forEach(strip);
    const file = path.join(dir, "v1.json");
    fs.writeFileSync(file, JSON.stringify(v1));
    let problems: SeedProblem[] = [];
    try {
      readSeedFile(file, articlesDir);
    } catch (err) {
      problems = (err as SeedFileError).problems;
    }
    expect(problems).toEqual([]);
  });
});
