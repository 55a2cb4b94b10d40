import { serverAudits } from "graphql-http";
import { startTestService, type TestService } from "../support/harness";

let service: TestService;
const outcomes: Record<string, string[]> = {};

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
  const summary = Object.entries(outcomes)
    .map(([status, names]) => `${names.length} ${status}`)
    .join(", ");
  const notOk = Object.entries(outcomes)
    .filter(([s]) => s !== "ok")
    .flatMap(([s, names]) => names.map(n => `  ${s}: ${n}`));
  process.stdout.write(`graphql-http serverAudits: ${summary}\n${notOk.join("\n")}\n`);
});

describe("GraphQL over HTTP (graphql-http's server audits)", () => {
  // A MUST the service breaks is an "error"; a SHOULD or MAY it does not follow is a "warn" or "notice".
  it.each(serverAudits({ url: () => `${service.url}/graphql` }).map(audit => [audit.name, audit] as const))(
    "should not fail %s",
    async (_name, audit) => {
      const result = await audit.fn();
      (outcomes[result.status] ??= []).push(audit.name);
      expect(result.status === "error" ? `${result.reason}` : "not an error").toBe("not an error");
    },
  );
});
