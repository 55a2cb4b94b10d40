import { EntityKind } from "../domain/entity-kind";
import type { Gazetteer } from "./gazetteer";
import {
  AGREEMENT_SUFFIXES,
  ATTENDEE_LABELS,
  EVENT_SUFFIXES,
  INDUSTRY_LIST_END,
  NAME_STOPS,
  NAME_VERBS,
  NOT_CITIES,
  ORG_SUFFIXES,
  PROVINCES,
  SUB_EVENT_SUFFIXES,
  VENUE_SUFFIXES,
} from "./lexicon";
import type { Mention } from "./mention";
import type { Sentence, Word } from "./sentences";

const PUNCT = /^[\p{P}\p{S}\s]+$/u;
const BRACKET = /^[()（）[\]]+$/;
const PROPER_TAGS = new Set(["ns", "nr", "nrt", "nt", "nz", "j", "eng", "x", "nrfg"]);
const CLOSED_TAGS = new Set([
  "p",
  "c",
  "u",
  "uj",
  "ul",
  "uz",
  "ug",
  "ud",
  "uv",
  "r",
  "d",
  "m",
  "q",
  "y",
  "e",
  "o",
  "t",
  "zg",
  "ad",
  "i",
]);
const MAX_NAME = 26;
const LONG_STOPS = [...NAME_STOPS].filter(w => w.length >= 2);

/** Every occurrence of a gazetteer form in the sentences: the page names an entity the graph has. */
export function gazetteerMentions(text: string, sentences: Sentence[], gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    for (const [form, known] of gaz.forms) {
      for (let i = sentence.indexOf(form); i >= 0; i = sentence.indexOf(form, i + form.length)) {
        out.push({
          start: s.start + i,
          end: s.start + i + form.length,
          kind: known.kind,
          name: known.name,
          aliases: [],
          known,
          rule: "gazetteer",
          confidence: 0.9,
        });
      }
    }
  }
  return out;
}

/** The index of the word that contains match-text offset `at`. */
const wordAt = (words: Word[], at: number) => words.findIndex(w => w.start <= at && at < w.end);

function nameLike(w: Word): boolean {
  if (BRACKET.test(w.word)) return true;
  if (PUNCT.test(w.word) || NAME_STOPS.has(w.word) || LONG_STOPS.some(st => w.word.includes(st))) return false;
  if (w.tag === "v" || w.tag === "vn" || w.tag === "vd") return NAME_VERBS.has(w.word) || w.tag === "vn";
  return !CLOSED_TAGS.has(w.tag) || /^[A-Za-z0-9]+$/.test(w.word);
}

/**
 * Extends a suffix leftwards over name-like words (the segmenter decides the boundaries) and returns
 * the start, or -1 when nothing name-like precedes it. `proper` tells whether a proper-noun word was crossed.
 */
function extendLeft(words: Word[], suffixStart: number, end: number): { start: number; proper: boolean } {
  let k = wordAt(words, suffixStart);
  if (k < 0) return { start: -1, proper: false };
  let start = words[k]!.start;
  let proper = PROPER_TAGS.has(words[k]!.tag) && words[k]!.start < suffixStart;
  for (k--; k >= 0; k--) {
    const w = words[k]!;
    // A quoted word right before the suffix belongs to the name: “某某”创新区.
    if (w.word === "”" && k === wordAt(words, suffixStart) - 1) {
      const open = words
        .slice(0, k)
        .map(x => x.word)
        .lastIndexOf("“");
      if (open >= 0 && end - words[open]!.start <= MAX_NAME) {
        start = words[open]!.start;
        proper = true;
        k = open;
        continue;
      }
    }
    if (!nameLike(w) || end - w.start > MAX_NAME) break;
    start = w.start;
    if (PROPER_TAGS.has(w.tag) && !PUNCT.test(w.word)) proper = true;
  }
  // A name does not start with a bracket or an office prefix left over from the scan.
  while (start < suffixStart && /[()（）[\]]/.test(words[wordAt(words, start)]!.word)) {
    start = words[wordAt(words, start)]!.end;
  }
  return { start, proper };
}

const endsAtWord = (words: Word[], at: number) => words.some(w => w.end === at);

