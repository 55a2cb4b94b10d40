/** Where an article's body starts and ends (seeds/sources/bodies.json): page furniture outside it is never a fact. */
export interface BodyBounds {
  from: string;
  /** null: the body runs to the end of the text. */
  to: string | null;
}

export interface SentenceCoverage {
  sentence: string;
  quoted: boolean;
}

/** A sentence ends at 。！？!? or a line break; what is left after trimming is a sentence if it has a letter or a Han character. */
export function sentencesOf(body: string): string[] {
  return body
    .split(/(?<=[。！？!?])|\n/u)
    .map(s => s.trim())
    .filter(s => /[\p{L}\p{N}]/u.test(s));
}

/** The body between its bounds; throws when a bound is not in the text (bounds are byte-exact like quotes). */
export function bodyOf(text: string, bounds: BodyBounds): string {
  const start = text.indexOf(bounds.from);
  if (start < 0) throw new Error(`body start not in the text: "${bounds.from}"`);
  const end = bounds.to === null ? text.length : text.indexOf(bounds.to, start);
  if (end < 0) throw new Error(`body end not in the text: "${bounds.to}"`);
  return text.slice(start, end);
}

/**
 * Each body sentence and whether a fact quotes it: a quote covers a sentence when the two share at least one
 * character of the text (a quote may span sentences, or take a clause of one).
 */
export function coverage(body: string, quotes: Iterable<string>): SentenceCoverage[] {
  const covered = new Uint8Array(body.length);
  for (const q of new Set(quotes)) {
    if (!q) continue;
    for (let at = body.indexOf(q); at >= 0; at = body.indexOf(q, at + 1)) covered.fill(1, at, at + q.length);
  }
  const out: SentenceCoverage[] = [];
  let from = 0;
  for (const sentence of sentencesOf(body)) {
    const at = body.indexOf(sentence, from);
    from = at + sentence.length;
    out.push({ sentence, quoted: covered.subarray(at, at + sentence.length).includes(1) });
  }
  return out;
}
