"use strict";
// Used by compile-once-runtime.cjs; plain CommonJS for the same reason.
const vm = require("node:vm");

/** V8's compiled code for each module file, taken after its first evaluation. */
class ModuleCodeCache {
  #entries = new Map();

  /**
   * Compiles `source` (a function expression) in `context` and returns its value; `fromCache` says whether V8
   * took its code from an earlier compilation of the same source under the same file name.
   */
  compile(source, filename, context, importModuleDynamically) {
    let entry = this.#entries.get(filename);
    if (entry && entry.source !== source) entry = undefined;
    // The first script's code cache is taken at its second use, after it has run: by then V8 has compiled the
    // functions the first file called, not only the top level.
    if (entry?.script) {
      entry.data = entry.script.createCachedData();
      entry.script = undefined;
    }
    const script = new vm.Script(source, { filename, cachedData: entry?.data, importModuleDynamically });
    const fromCache = entry?.data !== undefined && !script.cachedDataRejected;
    if (!fromCache) this.#entries.set(filename, { source, script });
    return { value: script.runInContext(context), fromCache };
  }
}

module.exports = { ModuleCodeCache };
