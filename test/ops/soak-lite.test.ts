import { startTestService, type TestService } from "../support/harness";

// Bounded in time and count: a short soak that checks answers, not speed (speed is bench/soak.ts's table).
const SECONDS = Number(process.env.INNOGRAPH_SOAK_LITE_SECONDS ?? 15);
const CONNECTIONS = 8;
const MAX_REQUESTS = 5_000;

/** The read mix a dashboard sends (as bench/soak.ts): nested entity, list, search, path, neighbourhood, stats. */
const MIX = [
  `{ entity(id: "city-xuzhou") { id name nameEn kind aliases evidence { quote source { id title } } relations(first: 10) { type other { id name kind } evidence { quote } } } }`,
  `{ entities(first: 20, filter: { kinds: [University, ResearchInstitute, Academy] }) { totalCount nodes { id name kind } pageInfo { hasNextPage endCursor } } }`,
  `{ search(text: "徐州", first: 5) { id name kind } }`,
  `{ partnershipPaths(network: FACTS, from: "city-xuzhou", to: "city-shanghai", maxHops: 4) { paths { length steps { type sentence from { id } to { id } } } } }`,
  `{ neighbourhood(id: "city-xuzhou", depth: 2, limit: 100) { truncated nodes { id caption kind degree } edges { source target type } } }`,
  `{ stats { totalEntities totalRelations sources byKind { key count } byRelationType { key count } topPartnerCities { city { id } count } } }`,
];

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

describe("soak-lite", () => {
  it("should give every request under concurrent load the same answer it gives alone, with no error", async () => {
    const alone: string[] = [];
    for (const query of MIX) {
      const res = await service.gql(query);
      expect(res.errors).toBeUndefined();
      expect(res.status).toBe(200);
      alone.push(JSON.stringify(res.data));
    }

    const deadline = Date.now() + SECONDS * 1_000;
    let sent = 0;
    const differing: string[] = [];
    const worker = async (w: number) => {
      for (let i = w; Date.now() < deadline && sent < MAX_REQUESTS; i++) {
        sent += 1;
        const q = i % MIX.length;
        const res = await service.gql(MIX[q]!);
        const answer =
          res.status === 200 && !res.errors ? JSON.stringify(res.data) : `${res.status} ${JSON.stringify(res.errors)}`;
        if (answer !== alone[q]) differing.push(`query ${q}: ${answer.slice(0, 300)}`);
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, (_, w) => worker(w)));

    expect(sent).toBeGreaterThan(MIX.length * CONNECTIONS);
    expect(differing.slice(0, 5)).toEqual([]);
    // The service is still healthy afterwards.
    expect((await fetch(`${service.url}/health`)).status).toBe(200);
  }, 120_000);
});
