import { TieKind } from "../domain/partnership";
import { strandsByPair } from "./tie-rules";
import type { JointFact, Strand, StoredTie } from "./tie-record";

/**
 * Co-attendance is the one tie kind not stored: at 100k generated entities it made 97% of the ties (an event
 * of fifty makes 1,225 pairs) while the default network leaves it out, so keeping it current cost most of every
 * write and of every load. A question that asks for it derives it from the facts, by the same rule and into the
 * same strands (kind, hub, modality, dates with their basis, sources, quotes) a stored tie holds.
 */
export function asksForCoAttendance(kinds: readonly string[]): boolean {
  return kinds.includes(TieKind.CO_ATTENDANCE);
}

/** The co-attendance ties that `facts` (co-attendance-*.cypher rows) make. */
export function coAttendanceTies(facts: JointFact[], published: Map<string, string | null>): StoredTie[] {
  return strandsByPair(facts, published);
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Stored and derived ties as one list: a pair with both keeps the strands of both, in a tie's strand order. */
export function mergeTies(stored: StoredTie[], derived: StoredTie[]): StoredTie[] {
  if (derived.length === 0) return stored;
  const byPair = new Map<string, StoredTie>(stored.map(t => [pairKey(t.a, t.b), t]));
  for (const t of derived) {
    const key = pairKey(t.a, t.b);
    const known = byPair.get(key);
    byPair.set(key, known ? { ...known, strands: [...known.strands, ...t.strands].sort(strandOrder) } : t);
  }
  return [...byPair.values()].sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

function strandOrder(x: Strand, y: Strand): number {
  return x.kind.localeCompare(y.kind) || x.via.localeCompare(y.via);
}
