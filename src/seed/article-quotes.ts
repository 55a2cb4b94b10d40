/**
 * Which of a seed file's quotes are not in its article.
 *
 * `article.includes(quote)` scans the article once per quote. Real articles are a few kilobytes and that
 * is nothing, but a data set that cites one long article thousands of times pays quotes × length: the
 * generated 1M network (about 20,000 quotes against a 1 MB article per file) spent a third of its
 * validation there. Past that size the article is scanned once, and each quote is compared only where
 * its opening characters stand.
 */
const ANCHOR = 8;
// quotes × article length (UTF-16 units) under which one `includes` per quote is cheaper than the scan.
const SCAN_ABOVE = 1 << 22;

export function quotesNotIn(article: string, quotes: Iterable<string>, scanAbove = SCAN_ABOVE): Set<string> {
  const distinct = new Set(quotes);
  const missing = new Set<string>();
  const byAnchor = new Map<string, string[]>();
  for (const quote of distinct) {
    if (quote.length < ANCHOR || distinct.size * article.length < scanAbove) {
      if (!article.includes(quote)) missing.add(quote);
      continue;
    }
    const anchor = quote.slice(0, ANCHOR);
    const same = byAnchor.get(anchor);
    if (same) same.push(quote);
    else byAnchor.set(anchor, [quote]);
  }
  if (byAnchor.size === 0) return missing;

  // A quote found at `at` starts there, so its anchor is the article's ANCHOR units at `at`.
  const firstUnits = new Set([...byAnchor.keys()].map(a => a.charCodeAt(0)));
  let pending = byAnchor.size;
  for (let at = 0; at <= article.length - ANCHOR && pending > 0; at++) {
    if (!firstUnits.has(article.charCodeAt(at))) continue;
    const anchor = article.slice(at, at + ANCHOR);
    const waiting = byAnchor.get(anchor);
    if (!waiting) continue;
    const still = waiting.filter(quote => !article.startsWith(quote, at));
    if (still.length === waiting.length) continue;
    if (still.length) byAnchor.set(anchor, still);
    else {
      byAnchor.delete(anchor);
      pending--;
    }
  }
  for (const waiting of byAnchor.values()) waiting.forEach(quote => missing.add(quote));
  return missing;
}
