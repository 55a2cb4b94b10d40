import { NetworkCache } from "../../../src/partnership/network-cache";

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
    const cache = new NetworkCache(2);
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
});
