import fs from "node:fs";
import path from "node:path";
import { plainToInstance } from "class-transformer";
import { validateSync, type ValidationError } from "class-validator";
import { quotesNotIn } from "./article-quotes";
import { dateProblems, entityProblems, relationProblems, validationProblems } from "./input-problems";
import { SeedFileInput, type SourceInput } from "./seed.input";

/** One reason a seed file is refused, precise enough to fix it without reading the loader. */
export interface SeedProblem {
  file: string;
  record: string;
  field: string;
  reason: string;
}

export class SeedFileError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `${problems.length} problem(s) in seed data:\n` +
        problems.map(p => `  ${p.file} ${p.record} ${p.field}: ${p.reason}`).join("\n"),
    );
  }
}

/** Quotes of a list that may be malformed (already reported by the class validation). */
function quotesOf(list: unknown): string[] {
  return Array.isArray(list)
    ? list.map(x => (x as { quote?: unknown })?.quote).filter((q): q is string => typeof q === "string")
    : [];
}

function flatten(errors: ValidationError[], file: string, out: SeedProblem[]): void {
  for (const { field: at, reason } of validationProblems(errors)) {
    const [record, ...field] = at.split(".");
    out.push({ file, record: record ?? at, field: field.join(".") || (record ?? at), reason });
  }
}

/**
 * Where a source's article text is: `source.file` in the articles directory (seeds/sources), else in a
 * `sources/` folder beside the seed file (a researcher's or a generated data set), else `source.text`.
 */
export function articleText(
  source: Pick<SourceInput, "file" | "text">,
  seedFile: string,
  articlesDir: string,
): { text?: string; reason?: string } {
  if (!source.file) {
    return source.text
      ? { text: source.text }
      : { reason: "needs the article's file name (or its text): quotes are always checked against the article" };
  }
  if (source.file !== path.basename(source.file)) return { reason: "must be a file name, not a path" };
  const places = [articlesDir, path.join(path.dirname(seedFile), "sources")];
  for (const dir of places) {
    const at = path.join(dir, source.file);
    if (fs.existsSync(at)) return { text: fs.readFileSync(at, "utf8") };
  }
  return { reason: `no article text ${source.file} in ${places.join(" or ")}` };
}

/**
 * Reads and validates a seed file: UTF-8, JSON, the input classes, ids and prefixes, references,
 * duplicates, dates and their basis, evidence kinds and roles, and that every quote is in its article
 * (whose text must be found: a missing article is a problem, never a reason to skip the check).
 * The article's text is returned as `source.text`.
 * @throws SeedFileError listing every problem at once.
 */
export function readSeedFile(file: string, articlesDir: string): SeedFileInput {
  const name = path.basename(file);
  const problems: SeedProblem[] = [];
  const fail = (record: string, field: string, reason: string) => problems.push({ file: name, record, field, reason });

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(fs.readFileSync(file));
  } catch (err) {
    fail("(file)", "(bytes)", `not valid UTF-8 or unreadable: ${(err as Error).message}`);
    throw new SeedFileError(problems);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    fail("(file)", "(json)", `not valid JSON: ${(err as Error).message}`);
    throw new SeedFileError(problems);
  }
  const seed = plainToInstance(SeedFileInput, raw);
  flatten(validateSync(seed, { forbidUnknownValues: false }), name, problems);
  // The checks below need the file's outline; with it they run even after field errors, so all are reported at once.
  if (!seed.source || !Array.isArray(seed.entities) || !Array.isArray(seed.relations)) {
    throw new SeedFileError(problems);
  }

  const { text: article, reason } = articleText(seed.source, file, articlesDir);
  if (reason) fail("source", seed.source.file ? "file" : "text", reason);
  seed.source.text = article;
  const publishedOn = seed.source.publishedOn;
  const quoted = [...seed.entities, ...seed.relations].flatMap(x => [
    ...quotesOf(x?.evidence),
    ...quotesOf(x?.attributes),
  ]);
  const missing = article === undefined ? new Set<string>() : quotesNotIn(article, quoted);
  const checkQuote = (record: string, field: string, quote: string) => {
    if (missing.has(quote)) {
      fail(record, field, `quote is not in ${seed.source.file}: "${quote.slice(0, 40)}…"`);
    }
  };

  const ids = new Map<string, number>();
  seed.entities.forEach((e, i) => {
    const record = `entities[${i}] (${e.id})`;
    if (ids.has(e.id)) fail(record, "id", `duplicate id, first at entities[${ids.get(e.id)}]`);
    ids.set(e.id, i);
    // The same rules as the API's writes (input-problems.ts).
    for (const p of [...entityProblems(e), ...dateProblems(e, publishedOn)]) fail(record, p.field, p.reason);
    quotesOf(e.evidence).forEach((q, j) => checkQuote(record, `evidence[${j}].quote`, q));
    quotesOf(e.attributes).forEach((q, j) => checkQuote(record, `attributes[${j}].quote`, q));
  });
  const relations = new Set<string>();
  seed.relations.forEach((r, i) => {
    const record = `relations[${i}] (${r.type} ${r.from} -> ${r.to})`;
    const key = `${r.type}|${r.from}|${r.to}`;
    if (relations.has(key)) fail(record, "type", "duplicate relation (same type, from and to)");
    relations.add(key);
    if (!ids.has(r.from)) fail(record, "from", `no entity "${r.from}" in this file`);
    if (!ids.has(r.to)) fail(record, "to", `no entity "${r.to}" in this file`);
    for (const p of [...relationProblems(r), ...dateProblems(r, publishedOn)]) fail(record, p.field, p.reason);
    quotesOf(r.evidence).forEach((q, j) => checkQuote(record, `evidence[${j}].quote`, q));
    quotesOf(r.attributes).forEach((q, j) => checkQuote(record, `attributes[${j}].quote`, q));
  });
  if (problems.length) throw new SeedFileError(problems);
  return seed;
}

export function seedFilesIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter(f => f.endsWith(".json"))
    .sort()
    .map(f => path.join(dir, f));
}
