import { LRUCache } from "lru-cache";
import { approximateBytes } from "./approximate-bytes";

/** How much one process keeps of one network version (INNOGRAPH_NETWORK_CACHE_ENTRIES, _MB). */
export interface NetworkCacheLimits {
  /** Built networks differ by window, kinds and level: an evolution of ten years asks for ten at once. */
  entries: number;
  /** About this many bytes of heap in all, by approximateBytes. */
  bytes: number;
}

export const DEFAULT_NETWORK_CACHE: NetworkCacheLimits = { entries: 32, bytes: 96 * 2 ** 20 };

/**
 * What this process read or built from the stored partnership ties, kept while the network's version token is
 * unchanged. Every write that can change a tie or where its ends sit bumps the token in its own transaction
 * (tie-store.ts), so an entry is used only for the committed state it was read under: a request first reads the
 * token (one index seek), then reuses or reloads. Reading the ties again per request cost most of a path
 * question at 100k entities (tens of thousands of ties, each with its strands as JSON).
 *
 * Bounded by entries and by bytes, least recently used out first. Whole networks per question were kept without
 * a byte bound: after the bench's questions at 100k entities they held about 100 MB of heap, twice the rest of the
 * process's heap at rest (bench/network-cache-size.ts). An entry over
 * the whole budget is still kept, alone: the question in hand needs it, and the next one most likely too.
 */
export class NetworkCache {
  private token: string | null | undefined;
  /** Loads in flight: concurrent askers share one. */
  private readonly loading = new Map<string, Promise<unknown>>();
  private readonly kept: LRUCache<string, { value: unknown }>;
  private readonly maxBytes: number;

  constructor(
    limits: Partial<NetworkCacheLimits> = {},
    private readonly sizeOf: (value: unknown) => number = v => approximateBytes(v),
  ) {
    const { entries, bytes } = { ...DEFAULT_NETWORK_CACHE, ...limits };
    this.maxBytes = Math.max(1, bytes);
    this.kept = new LRUCache({ max: Math.max(1, entries), maxSize: this.maxBytes });
  }

  /** About how many bytes the kept entries hold. */
  get bytes(): number {
    return this.kept.calculatedSize;
  }

  /**
   * The entry `key` of version `token`, loading it once (concurrent askers share the load). A token read before
   * the load keys what the load returns: if a write commits meanwhile, the next request reads the new token and
   * loads again, so nothing read before a write is served after it.
   * @param how.keep whether a loaded value may be kept (it answers its askers either way)
   * @param how.sizeOf its size in bytes, when the cache's own measure would count what other entries hold
   */
  get<T>(
    token: string | null,
    key: string,
    load: () => Promise<T>,
    how: { keep?: (value: T) => boolean; sizeOf?: (value: T) => number } = {},
  ): Promise<T> {
    if (token !== this.token) {
      this.kept.clear();
      this.loading.clear();
      this.token = token;
    }
    const known = this.kept.get(key);
    if (known) return Promise.resolve(known.value as T);
    const inFlight = this.loading.get(key);
    if (inFlight) return inFlight as Promise<T>;
    const loading = load();
    this.loading.set(key, loading);
    // Settled first, before any asker resumes. A failed load is not kept: the next request tries again. A load
    // of a version that has since changed is no longer in `loading`, and is not kept either.
    loading.then(
      value => {
        if (this.loading.get(key) !== loading) return;
        this.loading.delete(key);
        if (how.keep && !how.keep(value)) return;
        const bytes = (how.sizeOf ?? this.sizeOf)(value);
        this.kept.set(key, { value }, { size: Math.min(this.maxBytes, Math.max(1, bytes)) });
      },
      () => this.loading.get(key) === loading && this.loading.delete(key),
    );
    return loading;
  }

  /**
   * As `get`, for a load that reads the version token itself, in the transaction that reads the value, so the
   * value is of the state the token names. On a cluster the token read before and the load may reach members at
   * different states; a load whose own token differs from `token` answers its request but is not kept, so no
   * entry is ever kept under a token it was not read under.
   */
  async getRead<T>(
    token: string | null,
    key: string,
    read: () => Promise<{ token: string | null; value: T }>,
  ): Promise<T> {
    return (await this.get(token, key, read, { keep: loaded => loaded.token === token })).value;
  }
}
