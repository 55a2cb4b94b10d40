import vm from "node:vm";

interface CompiledModule {
  value: () => unknown;
  fromCache: boolean;
}
// Plain CommonJS, as jest's custom runtime that uses it must be.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ModuleCodeCache } = require("../../support/module-code-cache.cjs") as {
  ModuleCodeCache: new () => { compile(source: string, filename: string, context: vm.Context): CompiledModule };
};

// A module body that reads its sandbox's globals and calls an inner function (compiled lazily by V8).
const source = "(function () { const twice = n => 2 * n; return `${globalThis.marker}:${twice(21)}`; })";
const sandbox = (marker: string) => vm.createContext({ marker });

describe("the module code cache of the test runtime", () => {
  it("should take a module's code from the cache in a later sandbox and still evaluate it in that sandbox", () => {
    const cache = new ModuleCodeCache();
    const first = cache.compile(source, "/m.js", sandbox("first"));
    expect(first.fromCache).toBe(false);
    expect(first.value()).toBe("first:42");
    const second = cache.compile(source, "/m.js", sandbox("second"));
    expect(second.fromCache).toBe(true);
    expect(second.value()).toBe("second:42");
    expect(second.value).not.toBe(first.value);
  });

  it("should compile a file anew when its source changed, and keep files with the same source apart", () => {
    const cache = new ModuleCodeCache();
    cache.compile(source, "/m.js", sandbox("a"));
    const changed = cache.compile(source.replace("21", "20"), "/m.js", sandbox("b"));
    expect(changed.fromCache).toBe(false);
    expect(changed.value()).toBe("b:40");
    expect(cache.compile(source, "/other.js", sandbox("c")).fromCache).toBe(false);
  });
});
