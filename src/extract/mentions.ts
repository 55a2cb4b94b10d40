import { EntityKind } from "../domain/entity-kind";
import {
  agreementMentions,
  widenedIndustries,
  cityBodies,
  quotedInstitutions,
  datedClauseEvents,
  eventMentions,
  gazetteerMentions,
  industryMentions,
  institutionMentions,
  labelledOrganisations,
  placeMentions,
  venueMentions,
} from "./entity-candidates";
import type { Gazetteer } from "./gazetteer";
import { ORG_SUFFIXES } from "./lexicon";
import { inside, overlaps, type Mention } from "./mention";
import { titledPeople, type TitledPerson } from "./people";
import type { Sentence } from "./sentences";

/** Everything the page names, after overlaps are settled, with what the page is mainly about. */
export interface MentionSet {
  /** Organisations, places, people and industries: never overlapping one another. */
  things: Mention[];
  /** Events and agreements: may contain things (and each other). */
  occasions: Mention[];
  people: TitledPerson[];
  /** The city the page is mostly about, for 市政府, 市长 and the like. */
  mainCity?: Mention;
  mainDistrict?: Mention;
  /** The event in the title, or the one named most. */
  mainEvent?: Mention;
}

const rank = (m: Mention) => (m.end - m.start) * 10 + (m.known ? 5 : 0) + m.confidence;

/** Keeps the longest of overlapping mentions (a known entity wins a tie). */
function settle(ms: Mention[], blocked: { start: number; end: number }[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of [...ms].sort((a, b) => rank(b) - rank(a))) {
    if (kept.some(k => overlaps(k, m))) continue;
    if (blocked.some(v => overlaps(v, m)) && !m.known) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const mostNamed = (ms: Mention[]) => {
  const count = new Map<string, { m: Mention; n: number }>();
  for (const m of ms) {
    const c = count.get(m.name) ?? { m, n: 0 };
    c.n++;
    count.set(m.name, c);
  }
  return [...count.values()].sort((a, b) => b.n - a.n)[0]?.m;
};

export function findMentions(text: string, sentences: Sentence[], gaz: Gazetteer): MentionSet {
  const known = gazetteerMentions(text, sentences, gaz);
  const knownForm = (f: string) =>
    gaz.forms.get(f)?.kind === EntityKind.City || gaz.forms.get(f)?.kind === EntityKind.Province;
  const people = sentences.flatMap(s => titledPeople(text, s));
  const things: Mention[] = [...known.filter(m => !isOccasion(m.kind)), ...people.map(p => p.person)];
  const occasions: Mention[] = known.filter(m => isOccasion(m.kind));
  const venues = sentences.flatMap(s => venueMentions(text, s));
  for (const s of sentences) {
    things.push(
      ...institutionMentions(text, s),
      ...placeMentions(s, knownForm),
      ...industryMentions(text, s),
      ...labelledOrganisations(text, s),
    );
    occasions.push(
      ...[...eventMentions(text, s), ...agreementMentions(text, s), ...datedClauseEvents(text, s)].filter(
        m => !venues.some(v => overlaps(v, m) && !inside(v, m)),
      ),
    );
  }
  hostNamedEvents(text, occasions, things);
  for (const s of sentences) things.push(...widenedIndustries(text, s, known));
  const cityNames = new Set(things.filter(m => m.kind === EntityKind.City).map(m => m.name));
  for (const s of sentences) things.push(...quotedInstitutions(text, s), ...cityBodies(text, s, n => cityNames.has(n)));
  const settled = settle(
    things.filter(m => m.known || m.rule !== "place" || placeLike(text, m)),
    venues,
  );
  const settledPeople = people.filter(p => settled.includes(p.person));
  // A person once named with a title is the same person wherever the page repeats the name.
  for (const name of new Set(settledPeople.map(p => p.person.name))) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const span = { start: i, end: i + name.length };
      if (!sentences.some(s => s.start <= i && span.end <= s.end) || settled.some(t => overlaps(t, span))) continue;
      settled.push({ ...span, kind: EntityKind.Person, name, aliases: [], rule: "person-repeat", confidence: 0.6 });
    }
  }
  const cities = settled.filter(m => m.kind === EntityKind.City);
  const mainCity = mostNamed(
    cities.filter(m => !/区$/.test(m.name) && !(m.known?.aliases ?? []).some(a => a.endsWith("区"))),
  );
  const mainDistrict = mostNamed(
    cities.filter(
      m => text.slice(m.start, m.end).endsWith("区") || (m.known?.aliases ?? []).some(a => a.endsWith("区")),
    ),
  );
  if (mainCity) for (const s of sentences) settled.push(...bareBodies(text, s, mainCity, settled));
  settled.sort((a, b) => a.start - b.start);
  const events = dedupe(occasions.filter(m => m.kind === EntityKind.Event));
  return {
    things: settled,
    occasions: dedupe(occasions),
    people: settledPeople,
    mainCity,
    mainDistrict,
    mainEvent:
      events.sort((a, b) => a.start - b.start)[0] &&
      (events.find(e => e.start < (sentences[2]?.start ?? 0)) ?? mostNamed(events)),
  };
}

