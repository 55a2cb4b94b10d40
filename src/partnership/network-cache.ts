/**
 * What this process read or built from the stored partnership ties, kept while the network's version token is
 * unchanged. Every write that can change a tie or where its ends sit bumps the token in its own transaction
 * (tie-store.ts), so an entry is used only for the committed state it was read under: a request first reads the
 * token (one index seek), then reuses or reloads. Reading the ties again per request cost most of a path
 * question at 100k entities (tens of thousands of ties, each with its strands as JSON).
 */
export class NetworkCache {
  private token: string | null | undefined;
  private readonly entries = new Map<string, Promise<unknown>>();

  /** @param limit how many entries one version keeps (built networks differ by window, kinds, level). */
  constructor(private readonly limit = 32) {}

  /**
   * The entry `key` of version `token`, loading it once (concurrent askers share the load). A token read before
   * the load keys what the load returns: if a write commits meanwhile, the next request reads the new token and
   * loads again, so nothing read before a write is served after it.
   */
  get<T>(token: string | null, key: string, load: () => Promise<T>): Promise<T> {
    if (token !== this.token) {
      this.entries.clear();
      this.token = token;
    }
    const known = this.entries.get(key) as Promise<T> | undefined;
    if (known) {
      // Most recently used last: the oldest entry is the first to go.
      this.entries.delete(key);
      this.entries.set(key, known);
      return known;
    }
    const loading = load();
    this.entries.set(key, loading);
    // A failed load is not kept: the next request tries again.
    loading.catch(() => this.entries.get(key) === loading && this.entries.delete(key));
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
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
    const loading = this.get(token, key, read);
    const { token: readUnder, value } = await loading;
    if (readUnder !== token && this.token === token && this.entries.get(key) === loading) this.entries.delete(key);
    return value;
  }
}
