import fs from "node:fs";
import path from "node:path";
import express from "express";
import type { Express } from "express";

/** Where `npm run build:explorer` puts the bundled page (from dist/http or src/http alike). */
export const EXPLORER_DIR = path.resolve(__dirname, "../../dist/explorer");

/**
 * Serves the visual explorer (explorer/src, bundled by esbuild) at /explore, and the curator's review
 * view at /explore/review (review.html). The page talks only to
 * /graphql; everything it loads comes from this directory, so it works without internet access.
 */
export function mountExplorer(app: Express, dir: string = EXPLORER_DIR): void {
  app.use("/explore", express.static(dir, { index: "index.html", extensions: ["html"], maxAge: "5m" }), (_req, res) => {
    const built = fs.existsSync(path.join(dir, "index.html"));
    res
      .status(built ? 404 : 503)
      .type("text/plain")
      .send(built ? "Not found" : "The explorer is not built: run `npm run build`.");
  });
}
