import { createLogger } from "../src/logger";
import { Database } from "../src/neo4j/database";
import { withRequestMetadata } from "../src/neo4j/transaction-metadata";
import { testConfig } from "./support/test-env";

let db: Database;

beforeAll(() => {
  const config = testConfig();
  db = new Database({ ...config.neo4j, uri: process.env.INNOGRAPH_TEST_BOLT_URI! }, createLogger("silent"));
});

afterAll(async () => {
  await db.close();
});

describe("transaction metadata", () => {
  it("should carry the operation name of the request a transaction serves", async () => {
    const metadata: { operationName?: string } = {};
    const rows = await withRequestMetadata(metadata, async () => {
      // Learnt after the request began, as Apollo resolves the operation after the request arrives.
      metadata.operationName = "CityCard";
      return db.read<{ metaData: Record<string, unknown> }>("test/own-transaction-metadata");
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.metaData).toEqual({ app: "innograph", operationName: "CityCard" });
  });

  it("should name only the app outside a request", async () => {
    const rows = await db.read<{ metaData: Record<string, unknown> }>("test/own-transaction-metadata");
    expect(rows[0]!.metaData).toEqual({ app: "innograph" });
  });
});
