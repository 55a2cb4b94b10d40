/** Where a quote sits in its source's text, so a reader can see it in context. */
export interface QuoteInText {
  /** Characters (Unicode code points) before the quote's first occurrence in the text. */
  offset: number;
  /** The quote's length in code points. */
  length: number;
  /** 1-based number of the paragraph the quote starts in, counting the text's non-blank lines. */
  paragraph: number;
  /** The paragraph(s) the quote spans, whole, as the text writes them. */
  paragraphText: string;
}

const codePoints = (s: string) => [...s].length;

/**
 * Locates the quote's first occurrence; null when the text lacks it (or is unknown). Offsets count code points, not
 * UTF-16 units, so that a client in any language can slice the text with them.
 */
export function locateQuote(text: string | null | undefined, quote: string): QuoteInText | null {
  if (!text || !quote) return null;
  const at = text.indexOf(quote);
  if (at < 0) return null;
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const nextBreak = text.indexOf("\n", at + quote.length);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const blankOrNot = text.slice(0, lineStart).split("\n");
  // The split leaves an empty last piece for the line the quote starts on; only non-blank lines are paragraphs.
  const paragraphsBefore = blankOrNot.slice(0, -1).filter(line => line.trim() !== "").length;
  return {
    offset: codePoints(text.slice(0, at)),
    length: codePoints(quote),
    paragraph: paragraphsBefore + 1,
    paragraphText: text.slice(lineStart, lineEnd).replace(/\r$/, ""),
  };
}
