import type { Network } from "./partnership-network";

/**
 * What a measure or partition of one built network came to, kept as long as that network object lives. A built
 * network is cached per data version (NetworkCache), so a result keyed by the object is never served for another
 * version: a write bumps the version, the next question builds a new network, and the old one and its results go
 * to the garbage collector together, as they do when the cache evicts it. A network cut to a scope is built per
 * question and so keeps nothing.
 *
 * Why: a dashboard asks the same question again and again, and a GDS run is most of what it costs (a ten-year
 * CITY evolution at 100k entities runs ten projections and ten Louvain runs, 4–12 s on two cores). Kept here,
 * Louvain's answer also stays the same between two asks of one version, where a fresh run may reorder ties.
 *
 * Callers must not change what they get: every asker of one key shares it.
 */
export class ResultsPerNetwork {
  private readonly kept = new WeakMap<Network, Map<string, Promise<unknown>>>();

  get<T>(network: Network, key: string, compute: () => Promise<T>): Promise<T> {
    let results = this.kept.get(network);
    if (!results) {
      results = new Map();
      this.kept.set(network, results);
    }
    const known = results.get(key);
    if (known) return known as Promise<T>;
    const computing = compute();
    results.set(key, computing);
    // A failure is not kept (a timeout under load should not answer every later ask); the asker still sees it.
    computing.catch(() => {
      if (results.get(key) === computing) results.delete(key);
    });
    return computing;
  }
}
