"use strict";
// ts-jest, with its output shared by the three test tiers through one cache on disk.
//
// jest keeps transformed code per project: in a folder named by the project's id, under a key that hashes the
// project's whole configuration (its name, roots, set-up files). The unit, integration and ops tiers are three
// projects with one transform, so on a fresh clone each process of `npm test` transpiled the same source files
// again: the unit tier, the integration tier's set-up and both of its workers (a pass over the tree's 375
// TypeScript files is about 6 CPU-seconds on this machine). Here the output is kept under a key made only of
// what ts-jest's output depends on (versions, its options, the tsconfig files, the file's path and text), so
// whichever process transpiles a file first does it for every tier. jest's own cache still sits in front.
//
// Plain CommonJS: jest loads transformers with require(), before any transform.
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const FOLDER = "innograph-shared-ts-transform";

/** The tsconfig file ts-jest is given and every file it extends by a relative path, as text. */
function tsconfigTexts(file, seen = new Set()) {
  if (seen.has(file) || !fs.existsSync(file)) return [];
  seen.add(file);
  const text = fs.readFileSync(file, "utf8");
  const parent = /"extends"\s*:\s*"(\.[^"]+)"/.exec(text)?.[1];
  return [file, text, ...(parent ? tsconfigTexts(path.resolve(path.dirname(file), parent), seen) : [])];
}

function versionOf(pkg) {
  return require(`${pkg}/package.json`).version;
}

function createTransformer(tsJestOptions = {}) {
  // Loaded on the first file not in the cache: a process that finds every file there never loads TypeScript.
  let tsJest;
  const transformer = () => (tsJest ??= require("ts-jest").default.createTransformer(tsJestOptions));
  const bases = new Map();

  /** What every key of one root folder starts with: what ts-jest's output depends on besides the file. */
  function baseOf(rootDir) {
    let base = bases.get(rootDir);
    if (base === undefined) {
      const tsconfig = String(tsJestOptions.tsconfig ?? "<rootDir>/tsconfig.json").replace("<rootDir>", rootDir);
      base = JSON.stringify([
        versionOf("ts-jest"),
        versionOf("typescript"),
        tsJestOptions,
        rootDir,
        tsconfigTexts(path.resolve(rootDir, tsconfig)),
      ]);
      bases.set(rootDir, base);
    }
    return base;
  }

  function keyOf(source, filename, options) {
    return crypto
      .createHash("sha256")
      .update(baseOf(options.config.rootDir))
      .update("\0")
      .update(JSON.stringify([filename, Boolean(options.instrument), Boolean(options.supportsStaticESM)]))
      .update("\0")
      .update(source)
      .digest("hex");
  }

  return {
    canInstrument: false,
    getCacheKey: keyOf,
    process(source, filename, options) {
      const key = keyOf(source, filename, options);
      const file = path.join(options.config.cacheDirectory, FOLDER, key.slice(0, 2), `${key}.json`);
      try {
        return JSON.parse(fs.readFileSync(file, "utf8"));
      } catch {
        // Not transpiled yet by any tier.
      }
      const result = transformer().process(source, filename, options);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // Written aside and renamed: a process reading it at the same time sees all of it or nothing.
      const partial = `${file}.${process.pid}.partial`;
      fs.writeFileSync(partial, JSON.stringify(result));
      fs.renameSync(partial, file);
      return result;
    },
  };
}

module.exports = { createTransformer };
