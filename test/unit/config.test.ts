import { loadConfig } from "../../src/config";

describe("configuration", () => {
  it("should read every limit from the environment", () => {
    const names = [
      "INNOGRAPH_MAX_DEPTH",
      "INNOGRAPH_MAX_ALIASES",
      "INNOGRAPH_MAX_TOKENS",
      "INNOGRAPH_MAX_COST",
      "INNOGRAPH_MAX_DIRECTIVES",
      "INNOGRAPH_LIST_CAP",
    ];
    const saved = names.map(n => process.env[n]);
    try {
      names.forEach((n, i) => (process.env[n] = String(i + 3)));
      const env = { ...process.env, INNOGRAPH_BLOCK_FIELD_SUGGESTIONS: "true" };
      expect(loadConfig(env).limits).toEqual({
        maxDepth: 3,
        maxAliases: 4,
        maxTokens: 5,
        maxCost: 6,
        maxDirectives: 7,
        listCap: 8,
        blockFieldSuggestions: true,
      });
    } finally {
      names.forEach((n, i) => (saved[i] === undefined ? delete process.env[n] : (process.env[n] = saved[i])));
    }
  });

  it("should refuse a Neo4j heap size the JVM would not take, naming the variable", () => {
    for (const heap of ["1x", "2 g", "-1g", "0"]) {
      expect(() => loadConfig({ INNOGRAPH_NEO4J_HEAP: heap })).toThrow(
        `Environment variable INNOGRAPH_NEO4J_HEAP must be a JVM heap size such as 512m or 2g, got "${heap}"`,
      );
    }
    expect(loadConfig({ INNOGRAPH_NEO4J_HEAP: "4G" }).local.heap).toBe("4G");
    expect(loadConfig({}).local.heap).toBe("2g");
  });
});