/**
 * A corridor is named by the places it joins (某地经济区, 某地G60科创走廊): its name starts at the run of
 * place words nearest its suffix, not at whatever the scan crossed before them (共议…, …博览会…).
 */
function corridorStart(words: Word[], start: number, suffixStart: number): number {
  if (start < 0) return start;
  const span = words.filter(w => w.start >= start && w.end <= suffixStart);
  let k = span.map(w => w.tag).lastIndexOf("ns");
  if (k < 0) return start;
  while (k > 0 && span[k - 1]!.tag === "ns") k--;
  return span[k]!.start;
}

/** Institutions named by a suffix (大学, 研究院, 实验室, 公司, 人民政府 …) and a proper name before it. */
export function institutionMentions(text: string, s: Sentence): Mention[] {
  const out: Mention[] = [];
  const sentence = text.slice(s.start, s.end);
  for (let i = 0; i < sentence.length; i++) {
    const hit = ORG_SUFFIXES.find(
      ([suffix]) => sentence.startsWith(suffix, i) && endsAtWord(s.words, s.start + i + suffix.length),
    );
    if (!hit) continue;
    const [suffix, kind] = hit;
    const end = s.start + i + suffix.length;
    const left = extendLeft(s.words, s.start + i, end);
    const start = kind === EntityKind.Corridor ? corridorStart(s.words, left.start, s.start + i) : left.start;
    const { proper } = left;
    if (start < 0 || end - start < suffix.length + 2 || !proper) continue;
    const first = s.words[wordAt(s.words, start)];
    const lead = first && first.word.length === 1 && NAME_STOPS.has(first.word) ? 1 : 0;
    const name = text.slice(start + lead, end);
    if (!balanced(name)) continue;
    out.push({
      start: start + lead,
      end,
      kind,
      name,
      aliases: [],
      rule: `suffix:${suffix}`,
      confidence: suffix.length >= 3 ? 0.75 : 0.6,
    });
    i += suffix.length - 1;
  }
  return out;
}

/** A quoted name that ends with an institutional suffix: “某某院士专家联盟”. */
export function quotedInstitutions(text: string, s: Sentence): Mention[] {
  const out: Mention[] = [];
  for (const m of text.slice(s.start, s.end).matchAll(/“([^“”]{3,30})”/g)) {
    const hit = ORG_SUFFIXES.find(([suffix]) => m[1]!.endsWith(suffix));
    const start = s.start + m.index + 1;
    if (hit) {
      out.push({
        start,
        end: start + m[1]!.length,
        kind: hit[1],
        name: m[1]!,
        aliases: [],
        rule: `quoted:${hit[0]}`,
        confidence: 0.7,
      });
    }
  }
  return out;
}

// 某市委市政府: a city's party committee and government, named by the city (not when a title follows).
const CITY_BODIES = /(\p{Script=Han}{2,3}?)(市委|市政府|市人民政府)(?!书记|副书记|常委|秘书长|副市长|\*)/gu;

/** A city's party committee or government named as X市委 / X市政府, when the place before is a known city. */
export function cityBodies(text: string, s: Sentence, isCity: (name: string) => boolean): Mention[] {
  const out: Mention[] = [];
  for (const m of text.slice(s.start, s.end).matchAll(CITY_BODIES)) {
    if (!isCity(m[1]!)) continue;
    const start = s.start + m.index;
    const committee = m[2] === "市委";
    const name = committee ? `中共${m[1]}市委员会` : `${m[1]}市人民政府`;
    out.push({
      start,
      end: start + m[0].length,
      kind: EntityKind.GovernmentBody,
      name,
      aliases: [committee ? `${m[1]}市委` : `${m[1]}市政府`],
      rule: "city-body",
      confidence: 0.65,
    });
  }
  return out;
}

/** Venues (会议中心, 发布厅 …): never entities, but they hide the institutions named inside them. */
export function venueMentions(text: string, s: Sentence): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const sentence = text.slice(s.start, s.end);
  for (const suffix of VENUE_SUFFIXES) {
    for (let i = sentence.indexOf(suffix); i >= 0; i = sentence.indexOf(suffix, i + 1)) {
      const { start } = extendLeft(s.words, s.start + i, s.start + i + suffix.length);
      if (start >= 0) out.push({ start, end: s.start + i + suffix.length });
    }
  }
  return out;
}

