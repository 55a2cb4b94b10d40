import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config";
import { AppError } from "../errors";
import { draftOf, rejectedIn } from "../extract/draft";
import { extractFacts } from "../extract/extract.service";
import { gazetteerOfDir } from "../extract/gazetteer";
import { reportOf } from "../extract/report";

const USAGE = "usage: npm run extract -- --file PAGE [--url U] [--published YYYY-MM-DD] [--out DRAFT.json]";

/**
 * npm run extract -- --file PAGE: drafts seed facts from a scraped page (text or HTML) for a curator to
 * review. Writes nothing to the graph. With --out, the draft and its Markdown report are written there
 * (candidates rejected in an earlier draft at that path stay rejected); without, both are printed.
 */
function main(): void {
  const { values } = parseArgs({
    options: {
      file: { type: "string" },
      url: { type: "string" },
      published: { type: "string" },
      out: { type: "string" },
    },
  });
  if (!values.file) throw new Error(`--file is required\n${USAGE}`);
  const file = path.resolve(values.file);
  const out = values.out ? path.resolve(values.out) : undefined;
  const previous = out && fs.existsSync(out) ? rejectedIn(JSON.parse(fs.readFileSync(out, "utf8"))) : [];
  const config = loadConfig();
  const x = extractFacts(fs.readFileSync(file), {
    gazetteer: gazetteerOfDir(config.seedsDir),
    url: values.url,
    publishedOn: values.published,
    rejected: previous,
    field: "file",
  });
  // An HTML page's quotes come from its readable text, which is kept beside the draft as the source file.
  const isText = x.text.length === fs.statSync(file).size || fs.readFileSync(file, "utf8") === x.text;
  const textFile = isText || !out ? undefined : out.replace(/(\.draft)?\.json$/, ".txt");
  if (textFile) fs.writeFileSync(textFile, x.text);
  const draft = draftOf(x, path.basename(textFile ?? file), previous);
  const report = reportOf(x, out);
  if (out) {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(draft, null, 2)}\n`);
    fs.writeFileSync(out.replace(/\.json$/, "") + ".md", report);
  } else {
    process.stdout.write(`${JSON.stringify(draft, null, 2)}\n\n`);
  }
  process.stdout.write(report);
}

try {
  main();
} catch (err) {
  const code = err instanceof AppError ? ` (${String(err.extensions.code)})` : "";
  process.stderr.write(`extract: ${(err as Error).message}${code}\n`);
  process.exitCode = 1;
}
