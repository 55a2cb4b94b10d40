/**
 * The V8 flags innograph's process runs with: `npm start` passes them (package.json), and the benchmarks start
 * their child service with them, so that they measure what runs. `npm run seed` passes them too: its refresh of
 * every tie after a 1M-entity load peaked at 2.3 GB of RSS without them and 857 MB with them, in less time. None caps the heap (no
 * --max-old-space-size): a large export may still grow it as far as it needs.
 *
 * - A lower growth factor of the old generation: V8 lets it grow to up to 4 times what survived the last full
 *   collection before collecting again, which under a burst of path searches is mostly garbage kept resident
 *   (100k partnership kinds: 333 MB of heap in use, RSS 437 MB). 1.3 times collects sooner, concurrently with
 *   the requests: RSS 257 MB on the same bench with both flags (bench/results/README.md, "Memory").
 * - A smaller young generation: under many requests in flight it grows to two semi-spaces of 16 MB (measured on
 *   Node 20), resident whether or not it holds anything live; 8 MB halves that, for more frequent short scavenges.
 *
 * INNOGRAPH_NODE_FLAGS (space-separated) replaces them, for measuring others.
 */
export const SERVICE_NODE_FLAGS = ["--max-semi-space-size=8", "--heap-growing-percent=30"];

export function serviceNodeFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  const given = env.INNOGRAPH_NODE_FLAGS;
  return given === undefined ? SERVICE_NODE_FLAGS : given.split(/\s+/).filter(Boolean);
}
