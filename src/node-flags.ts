/**
 * The V8 flags innograph's process runs with: `npm start` passes them (package.json), and the benchmarks start
 * their child service with them, so that they measure what runs. None caps the heap (no
 * --max-old-space-size): a large export may still grow it as far as it needs.
 *
 * - A smaller young generation: under 64 requests in flight every semi-space fills and grows to its maximum
 *   (16 MB each by default on 64-bit, plus the space it copies into), resident whether or not it holds anything
 *   live; 8 MB halves that, at the price of more frequent (short) scavenges.
 * - A lower growth factor of the old generation: V8 lets it grow to up to 4 times what survived the last full
 *   collection before collecting again, which under a burst of allocation is mostly garbage kept resident.
 *   1.3 times collects sooner, concurrently with the requests.
 *
 * INNOGRAPH_NODE_FLAGS (space-separated) replaces them, for measuring others.
 */
export const SERVICE_NODE_FLAGS = ["--max-semi-space-size=8", "--heap-growing-percent=30"];

export function serviceNodeFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  const given = env.INNOGRAPH_NODE_FLAGS;
  return given === undefined ? SERVICE_NODE_FLAGS : given.split(/\s+/).filter(Boolean);
}
