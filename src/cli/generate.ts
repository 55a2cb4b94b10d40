import path from "node:path";
import { projectRoot } from "../config";
import { generateNetwork } from "../generate/generate";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function integer(name: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined && fallback !== undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${raw ?? ""}"`);
  }
  return value;
}

/** npm run generate -- --nodes N [--seed S] [--out DIR]: a synthetic network in the seed format. */
function main(): void {
  const nodes = integer("--nodes", option("--nodes"));
  const seed = integer("--seed", option("--seed"), 1);
  const outDir = path.resolve(option("--out") ?? path.join(projectRoot, "data", "generated", String(nodes)));
  const report = generateNetwork({ nodes, seed, outDir, progress: process.stderr.isTTY });
  const mb = (report.bytes / 1024 / 1024).toFixed(1);
  process.stdout.write(
    `Generated ${report.nodes} entities and ${report.relations} relations (${(report.relations / report.nodes).toFixed(2)} per entity)\n` +
      `in ${report.files} file(s), ${report.entityRecords} entity records with stubs, ${mb} MB, ${(report.ms / 1000).toFixed(1)} s\n` +
      `into ${outDir}\n`,
  );
}

try {
  main();
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
}
