import { createLogger } from "../../src/logger";
import { startInnograph, type Innograph } from "../../src/innograph";
import { testConfig } from "./test-env";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestService {
  app: Innograph;
  url: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** The production service, in-process on a free port, over the run's Neo4j (seeded by global set-up). */
export async function startTestService(): Promise<TestService> {
  const app = await startInnograph(testConfig(), createLogger("silent"), { seed: false });
  return {
    app,
    url: app.url,
    async gql(query, variables = {}, headers = {}) {
      const res = await fetch(`${app.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    stop: () => app.stop(),
  };
}