/** Places the segmenter tags as such, and lists in which most items are places. */
export function placeMentions(s: Sentence, known: (form: string) => boolean): Mention[] {
  const out: Mention[] = [];
  const place = (w: Word) =>
    (w.tag === "ns" || known(w.word)) &&
    !/^[0-9一二三四五六七八九十两百]/.test(w.word) &&
    w.word.length >= 2 &&
    w.word.length <= 5 &&
    !NOT_CITIES.has(w.word.replace(/[市省]$/, ""));
  const push = (w: Word, rule: string, confidence: number) => {
    const bare = w.word.replace(/[市省]$/, "");
    if (bare.length < 2 || NOT_CITIES.has(bare)) return;
    const province = w.word.endsWith("省") || PROVINCES.has(bare);
    const name = province ? `${bare}省` : bare;
    out.push({
      start: w.start,
      end: w.end,
      kind: province ? EntityKind.Province : EntityKind.City,
      name,
      aliases: w.word === name ? [] : [w.word],
      rule,
      confidence,
    });
  };
  const words = s.words;
  for (let k = 0; k < words.length; k++) {
    // A run of items separated by 、: when most are places, all are (甲、乙、丙 …).
    if (words[k + 1]?.word === "、" && (k === 0 || words[k - 1]?.word !== "、")) {
      const items: Word[] = [];
      let j = k;
      while (j < words.length && (items.length === 0 || words[j - 1]?.word === "、")) {
        items.push(words[j]!);
        j += 2;
      }
      const places = items.filter(place).length;
      if (items.length >= 3 && places / items.length >= 0.6) {
        for (const w of items) if (/^\p{Script=Han}{2,3}$/u.test(w.word)) push(w, "place-list", place(w) ? 0.6 : 0.45);
        k = j - 2;
        continue;
      }
    }
    if (place(words[k]!)) push(words[k]!, "place", 0.6);
  }
  return out;
}

/** Events named by an ending word (…大会, …恳谈会, …活动, …仪式); bare words refer back instead. */
export function eventMentions(text: string, s: Sentence): Mention[] {
  return suffixNamed(text, s, EVENT_SUFFIXES, EntityKind.Event, "event-suffix").filter(
    m => !SUB_EVENT_SUFFIXES.some(x => m.name.endsWith(x)),
  );
}

export function agreementMentions(text: string, s: Sentence): Mention[] {
  return suffixNamed(text, s, AGREEMENT_SUFFIXES, EntityKind.Agreement, "agreement-suffix");
}

// Words that end an event's or agreement's name scanned leftwards.
const EVENT_STOP =
  /^(了|欢迎|是|和|及|有|对|为|本次|此次|这次|在|于|上|中|的|以|将|全面|、)$|召开|举行|举办|承办|主办|出席|参加|参与|开展|见证|签署|签订|达成|通过|介绍|谋划|重视|认真|围绕|进行|关于|有关|情况/;

