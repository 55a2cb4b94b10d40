// Bundles the explorer (explorer/src → dist/explorer) with esbuild: one script, one stylesheet, one page,
// all served by the service itself at /explore (no CDN, no inline script).
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, "../dist/explorer");
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
await build({
  entryPoints: [path.join(here, "src/main.ts")],
  bundle: true,
  minify: true,
  sourcemap: true,
  format: "iife",
  target: "es2020",
  outfile: path.join(out, "explorer.js"),
  logLevel: "warning",
});
for (const file of fs.readdirSync(path.join(here, "public"))) fs.copyFileSync(path.join(here, "public", file), path.join(out, file));
