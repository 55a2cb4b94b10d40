import express from "express";
import type { AddressInfo } from "node:net";
import { createLogger } from "../../../src/logger";
import { loadShedding } from "../../../src/http/load-shedding";
import { metricsRegistry } from "../../../src/observability/metrics";

const MB = 1024 * 1024;

/** A bare express app with the shedding middleware in front of one route and /health mounted before it. */
async function serve(probe: () => number) {
  const app = express();
  app.get("/health", (_req, res) => res.json({ status: "ok" }));
  app.use(loadShedding({ maxHeapBytes: 100 * MB, retryAfterSeconds: 7 }, createLogger("silent"), probe));
  app.post("/graphql", (_req, res) => res.json({ data: { ok: true } }));
  const server = app.listen(0, "127.0.0.1");
  await new Promise(resolve => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise(resolve => server.close(resolve)) };
}

/** A metric's current value as an operator's scrape would read it. */
async function metric(name: string): Promise<number> {
  const m = await metricsRegistry.getSingleMetric(name)!.get();
  return m.values[0]?.value ?? 0;
}

describe("load shedding", () => {
  it("should turn new requests away with 503 and Retry-After while the heap is over the threshold, and serve again once it recovers", async () => {
    let heap = 50 * MB;
    const { url, close } = await serve(() => heap);
    try {
      const post = () => fetch(`${url}/graphql`, { method: "POST" });
      expect((await post()).status).toBe(200);
      expect(await metric("innograph_load_shedding")).toBe(0);
      const shedBefore = await metric("innograph_requests_shed_total");
      heap = 120 * MB;
      const refused = await post();
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("7");
      expect(
        ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
      ).toBe("SERVICE_UNAVAILABLE");
      expect((await fetch(`${url}/health`)).status).toBe(200);
      expect(await metric("innograph_load_shedding")).toBe(1);
      // Just under the threshold is not yet recovered: no flapping at the edge.
      heap = 95 * MB;
      expect((await post()).status).toBe(503);
      heap = 60 * MB;
      expect((await post()).status).toBe(200);
      expect(await metric("innograph_load_shedding")).toBe(0);
      expect((await metric("innograph_requests_shed_total")) - shedBefore).toBe(2);
    } finally {
      await close();
    }
  });
});
