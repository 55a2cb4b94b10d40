import fs from "node:fs";
import cliProgress from "cli-progress";
import { SeedWriter, type WriterStats } from "./seed-writer";
import { World } from "./world";

export interface GenerateOptions {
  nodes: number;
  seed: number;
  outDir: string;
  /** Entities (owners and stubs) plus relations per file; one file is one source and one transaction. */
  recordsPerFile?: number;
  progress?: boolean;
}

export interface GenerateReport extends WriterStats {
  nodes: number;
  ms: number;
}

/** Writes a synthetic network of `nodes` entities as seed files, replacing earlier generated files in outDir. */
export function generateNetwork(options: GenerateOptions): GenerateReport {
  const started = Date.now();
  const world = new World(options.nodes, options.seed);
  fs.mkdirSync(options.outDir, { recursive: true });
  for (const f of fs.readdirSync(options.outDir)) {
    if (f.endsWith("-synthetic.json")) fs.rmSync(`${options.outDir}/${f}`);
  }
  fs.rmSync(`${options.outDir}/sources`, { recursive: true, force: true });
  const writer = new SeedWriter(world, options.outDir, options.recordsPerFile ?? 20_000);
  const bar = options.progress
    ? new cliProgress.SingleBar(
        { format: "generating [{bar}] {value}/{total} entities | {files} files", stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(world.space.total, 0, { files: 0 });
  try {
    for (let g = 0; g < world.space.total; g++) {
      writer.add(g);
      if (g % 1000 === 0) bar?.update(g, { files: writer.stats.files });
    }
    writer.finish();
    bar?.update(world.space.total, { files: writer.stats.files });
  } finally {
    bar?.stop();
  }
  return { nodes: world.space.total, ...writer.stats, ms: Date.now() - started };
}
