import type { Network } from "../../../src/partnership/partnership-network";
import { ResultsPerNetwork } from "../../../src/partnership/results-per-network";

// Only identity matters to the store: two networks with equal contents are still two versions' networks.
const network = (): Network => ({ used: {} as Network["used"], nodes: ["a", "b"], ties: [] });

describe("results kept per built network", () => {
  it("should compute a key once for one network, however many ask, and share the answer", async () => {
    const results = new ResultsPerNetwork();
    const n = network();
    let runs = 0;
    const compute = () => Promise.resolve({ run: ++runs });
    const [first, second] = await Promise.all([
      results.get(n, "pagerank", compute),
      results.get(n, "pagerank", compute),
    ]);
    expect(await results.get(n, "pagerank", compute)).toBe(first);
    expect(second).toBe(first);
    expect(runs).toBe(1);
  });

  it("should compute again for another network object or another key", async () => {
    const results = new ResultsPerNetwork();
    const [n, rebuilt] = [network(), network()];
    let runs = 0;
    const compute = () => Promise.resolve(++runs);
    expect(await results.get(n, "pagerank", compute)).toBe(1);
    expect(await results.get(rebuilt, "pagerank", compute)).toBe(2);
    expect(await results.get(n, "louvain", compute)).toBe(3);
  });

  it("should not keep a failure: the next ask runs again", async () => {
    const results = new ResultsPerNetwork();
    const n = network();
    await expect(results.get(n, "louvain", () => Promise.reject(new Error("timed out")))).rejects.toThrow("timed out");
    expect(await results.get(n, "louvain", () => Promise.resolve("partition"))).toBe("partition");
  });
});
