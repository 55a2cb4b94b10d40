import { Modality } from "../domain/fact-meaning";
import { TieKind } from "../domain/partnership";
import { RelationType } from "../domain/relation-type";
import { inWindow, strandDate, type Window } from "./tie-dates";
import { bestEvidence, weakestEvidence } from "./tie-evidence";
import { rankedVocabulary } from "./ranked-vocabulary";
import type { JointFact, Strand, StrandDate, Tie } from "./tie-record";

/**
 * The rule of each tie kind: the relationship type that joins both entities to one hub (or joins them
 * directly, for COOPERATES_WITH). cypher/partnership/joint-facts.cypher matches exactly these patterns.
 */
export const KIND_OF_LINK: Partial<Record<RelationType, TieKind>> = {
  [RelationType.COOPERATES_WITH]: TieKind.COOPERATION,
  [RelationType.PARTY_TO]: TieKind.CO_PARTY,
  [RelationType.FOUNDED]: TieKind.CO_FOUNDER,
  [RelationType.HOSTED]: TieKind.CO_HOST,
  [RelationType.MEMBER_OF]: TieKind.CO_MEMBER,
  [RelationType.CENTRAL_CITY_OF]: TieKind.CO_MEMBER,
  [RelationType.ATTENDED]: TieKind.CO_ATTENDANCE,
  [RelationType.SPOKE_AT]: TieKind.CO_ATTENDANCE,
};

/**
 * What one strand of each kind adds to a tie's weight. A stated cooperation or a shared agreement is a
 * commitment (3); founding something together is one (2); hosting one event together is a lighter joint act
 * (1); sharing an alliance or corridor says little (0.25); being at the same event says least (0.1).
 */
export const KIND_WEIGHT: Record<TieKind, number> = {
  [TieKind.COOPERATION]: 3,
  [TieKind.CO_PARTY]: 3,
  [TieKind.CO_FOUNDER]: 2,
  [TieKind.CO_HOST]: 1,
  [TieKind.CO_MEMBER]: 0.25,
  [TieKind.CO_ATTENDANCE]: 0.1,
};

/**
 * The largest crowd a shared hub (agreement, platform, event, corridor or alliance) may gather and still make
 * ties. Sharing a hub with fifty others says nothing of partnership, and would join every pair of them (a
 * clique that grows with the square of the crowd and drowns the real ties), so such a hub makes none.
 */
export const HUB_LIMIT = 50;

/** What each article beyond the first that reports the tie adds: independent reports corroborate it. */
export const SOURCE_BONUS = 0.5;

/**
 * The weight of a tie: Σ over its strands of KIND_WEIGHT[kind] (each distinct agreement, platform, event,
 * alliance or stated cooperation counts once), plus SOURCE_BONUS × (distinct sources − 1).
 * Three signed agreements weigh 9, one shared event 1; reported by two articles, each gains 0.5.
 */
export function tieWeight(strands: Strand[]): number {
  if (strands.length === 0) return 0;
  const sources = new Set(strands.flatMap(s => s.sources));
  return strands.reduce((w, s) => w + KIND_WEIGHT[s.kind], 0) + SOURCE_BONUS * Math.max(0, sources.size - 1);
}

const SURENESS = rankedVocabulary(
  { [Modality.ASPIRATION]: 0, [Modality.PLANNED]: 1, [Modality.ACTUAL]: 2 },
  Modality.ACTUAL,
);

/** A joint fact is as sure as its least sure part: a planned agreement, or a planned party to a signed one, is planned. */
export const weakest = SURENESS.least;

/** A tie is ACTUAL if any actual fact supports it, else PLANNED if any planned one does. */
export const strongest = SURENESS.most;

export interface PairStrands {
  a: string;
  b: string;
  strands: Strand[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * The strands of every pair in `facts`, one per (kind, hub): two parties reached through both PARTY_TO
 * links of one agreement form one strand however many rows report it.
 * @param published each source id's publication date, for undated facts.
 */
export function strandsByPair(facts: JointFact[], published: Map<string, string | null>): PairStrands[] {
  const byPair = new Map<string, { a: string; b: string; strands: Map<string, Strand> }>();
  for (const f of facts) {
    const kind = KIND_OF_LINK[f.linkType as RelationType];
    if (!kind || f.a === f.b) continue;
    const key = pairKey(f.a, f.b);
    const pair = byPair.get(key) ?? {
      a: f.a < f.b ? f.a : f.b,
      b: f.a < f.b ? f.b : f.a,
      strands: new Map<string, Strand>(),
    };
    byPair.set(key, pair);
    const strands = pair.strands;
    const via = f.hub?.id ?? f.links[0]!.id;
    const sources = [...new Set(f.links.flatMap(l => l.sources ?? []))].sort();
    const previous = strands.get(`${kind}\u0000${via}`);
    const links = [...(previous?.factIds ?? []), ...f.links.map(l => l.id)];
    const merged: Strand = {
      ...strandDate(
        f.hub,
        f.links,
        sources.map(s => published.get(s)),
      ),
      kind,
      via,
      viaName: f.hub?.name ?? null,
      modality: weakest([f.hub?.modality, ...f.links.map(l => l.modality)]),
      evidenceKind: weakestEvidence([f.hub?.evidenceKind, ...f.links.map(l => l.evidenceKind)]),
      sources: [...new Set([...(previous?.sources ?? []), ...sources])].sort(),
      factIds: [...new Set(links)].sort(),
      // Sorted like the ids: which side of the pair a write started from must not change the stored tie.
      evidence: [...new Set([...(previous?.evidence ?? []), ...f.links.flatMap(l => l.evidence ?? [])])].sort(),
    };
    strands.set(`${kind}\u0000${via}`, merged);
  }
  return [...byPair.values()].map(({ a, b, strands }) => ({
    a,
    b,
    strands: [...strands.values()].sort((x, y) => x.kind.localeCompare(y.kind) || x.via.localeCompare(y.via)),
  }));
}

function earliest(dates: StrandDate[]): StrandDate | null {
  return dates.filter(d => d.start !== null).sort((x, y) => x.start!.localeCompare(y.start!))[0] ?? null;
}

function latest(dates: StrandDate[]): StrandDate | null {
  return dates.filter(d => d.end !== null).sort((x, y) => y.end!.localeCompare(x.end!))[0] ?? null;
}

/** The tie that `strands` make between a and b, or null when none is left. */
export function tieOf(a: string, b: string, strands: Strand[], members: { a: string; b: string }[] = []): Tie | null {
  if (strands.length === 0) return null;
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const pick = (d: StrandDate | null) =>
    d && { date: d.date, basis: d.basis, precision: d.precision, start: d.start, end: d.end };
  return {
    a: lo,
    b: hi,
    kinds: [...new Set(strands.map(s => s.kind))].sort(),
    weight: tieWeight(strands),
    modality: strongest(strands.map(s => s.modality)),
    evidenceKind: bestEvidence(strands.map(s => s.evidenceKind)),
    first: pick(earliest(strands)),
    last: pick(latest(strands)),
    strands,
    members,
  };
}

/** Which strands a network question keeps: its tie kinds, its modalities and its time window. */
export interface TieFilter {
  kinds: TieKind[];
  modalities: Modality[];
  window: Window;
}

export function keeps(filter: TieFilter, s: Strand): boolean {
  return filter.kinds.includes(s.kind) && filter.modalities.includes(s.modality) && inWindow(s, filter.window);
}
