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
  /** The answer's data; the calling test fails when the answer carries errors. */
  data<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<T>;
  stop(): Promise<void>;
}

/**
 * The production service, in-process on a free port, over the run's Neo4j. Global set-up seeded that server,
 * applied the schema and rehearsed the write path on it, so the service does not do it again.
 */
export async function startTestService(): Promise<TestService> {
  return serviceOver(await startInnograph(testConfig(), createLogger("silent"), { seed: false, prepareStore: false }));
}

/** A started service, asked as a client asks it: GraphQL over HTTP. */
export function serviceOver(app: Innograph): TestService {
  const service: TestService = {
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
    async data<T>(query: string, variables = {}, headers = {}) {
      const res = await service.gql<T>(query, variables, headers);
      expect(res.errors).toBeUndefined();
      return res.data!;
    },
    stop: () => app.stop(),
  };
  return service;
}
