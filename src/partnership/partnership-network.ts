import type { Modality } from "../domain/fact-meaning";
import { NetworkLevel, type TieKind } from "../domain/partnership";
import type { Window } from "./tie-dates";
import type { StoredTie } from "./tie-record";
import { keeps, tieOf, type TieFilter } from "./tie-rules";
import type { Strand, Tie } from "./tie-record";

/** What a partnership question ran on; every analytic answer echoes it. */
export interface NetworkUsed {
  level: NetworkLevel;
  kinds: TieKind[];
  modalities: Modality[];
  window: Window;
  weighted: boolean;
  /** Hubs that gather more entities than this make no ties (tie-rules.ts, HUB_LIMIT). */
  hubLimit: number;
}

/** A partnership network at one level: its ties (each over the strands the question keeps) and their ends. */
export interface Network {
  used: NetworkUsed;
  nodes: string[];
  ties: Tie[];
}

export interface Placement {
  cities: string[];
  corridors: string[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Where an entity's ties go at a level: itself at ENTITY, its cities at CITY, their corridors at CORRIDOR. */
function placesOf(level: NetworkLevel, id: string, placements: Map<string, Placement>): string[] {
  if (level === NetworkLevel.ENTITY) return [id];
  const p = placements.get(id);
  return (level === NetworkLevel.CITY ? p?.cities : p?.corridors) ?? [];
}

/**
 * The network a question asks for, from the stored entity ties: each tie keeps the strands of the asked
 * kinds, modalities and window; at CITY and CORRIDOR level the ties between members of two different
 * places become one tie between the places, over the union of their strands (one agreement signed by three
 * members counts once), with the member ties as its evidence. Ties inside one place are left out.
 */
export function buildNetwork(
  stored: StoredTie[],
  placements: Map<string, Placement>,
  filter: TieFilter & { sources: string[] },
  used: NetworkUsed,
): Network {
  const pairs = new Map<
    string,
    { a: string; b: string; strands: Map<string, Strand>; members: { a: string; b: string }[] }
  >();
  for (const t of stored) {
    const kept = t.strands.filter(
      s => keeps(filter, s) && (filter.sources.length === 0 || s.sources.some(x => filter.sources.includes(x))),
    );
    if (kept.length === 0) continue;
    for (const pa of placesOf(used.level, t.a, placements)) {
      for (const pb of placesOf(used.level, t.b, placements)) {
        if (pa === pb) continue;
        const key = pairKey(pa, pb);
        const pair = pairs.get(key) ?? { a: pa, b: pb, strands: new Map<string, Strand>(), members: [] };
        pairs.set(key, pair);
        for (const s of kept) pair.strands.set(`${s.kind}\u0000${s.via}`, s);
        if (used.level !== NetworkLevel.ENTITY) pair.members.push({ a: t.a, b: t.b });
      }
    }
  }
  const ties = [...pairs.values()]
    .map(p => tieOf(p.a, p.b, [...p.strands.values()], p.members))
    .filter((t): t is Tie => t !== null)
    .sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  const nodes = [...new Set(ties.flatMap(t => [t.a, t.b]))].sort();
  return { used, nodes, ties };
}