function suffixNamed(text: string, s: Sentence, suffixes: string[], kind: EntityKind, rule: string): Mention[] {
  const out: Mention[] = [];
  const sentence = text.slice(s.start, s.end);
  for (const suffix of suffixes) {
    for (let i = sentence.indexOf(suffix); i >= 0; i = sentence.indexOf(suffix, i + suffix.length)) {
      const end = s.start + i + suffix.length;
      if (out.some(m => m.end === end)) continue;
      let k = wordAt(s.words, s.start + i);
      if (k < 0) continue;
      let start = s.words[k]!.start;
      let proper = false;
      for (k--; k >= 0; k--) {
        const w = s.words[k]!;
        if (/^[,，。；;:：!?！？\s|]+$/.test(w.word) || EVENT_STOP.test(w.word) || end - w.start > 60) break;
        start = w.start;
        if (PROPER_TAGS.has(w.tag) || /[“”"]/.test(w.word)) proper = true;
      }
      if (end - start < suffix.length + 4) continue;
      // A name of common words only (高质量发展大会) is kept as generic: it may take its host's name.
      out.push({
        start,
        end,
        kind,
        name: text.slice(start, end),
        aliases: [],
        rule: proper ? `${rule}:${suffix}` : "generic",
        confidence: proper ? 0.7 : 0.3,
      });
    }
  }
  return out;
}

/** Industries listed before a counted 产业 (…新能源、生物医药等四大产业, …重点产业). */
export function industryMentions(text: string, s: Sentence): Mention[] {
  const out: Mention[] = [];
  const sentence = text.slice(s.start, s.end);
  for (let i = 0; i < sentence.length; i++) {
    const end = INDUSTRY_LIST_END.exec(sentence.slice(i));
    if (!end || i === 0 || end[0].length <= 2) continue;
    const before = sentence.slice(0, i);
    // The list runs back to the nearest clause mark, verb of purpose or 的.
    const from = Math.max(
      ...["，", ",", "。", "：", ":", "的", "提升", "围绕", "聚焦", "发展", "培育", "壮大"].map(
        w => before.lastIndexOf(w) + (before.lastIndexOf(w) >= 0 ? w.length : 0),
      ),
    );
    const list = before.slice(from);
    if (!/[、]/.test(list)) continue;
    let at = s.start + from;
    for (const item of list.split(/[、和]/)) {
      const trimmed = item.trim();
      if (trimmed.length >= 2 && trimmed.length <= 8) {
        const start = at + item.indexOf(trimmed);
        out.push({
          start,
          end: start + trimmed.length,
          kind: EntityKind.Industry,
          name: trimmed,
          aliases: [],
          rule: "industry-list",
          confidence: 0.65,
        });
      }
      at += item.length + 1;
    }
    i += end[0].length;
  }
  return out;
}

/** An industry the graph knows, widened to the words before 产业 (a known industry X, then 汽车产业 → X汽车). */
export function widenedIndustries(text: string, s: Sentence, known: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const k of known.filter(m => m.kind === EntityKind.Industry && m.start >= s.start && m.end <= s.end)) {
    const m = /^(\p{Script=Han}{1,3}?)产业/u.exec(text.slice(k.end, s.end));
    if (m) {
      out.push({
        ...k,
        end: k.end + m[1]!.length,
        name: k.name + m[1],
        known: undefined,
        rule: "industry-widened",
        confidence: 0.6,
      });
    }
  }
  return out;
}

/** Organisations listed after a label such as 参会媒体: (separated by |, 、 or spaces). */
export function labelledOrganisations(text: string, s: Sentence): Mention[] {
  const sentence = text.slice(s.start, s.end);
  const label = ATTENDEE_LABELS.find(l => sentence.startsWith(l));
  if (!label) return [];
  const out: Mention[] = [];
  let at = s.start + label.length + 1;
  for (const item of sentence.slice(label.length + 1).split(/[|、\s]/)) {
    if (/^\p{Script=Han}{2,12}$/u.test(item)) {
      out.push({
        start: at,
        end: at + item.length,
        kind: EntityKind.Organization,
        name: item,
        aliases: [],
        rule: `label:${label}`,
        confidence: 0.6,
      });
    }
    at += item.length + 1;
  }
  return out;
}

/** A name never holds half a bracket: (G60研究院 is the scan running into a parenthesis. */
function balanced(name: string): boolean {
  let depth = 0;
  for (const c of name) {
    if ("(（[".includes(c)) depth++;
    if (")）]".includes(c) && --depth < 0) return false;
  }
  return depth === 0;
}

// 9月7日，A与B全面深化合作签约暨C揭牌，…: the clause after a date is itself the event.
const DATED_CLAUSE =
  /^(?:\d{4}年)?\d{1,2}月\d{1,2}日[上下]?午?[,，]([^,，。]{6,80}?(?:签约|揭牌|开幕|启动|开工|授牌))[,，。]/;

/** An event the page names by what happened on a date (…签约暨…揭牌) rather than by an event word. */
export function datedClauseEvents(text: string, s: Sentence): Mention[] {
  const m = DATED_CLAUSE.exec(text.slice(s.start, s.end));
  if (!m || !/暨|与/.test(m[1]!)) return [];
  const start = s.start + m.index + m[0].indexOf(m[1]!);
  return [
    {
      start,
      end: start + m[1]!.length,
      kind: EntityKind.Event,
      name: m[1]!,
      aliases: [],
      rule: "dated-clause",
      confidence: 0.6,
    },
  ];
}
