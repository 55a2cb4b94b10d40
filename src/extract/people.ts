import { EntityKind } from "../domain/entity-kind";
import { AFTER_NAME, BEFORE_NAME, SURNAMES, TITLE } from "./lexicon";
import type { Mention } from "./mention";
import type { Sentence } from "./sentences";

/** One item of the titles before a name: 某大学副校长 → organisation text 某大学, title 副校长. */
export interface TitleSegment {
  start: number;
  end: number;
  /** Where the title starts; the organisation text, if any, is [start, titleStart). */
  titleStart: number;
  title: string;
}

/** A person named next to titles, with the titles' chain (某科学院院士、中国工程院院士、某大学副校长). */
export interface TitledPerson {
  person: Mention;
  segments: TitleSegment[];
}

const CLAUSE_MARK = /[,，。；;：:\s“”"（）()|]/;
const TITLE_AFTER =
  /^(原|前)?(常务)?(副)?(书记|市长|区长|县长|局长|院长|校长|主任|主席|部长|院士|教授|研究员|董事长|总经理)/;
const HAN = /^\p{Script=Han}+$/u;
/** Characters of institutions and pronouns, never the given name of a person in these pages' titles. */
const NOT_IN_NAME = /[委市省区县局厅部会党团家们]/;
/** A list item a scraper garbled: question marks, replacement characters or stray pinyin letters. */
const MOJIBAKE_ITEM = /[?？\uFFFDa-zA-Zāáǎàēéěèīíǐìōóǒòūúǔù]/;

function nameAt(sentence: string, p: number): number {
  for (const len of [2, 3]) {
    const name = sentence.slice(p, p + len);
    if (
      name.length === len &&
      HAN.test(name) &&
      SURNAMES.has(name[0]!) &&
      !NOT_IN_NAME.test(name.slice(1)) &&
      AFTER_NAME.test(sentence.slice(p + len))
    ) {
      return len;
    }
  }
  return 0;
}

/** People named after a title chain, in lists after it (、), or before a title (某某某院士). */
export function titledPeople(text: string, s: Sentence): TitledPerson[] {
  const sentence = text.slice(s.start, s.end);
  const out: TitledPerson[] = [];
  const taken = new Set<number>();
  const person = (p: number, len: number, rule: string, confidence: number): Mention => {
    for (let i = p; i < p + len; i++) taken.add(i);
    const name = sentence.slice(p, p + len);
    return { start: s.start + p, end: s.start + p + len, kind: EntityKind.Person, name, aliases: [], rule, confidence };
  };
  // A list of names after one title chain shares it; an item that is no name (mojibake) is stepped over.
  const listAfter = (from: number, segments: TitleSegment[]): number => {
    let q = from;
    while (sentence[q] === "、") {
      const len = nameAt(sentence, q + 1);
      if (len) {
        out.push({ person: person(q + 1, len, "title-list", 0.7), segments });
        q += 1 + len;
        continue;
      }
      const next = sentence.indexOf("、", q + 1);
      if (next < 0 || next - q > 9 || /[,，。；;：:]/.test(sentence.slice(q + 1, next))) break;
      q = next;
    }
    return q;
  };
  for (let p = 1; p < sentence.length; p++) {
    if (taken.has(p)) continue;
    let clauseStart = p;
    while (clauseStart > 0 && !CLAUSE_MARK.test(sentence[clauseStart - 1]!)) clauseStart--;
    const before = sentence.slice(clauseStart, p);
    if (!TITLE.test(before)) {
      // No title ends right before p; the name may come before its title instead.
      const len = nameAt(sentence, p);
      if (len && BEFORE_NAME.test(sentence.slice(0, p)) && TITLE_AFTER.test(sentence.slice(p + len))) {
        out.push({ person: person(p, len, "name-before-title", 0.7), segments: [] });
      }
      continue;
    }
    const len = nameAt(sentence, p);
    const item = sentence.slice(p, sentence.indexOf("、", p));
    if (
      !len &&
      sentence.indexOf("、", p) > p &&
      item.length <= 9 &&
      !/[,，。；;：:]/.test(item) &&
      MOJIBAKE_ITEM.test(item)
    ) {
      // The first name of a list is unreadable (mojibake): the list goes on after it.
      const next = sentence.indexOf("、", p);
      const after = nameAt(sentence, next + 1);
      if (after) {
        const segments = segmentsOf(before, s.start + clauseStart);
        out.push({ person: person(next + 1, after, "title-list", 0.6), segments });
        p = listAfter(next + 1 + after, segments) - 1;
        continue;
      }
    }
    if (!len) continue;
    const segments = segmentsOf(before, s.start + clauseStart);
    out.push({ person: person(p, len, "title-before-name", 0.8), segments });
    p = listAfter(p + len, segments) - 1;
  }
  return out;
}

function segmentsOf(chain: string, offset: number): TitleSegment[] {
  const out: TitleSegment[] = [];
  let at = 0;
  for (const part of chain.split("、")) {
    const m = TITLE.exec(part);
    if (m) {
      out.push({ start: offset + at, end: offset + at + part.length, titleStart: offset + at + m.index, title: m[0] });
    }
    at += part.length + 1;
  }
  return out;
}
