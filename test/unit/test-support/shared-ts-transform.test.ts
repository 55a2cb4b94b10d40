import fs from "node:fs";
import os from "node:os";
import path from "node:path";

interface Transformed {
  code: string;
}
interface Transformer {
  getCacheKey(source: string, filename: string, options: object): string;
  process(source: string, filename: string, options: object): Transformed;
}
// Plain CommonJS, as a jest transformer loaded before any transform must be.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createTransformer } = require("../../support/shared-ts-transform.cjs") as {
  createTransformer(options: object): Transformer;
};

const rootDir = path.resolve(__dirname, "..", "..", "..");
const tsJestOptions = { tsconfig: "<rootDir>/tsconfig.jest.json" };
const filename = path.join(rootDir, "src", "example.ts");
const source = "export const twice = (n: number): number => 2 * n;\n";

let cacheDirectory: string;
beforeEach(() => {
  cacheDirectory = fs.mkdtempSync(path.join(os.tmpdir(), "shared-ts-transform-"));
});
afterEach(() => fs.rmSync(cacheDirectory, { recursive: true, force: true }));

/** What jest hands a transformer: the project's configuration, which differs from tier to tier. */
const optionsOf = (displayName: string, roots: string[]) => ({
  config: { rootDir, cacheDirectory, displayName: { name: displayName }, roots },
  instrument: false,
  supportsStaticESM: false,
});
const unit = () => optionsOf("unit", [path.join(rootDir, "test", "unit")]);
const integration = () => optionsOf("integration", [path.join(rootDir, "test", "integration")]);

/** Marks the output a transformer kept on disk, to tell a file read from the cache from one transpiled again. */
function markKept(transformer: Transformer, text: string): void {
  const key = transformer.getCacheKey(text, filename, unit());
  const file = path.join(cacheDirectory, "innograph-shared-ts-transform", key.slice(0, 2), `${key}.json`);
  const kept = JSON.parse(fs.readFileSync(file, "utf8")) as Transformed;
  fs.writeFileSync(file, JSON.stringify({ ...kept, code: `// kept\n${kept.code}` }));
}

describe("the shared transform of the test tiers", () => {
  it("should give what ts-jest gives, and give another tier's process the output one tier kept", () => {
    const first = createTransformer(tsJestOptions);
    const output = first.process(source, filename, unit());
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const tsJest = (require("ts-jest") as { default: { createTransformer(o: object): Transformer } }).default;
    expect(output.code).toBe(tsJest.createTransformer(tsJestOptions).process(source, filename, unit()).code);
    expect(output.code).toContain("exports.twice");

    markKept(first, source);
    const other = createTransformer(tsJestOptions);
    expect(other.getCacheKey(source, filename, integration())).toBe(first.getCacheKey(source, filename, unit()));
    expect(other.process(source, filename, integration()).code).toBe(`// kept\n${output.code}`);
  });

  it("should transpile a changed file, or the same text at another path, anew", () => {
    const transformer = createTransformer(tsJestOptions);
    transformer.process(source, filename, unit());
    markKept(transformer, source);
    const changed = source.replace("2 * n", "3 * n");
    expect(transformer.process(changed, filename, unit()).code).toContain("3 * n");
    expect(transformer.process(changed, filename, unit()).code).not.toContain("// kept");
    const elsewhere = path.join(rootDir, "src", "other.ts");
    expect(transformer.getCacheKey(source, elsewhere, unit())).not.toBe(
      transformer.getCacheKey(source, filename, unit()),
    );
    expect(transformer.process(source, elsewhere, unit()).code).not.toContain("// kept");
  });
});
