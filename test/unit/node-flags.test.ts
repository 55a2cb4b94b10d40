import fs from "node:fs";
import path from "node:path";
import { SERVICE_NODE_FLAGS, serviceNodeFlags } from "../../src/node-flags";

describe("the service's Node flags", () => {
  it("should be the flags npm start passes, so that the benchmarks measure what runs", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.start).toBe(`node ${SERVICE_NODE_FLAGS.join(" ")} dist/index.js`);
    // The loader too: its every-tie refresh at 1M entities peaked at 2.3 GB of RSS without them, 857 MB with them.
    expect(pkg.scripts.seed).toBe(`npm run build --silent && node ${SERVICE_NODE_FLAGS.join(" ")} dist/cli/seed.js`);
  });

  it("should never cap the old generation, which a large export may need", () => {
    expect(SERVICE_NODE_FLAGS.some(f => f.startsWith("--max-old-space-size"))).toBe(false);
  });

  it("should take INNOGRAPH_NODE_FLAGS instead when given, and none when it is empty", () => {
    expect(serviceNodeFlags({ INNOGRAPH_NODE_FLAGS: " --max-semi-space-size=4  --optimize-for-size " })).toEqual([
      "--max-semi-space-size=4",
      "--optimize-for-size",
    ]);
    expect(serviceNodeFlags({ INNOGRAPH_NODE_FLAGS: "" })).toEqual([]);
    expect(serviceNodeFlags({})).toEqual(SERVICE_NODE_FLAGS);
  });
});
