import { loadConfig, type Config } from "../../src/config";

/**
 * Tests own a separate local instance ("test", Bolt 7688) so they never touch the data of `npm start`;
 * NEO4J_TEST_URI points them at another server instead (it will be wiped).
 */
export function testConfig(): Config {
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: process.env.NEO4J_TEST_URI ?? process.env.INNOGRAPH_TEST_BOLT_URI ?? "",
    INNOGRAPH_NEO4J_INSTANCE: process.env.INNOGRAPH_TEST_INSTANCE ?? "test",
    INNOGRAPH_NEO4J_BOLT_PORT: process.env.INNOGRAPH_TEST_NEO4J_BOLT_PORT ?? "7688",
    INNOGRAPH_NEO4J_HEAP: process.env.INNOGRAPH_NEO4J_HEAP ?? "1g",
    INNOGRAPH_NEO4J_PAGECACHE: "256m",
    INNOGRAPH_EDITOR_KEYS: "test-editor-key",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  });
  return { ...config, port: 0 };
}
