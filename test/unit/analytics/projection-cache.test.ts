import { ProjectionCache, type KeptProjection } from "../../../src/analytics/projection-cache";

const graph = (name: string, nodeCount = 10, relationshipCount = 20): KeptProjection => ({
  graph: name,
  nodeCount,
  relationshipCount,
});

function cacheOf(graphs: number, elements: number) {
  const dropped: string[] = [];
  const cache = new ProjectionCache({ graphs, elements }, async g => {
    dropped.push(g);
  });
  return { cache, dropped };
}

describe("ProjectionCache", () => {
  it("should hand a kept projection back for the same scope, with the token it was made under", () => {
    const { cache, dropped } = cacheOf(4, 1_000);
    expect(cache.offer("t1", "corridor-a", graph("g1"))).toBe(true);
    const lease = cache.acquire("corridor-a");
    expect(lease).toMatchObject({ projection: { graph: "g1", nodeCount: 10 }, token: "t1" });
    expect(cache.acquire("corridor-b")).toBeUndefined();
    lease!.release();
    expect(dropped).toEqual([]);
    expect(cache.graphs).toEqual(["g1"]);
  });

  it("should keep nothing when turned off, or a projection bigger than the whole budget", () => {
    const off = cacheOf(0, 1_000);
    expect(off.cache.offer("t1", "a", graph("g1"))).toBe(false);
    expect(off.cache.acquire("a")).toBeUndefined();
    const small = cacheOf(4, 29);
    expect(small.cache.offer("t1", "a", graph("g1"))).toBe(false);
    expect(small.cache.graphs).toEqual([]);
    // Refused ones are the caller's to drop.
    expect(small.dropped).toEqual([]);
  });

  it("should drop every projection of another token once the graph changed", () => {
    const { cache, dropped } = cacheOf(4, 1_000);
    cache.offer("t1", "a", graph("g1"));
    cache.offer("t1", "b", graph("g2"));
    cache.stale("t2");
    expect(cache.graphs).toEqual([]);
    expect(dropped.sort()).toEqual(["g1", "g2"]);
    // An offer under the new token also clears what the old one left.
    cache.offer("t2", "a", graph("g3"));
    cache.offer("t3", "b", graph("g4"));
    expect(cache.graphs).toEqual(["g4"]);
    expect(dropped).toContain("g3");
  });

  it("should not drop a projection a request is still running on, but once it is released", () => {
    const { cache, dropped } = cacheOf(4, 1_000);
    cache.offer("t1", "a", graph("g1"));
    const lease = cache.acquire("a")!;
    cache.stale("t2");
    expect(cache.graphs).toEqual([]);
    expect(dropped).toEqual([]);
    lease.release();
    lease.release();
    expect(dropped).toEqual(["g1"]);
  });

  it("should evict the least recently used projection beyond the count or the element budget", () => {
    const { cache, dropped } = cacheOf(2, 100);
    cache.offer("t", "a", graph("g1"));
    cache.offer("t", "b", graph("g2"));
    cache.acquire("a")!.release();
    cache.offer("t", "c", graph("g3"));
    expect(cache.graphs.sort()).toEqual(["g1", "g3"]);
    expect(dropped).toEqual(["g2"]);
    // 30 + 30 + 50 elements > 100: the older of the two goes.
    cache.offer("t", "d", graph("g4", 20, 30));
    expect(cache.graphs.sort()).toEqual(["g3", "g4"]);
    expect(dropped).toEqual(["g2", "g1"]);
  });

  it("should keep one projection per scope when two requests made one each", () => {
    const { cache } = cacheOf(4, 1_000);
    expect(cache.offer("t", "a", graph("g1"))).toBe(true);
    expect(cache.offer("t", "a", graph("g2"))).toBe(false);
    expect(cache.graphs).toEqual(["g1"]);
  });

  it("should forget a projection the catalog no longer holds, without dropping it", () => {
    const { cache, dropped } = cacheOf(4, 1_000);
    cache.offer("t", "a", graph("g1"));
    cache.vanished("a", "g1");
    expect(cache.acquire("a")).toBeUndefined();
    expect(dropped).toEqual([]);
  });

  it("should let one request project a scope while the others wait, then hand them its projection", async () => {
    const { cache } = cacheOf(4, 1_000);
    const first = await cache.turn("a");
    let waited = false;
    const second = cache.turn("a").then(done => {
      waited = true;
      return done;
    });
    // Another scope does not wait.
    (await cache.turn("b"))();
    await Promise.resolve();
    expect(waited).toBe(false);
    cache.offer("t", "a", graph("g1"));
    first();
    (await second)();
    expect(waited).toBe(true);
    expect(cache.acquire("a")?.projection.graph).toBe("g1");
  });

  it("should give the next waiter its turn to project when the first request kept nothing", async () => {
    const { cache } = cacheOf(4, 1_000);
    const first = await cache.turn("a");
    const order: string[] = [];
    const second = cache.turn("a").then(done => (order.push("second"), done));
    const third = cache.turn("a").then(done => (order.push("third"), done));
    first();
    const secondDone = await second;
    await Promise.resolve();
    // The second projects now; the third waits for it.
    expect(order).toEqual(["second"]);
    secondDone();
    (await third)();
    expect(order).toEqual(["second", "third"]);
  });

  it("should drop every kept projection on close", async () => {
    const { cache, dropped } = cacheOf(4, 1_000);
    cache.offer("t", "a", graph("g1"));
    cache.offer("t", "b", graph("g2"));
    await cache.close();
    expect(dropped.sort()).toEqual(["g1", "g2"]);
    expect(cache.graphs).toEqual([]);
  });
});
