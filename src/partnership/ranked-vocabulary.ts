/**
 * The least and the most of a closed vocabulary ranked from weakest (0) up, as a joint fact and a tie combine
 * the modalities and evidence kinds of the facts behind them. An absent or unknown value reads as `absent`,
 * the top of the ranking (facts stored before a field existed were all of that kind).
 */
export function rankedVocabulary<T extends string>(rank: Record<T, number>, absent: NoInfer<T>) {
  const values = Object.keys(rank) as T[];
  const bottom = values.reduce((b, v) => (rank[v] < rank[b] ? v : b), absent);
  const read = (value: string | null | undefined): T => (value && value in rank ? (value as T) : absent);
  return {
    /** The weakest of the values (`absent` when there are none). */
    least: (found: (string | null | undefined)[]): T =>
      found.map(read).reduce((w, v) => (rank[v] < rank[w] ? v : w), absent),
    /** The strongest of the values (the bottom of the ranking when there are none). */
    most: (found: T[]): T => found.reduce((s, v) => (rank[v] > rank[s] ? v : s), bottom),
  };
}
