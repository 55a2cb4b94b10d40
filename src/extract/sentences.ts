import { Jieba, type TaggedWord } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import type { Span } from "./candidate";
import { toMatchIndex, type MatchText } from "./script";

/** A sentence of the body, as a stretch of the match text. */
export interface Sentence extends Span {
  index: number;
  /** Its words with part-of-speech tags (jieba), in order; offsets are into the match text. */
  words: Word[];
}

export interface Word extends Span {
  word: string;
  tag: string;
}

// An ASCII question mark is left out: in scraped Chinese text it is mostly mojibake, not a sentence end.
const SENTENCE_END = /[。！？!；;]+[”」’]?/g;

let jieba: Jieba | undefined;
/** One segmenter per process: loading the dictionary shipped in the package takes a few hundred ms. */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Splits the body's lines into sentences and segments each one. */
export function sentencesOf(mt: MatchText, lines: Span[]): Sentence[] {
  const out: Sentence[] = [];
  for (const line of lines) {
    const start = toMatchIndex(mt, line.start);
    const end = toMatchIndex(mt, line.end);
    let from = start;
    const text = mt.text.slice(start, end);
    for (const m of text.matchAll(SENTENCE_END)) {
      const to = start + m.index + m[0].length;
      push(out, mt, from, to);
      from = to;
    }
    push(out, mt, from, end);
  }
  return out;
}

function push(out: Sentence[], mt: MatchText, start: number, end: number): void {
  while (start < end && /\s/.test(mt.text[start]!)) start++;
  while (end > start && /\s/.test(mt.text[end - 1]!)) end--;
  if (end - start < 2) return;
  out.push({ index: out.length, start, end, words: words(mt.text.slice(start, end), start) });
}

function words(text: string, offset: number): Word[] {
  let at = offset;
  return segmenter()
    .tag(text, true)
    .map((w: TaggedWord) => {
      const word = { word: w.word, tag: w.tag, start: at, end: at + w.word.length };
      at += w.word.length;
      return word;
    });
}
