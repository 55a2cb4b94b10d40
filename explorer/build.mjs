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
  // The explorer, and the curator's review view (/explore/review) as a second page.
  // The ForceAtlas2 worker is a file of its own: the CSP allows scripts (and workers) from 'self' only.
  entryPoints: {
    explorer: path.join(here, "src/main.ts"),
    review: path.join(here, "src/review/main.ts"),
    "layout-worker": path.join(here, "src/layout/layout-worker.ts"),
  },
  bundle: true,
  minify: true,
  sourcemap: true,
  format: "iife",
  target: "es2020",
  outdir: out,
  logLevel: "warning",
});
for (const file of fs.readdirSync(path.join(here, "public")))
  fs.copyFileSync(path.join(here, "public", file), path.join(out, file));
