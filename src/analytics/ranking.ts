export interface Scored {
  id: string;
  score: number;
}

// Scores that are equal in exact arithmetic can differ in the last bits after floating-point sums.
const RELATIVE_TIE = 1e-9;

function tied(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TIE * Math.max(Math.abs(a), Math.abs(b), 1e-300);
}

/**
 * Competition ranks (1, 2, 2, 4) for scores already sorted highest first; correct for any prefix of
 * the full ranking, so it can follow a LIMIT.
 */
export function withRanks<T extends Scored>(sorted: T[]): (T & { rank: number })[] {
  let rank = 0;
  return sorted.map((s, i) => {
    const prev = sorted[i - 1];
    if (!prev || !tied(prev.score, s.score)) rank = i + 1;
    return { ...s, rank };
  });
}
