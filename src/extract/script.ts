import { simplifiedOf as toSimplified } from "../domain/names";
import type { Span } from "./candidate";

/**
 * The page as the rules see it: Simplified, without inline pinyin, with a map back to the page so that
 * every quote is cut from the original text byte for byte.
 */
export interface MatchText {
  /** Simplified text the rules match against. */
  text: string;
  /** For each index of `text` (and one past its end), the index in the original page. */
  toPage: Int32Array;
  script: "Hans" | "Hant";
  /** Stretches of the page that look like mojibake; candidates touching them are low-confidence. */
  mojibake: Span[];
}

// An inline reading after a character, as some scrapers leave it: 創(chuàng)新.
const INLINE_PINYIN =
  /(?<=\p{Script=Han})\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜa-zü]*\)/gu;
// Replacement characters, Latin-1 read as UTF-8, and stray question marks between Han characters.
const MOJIBAKE = /\uFFFD+|[ÃÂâ][\u0080-\u00ff]+|(?<=\p{Script=Han})\?+|\?+(?=[\p{Script=Han}，,])/gu;
const HAN = /\p{Script=Han}/u;

/** Builds the match text of a page (OpenCC Traditional → Simplified, pinyin dropped) and detects its script. */
export function matchTextOf(page: string): MatchText {
  const skip = new Uint8Array(page.length);
  for (const m of page.matchAll(INLINE_PINYIN)) skip.fill(1, m.index, m.index + m[0].length);
  const kept: number[] = [];
  let raw = "";
  for (let i = 0; i < page.length; i++) {
    if (skip[i]) continue;
    kept.push(i);
    raw += page[i];
  }
  const converted = toSimplified(raw);
  // OpenCC converts phrase by phrase; if a phrase changed length, fall back to one character at a time.
  const text =
    converted.length === raw.length
      ? converted
      : [...raw].map(c => (toSimplified(c).length === c.length ? toSimplified(c) : c)).join("");
  const toPage = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) toPage[i] = kept[i] ?? page.length;
  toPage[text.length] = page.length;
  return {
    text,
    toPage,
    script: scriptOf(raw, text),
    mojibake: [...page.matchAll(MOJIBAKE)].map(m => ({ start: m.index, end: m.index + m[0].length })),
  };
}

function scriptOf(raw: string, simplified: string): "Hans" | "Hant" {
  let han = 0;
  let changed = 0;
  for (let i = 0; i < raw.length; i++) {
    if (!HAN.test(raw[i]!)) continue;
    han++;
    if (raw[i] !== simplified[i]) changed++;
  }
  // Traditional text has a Traditional form in roughly one character of five; Simplified text in none.
  return han > 0 && changed / han > 0.05 ? "Hant" : "Hans";
}

/** The index in the match text of a page offset (the first kept character at or after it). */
export function toMatchIndex(mt: MatchText, pageOffset: number): number {
  let lo = 0;
  let hi = mt.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mt.toPage[mid]! < pageOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The page's own text for a stretch of the match text, byte-exact, pinyin artefacts included. */
export function pageSpan(mt: MatchText, start: number, end: number): Span {
  return { start: mt.toPage[start]!, end: end > start ? mt.toPage[end - 1]! + 1 : mt.toPage[start]! };
}

export function touchesMojibake(mt: MatchText, at: Span): boolean {
  return mt.mojibake.some(m => m.start < at.end && at.start < m.end);
}
