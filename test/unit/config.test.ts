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
});