/** A word the segmenter calls a place is one when the page also writes it with 市/省/区/县, or names it often. */
function placeLike(text: string, m: Mention): boolean {
  const bare = m.name.replace(/省$/, "");
  if (new RegExp(`${bare}[市省区县]`).test(text)) return true;
  let n = 0;
  let placed = false;
  for (let i = text.indexOf(bare); i >= 0; i = text.indexOf(bare, i + 1)) {
    n++;
    placed ||=
      /(在|到|赴|于|、|与|和|同|来自|走进|落户|位于)$/.test(text.slice(Math.max(0, i - 2), i)) ||
      /^[、,，]/.test(text.slice(i + bare.length));
  }
  return n >= 3 && placed;
}

/** 某科教城举行高质量发展大会: an event of common words is named with its host; other generic ones are dropped. */
function hostNamedEvents(text: string, occasions: Mention[], things: Mention[]): void {
  for (let i = occasions.length - 1; i >= 0; i--) {
    const e = occasions[i]!;
    if (e.rule !== "generic") continue;
    const host = things.find(t => t.end < e.start && /^(举行|召开|举办)$/.test(text.slice(t.end, e.start)));
    if (host) {
      occasions[i] = {
        ...e,
        start: host.start,
        name: `${host.name}${e.name}`,
        rule: "host-named-event",
        confidence: 0.6,
      };
    } else occasions.splice(i, 1);
  }
}

// 市政府 and 市委 alone, not part of a longer name nor followed by a title: the page's city's bodies.
const BARE_BODY =
  /(?<![\p{Script=Han}])(市政府|市人民政府|市委)(?!书记|副书记|常委|秘书长|副市长)|(?<=[与和同、，,])(市政府|市人民政府|市委)(?!书记|副书记|常委|秘书长|副市长)/gu;

function bareBodies(text: string, s: { start: number; end: number }, city: Mention, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.slice(s.start, s.end).matchAll(BARE_BODY)) {
    const start = s.start + m.index;
    const span = { start, end: start + m[0].length };
    if (taken.some(t => overlaps(t, span))) continue;
    const committee = m[0] === "市委";
    const name = committee ? `中共${city.name}市委员会` : `${city.name}市人民政府`;
    out.push({
      ...span,
      kind: EntityKind.GovernmentBody,
      name,
      aliases: [],
      rule: "implied-body",
      confidence: 0.5,
      implied: true,
    });
  }
  return out;
}

const isOccasion = (k: EntityKind) => k === EntityKind.Event || k === EntityKind.Agreement;

function dedupe(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter(m => {
      const key = `${m.start}:${m.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The kind an organisation's name gives it by its suffix, if any. */
export const kindBySuffix = (name: string): EntityKind | undefined => ORG_SUFFIXES.find(([s]) => name.endsWith(s))?.[1];
