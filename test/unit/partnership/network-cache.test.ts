import { NetworkCache } from "../../../src/partnership/network-cache";
import { approximateBytes } from "../../../src/partnership/approximate-bytes";

describe("the partnership network cache", () => {
  it("should load an entry once per version and share it between askers", async () => {
    const cache = new NetworkCache();
    let loads = 0;
    const load = async () => ++loads;
    const [x, y] = await Promise.all([cache.get("v1", "ties", load), cache.get("v1", "ties", load)]);
    expect([x, y, loads]).toEqual([1, 1, 1]);
    expect(await cache.get("v1", "ties", load)).toBe(1);
  });

  it("should load again, and never serve the old entry, once the version changes", async () => {
    const cache = new NetworkCache();
    let loads = 0;
    const load = async () => ++loads;
    await cache.get("v1", "ties", load);
    expect(await cache.get("v2", "ties", load)).toBe(2);
    // A request that read the old token before the write: it gets a fresh read, not the entry of another version.
    expect(await cache.get("v1", "ties", load)).toBe(3);
    // Before any write the token is null: a version like any other.
    expect(await cache.get(null, "ties", load)).toBe(4);
  });

  it("should not keep a failed load", async () => {
    const cache = new NetworkCache();
    await expect(cache.get("v1", "ties", () => Promise.reject(new Error("timed out")))).rejects.toThrow("timed out");
    expect(await cache.get("v1", "ties", async () => "read")).toBe("read");
  });

  it("should drop the least recently used entry beyond its limit", async () => {
    const cache = new NetworkCache({ entries: 2 });
    let loads = 0;
    const load = async () => ++loads;
    await cache.get("v1", "a", load);
    await cache.get("v1", "b", load);
    await cache.get("v1", "a", load); // a is now the most recently used
    await cache.get("v1", "c", load); // b goes
    expect(await cache.get("v1", "a", load)).toBe(1);
    expect(await cache.get("v1", "b", load)).toBe(4);
  });

  it("should answer from a load read under another version but not keep it", async () => {
    const cache = new NetworkCache();
    let loads = 0;
    // The token read first says v1; the load's own transaction saw v2 (a write, or another cluster member, between).
    const read = async () => ({ token: loads++ === 0 ? "v2" : "v1", value: loads });
    expect(await cache.getRead("v1", "ties", read)).toBe(1);
    expect(await cache.getRead("v1", "ties", read)).toBe(2);
    expect(await cache.getRead("v1", "ties", read)).toBe(2);
  });

  it("should drop the least recently used entries once the kept bytes pass the limit, and still answer", async () => {
    // Each value's size is its length: three of 40 bytes do not fit in 100.
    const cache = new NetworkCache({ bytes: 100 }, v => (v as string).length);
    const loads: string[] = [];
    const load = (key: string) => async () => (loads.push(key), key.repeat(40));
    await cache.get("v1", "a", load("a"));
    await cache.get("v1", "b", load("b"));
    expect(cache.bytes).toBe(80);
    await cache.get("v1", "a", load("a")); // a is now the most recently used
    await cache.get("v1", "c", load("c")); // b goes
    expect(cache.bytes).toBe(80);
    expect(await cache.get("v1", "a", load("a"))).toBe("a".repeat(40));
    expect(await cache.get("v1", "b", load("b"))).toBe("b".repeat(40));
    expect(loads).toEqual(["a", "b", "c", "b"]);
  });

  it("should keep an entry larger than the whole budget alone, so the next asker is not made to wait for a reload", async () => {
    const cache = new NetworkCache({ bytes: 100 }, v => (v as string).length);
    let loads = 0;
    await cache.get("v1", "small", async () => (++loads, "s"));
    const big = async () => (++loads, "x".repeat(500));
    await cache.get("v1", "big", big);
    expect(await cache.get("v1", "big", big)).toHaveLength(500);
    expect(loads).toBe(2);
    expect(cache.bytes).toBe(100);
    // The small one made room for it.
    expect(await cache.get("v1", "small", async () => (++loads, "s"))).toBe("s");
    expect(loads).toBe(3);
  });

  it("should not keep the entries of a version that changed while they were loading", async () => {
    const cache = new NetworkCache();
    let release!: (v: string) => void;
    const slow = cache.get("v1", "ties", () => new Promise<string>(r => (release = r)));
    expect(await cache.get("v2", "ties", async () => "new")).toBe("new");
    release("old");
    expect(await slow).toBe("old");
    expect(await cache.get("v2", "ties", async () => "reloaded")).toBe("new");
  });
});

describe("approximateBytes", () => {
  it("should grow with what a value holds, counting a shared object once", () => {
    const strand = { kind: "AGREEMENT", via: "agr-1", quote: "长三角G60科创走廊".repeat(10) };
    const one = approximateBytes([{ a: "x", b: "y", strands: [strand] }]);
    const two = approximateBytes([
      { a: "x", b: "y", strands: [strand] },
      { a: "x", b: "z", strands: [strand] },
    ]);
    const twoOwn = approximateBytes([
      { a: "x", b: "y", strands: [strand] },
      { a: "x", b: "z", strands: [{ ...strand }] },
    ]);
    expect(two).toBeGreaterThan(one);
    expect(twoOwn - two).toBeGreaterThanOrEqual(2 * strand.quote.length);
  });

  it("should count the entries of maps and sets, typed arrays and a cycle without looping", () => {
    const cyclic: Record<string, unknown> = { name: "a" };
    cyclic.self = cyclic;
    expect(approximateBytes(cyclic)).toBeLessThan(200);
    expect(approximateBytes(new Map([["k", "v".repeat(1000)]]))).toBeGreaterThan(1000);
    expect(approximateBytes(new Set(["w".repeat(1000)]))).toBeGreaterThan(1000);
    expect(approximateBytes(new Float64Array(1000))).toBeGreaterThan(8000);
    // A 200,000-element array: no spread past the engine's argument limit.
    expect(approximateBytes(Array.from({ length: 200_000 }, (_, i) => i))).toBeGreaterThan(200_000 * 8);
  });
});

describe("approximateBytes of a built network", () => {
  it("should count the strands a network shares with its ties once, in the ties", () => {
    const strands = Array.from({ length: 50 }, (_, i) => ({
      kind: "AGREEMENT",
      via: `agr-${i}`,
      quote: "签署合作协议".repeat(20),
    }));
    const ties = [{ a: "x", b: "y", strands }];
    const network = { nodes: ["x", "y"], ties: [{ a: "x", b: "y", weight: 50, strands: [...strands] }] };
    const shared = approximateBytes(network, new Set(["strands"]));
    expect(shared).toBeLessThan(approximateBytes(ties) / 5);
    expect(approximateBytes(network)).toBeGreaterThan(approximateBytes(ties));
  });
});
