"use strict";
// jest's module runtime, with each module transformed and compiled once per jest process instead of once per
// test file.
//
// jest evaluates every module anew in each test file's sandbox (that isolation is the point). On the way it
// also read, hashed and looked up each module's transform anew, and compiled it anew with vm.compileFunction,
// whose result V8 does not cache. Each integration file starts the service: about 1,700 modules, all of that
// again in every file. Here a module's transformed code is kept for the process (while the file is unchanged on
// disk), and V8's compiled code is taken from a cache made after the first file ran the module, so it also
// holds the functions compiled lazily on first call. Evaluation is still per file, in that file's own sandbox:
// no module object and no state passes from one file to the next. `npm test` on fresh clones, run alternately
// with the tree before: 146 and 157 s against 165 and 184 s (280-287 against 320-354 CPU-seconds).
//
// Plain CommonJS: jest loads a custom runtime with require(), before any transform.
const fs = require("node:fs");
const Runtime = require("jest-runtime").default;
const { ModuleCodeCache } = require("./module-code-cache.cjs");

const codeCache = new ModuleCodeCache();
const transformed = new Map();

/** Serves a module's transformed code from the process-wide map while its file's size and mtime are unchanged. */
function transformOnce(transformCache) {
  const { transforms, sourceMaps } = transformCache;
  const transform = transformCache.transform.bind(transformCache);
  transformCache.transform = (filename, options) => {
    if (options?.isInternalModule) return transform(filename, options);
    const key = `${filename}\0${JSON.stringify(options ?? null)}`;
    const { size, mtimeMs } = fs.statSync(filename);
    const kept = transformed.get(key);
    if (kept && kept.size === size && kept.mtimeMs === mtimeMs) {
      // What jest's own transform records, for source maps in stack traces and for coverage.
      transforms.set(filename, kept.file);
      if (kept.file.sourceMapPath) sourceMaps.set(filename, kept.file.sourceMapPath);
      return kept.file.code;
    }
    const code = transform(filename, options);
    transformed.set(key, { size, mtimeMs, file: transforms.get(filename) });
    return code;
  };
}

/** Compiles each module through the code cache, in the file's own sandbox. */
function compileOnce(executor) {
  const jestCompile = executor.compile.bind(executor);
  executor.compile = (source, filename) => {
    const context = executor.environment.getVmContext();
    if (context == null) return null;
    // On one line with the module's first, so that line numbers in stack traces stay the file's own.
    const wrapped = `(function (${executor.injectedModuleParameters.join(", ")}) {${source}\n})`;
    const importModuleDynamically = (specifier, _script, attributes, phase) =>
      executor.dynamicImport(specifier, filename, context, attributes, phase);
    try {
      return codeCache.compile(wrapped, filename, context, importModuleDynamically).value;
    } catch {
      // A syntax error (ESM in a CommonJS file, a stray hashbang): jest's own compile reports it its way.
      return jestCompile(source, filename);
    }
  };
}

class CompileOnceRuntime extends Runtime {
  constructor(...args) {
    super(...args);
    // Both hooks reach into jest-runtime's internals: if a later jest shapes them otherwise, it works as jest does.
    const { transformCache, executor } = this;
    if (typeof transformCache?.transform === "function" && transformCache.transforms instanceof Map) {
      transformOnce(transformCache);
    }
    if (typeof executor?.compile === "function" && Array.isArray(executor.injectedModuleParameters)) {
      compileOnce(executor);
    }
  }
}

module.exports = CompileOnceRuntime;
