import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Span } from "./candidate";

/** The article inside a scraped page: the lines that carry it, and the stretch they span. */
export interface Body {
  /** The text quotes are taken from: the page itself, or Readability's text of an HTML page. */
  text: string;
  /** Kept lines, in page order, as offsets into `text`. */
  lines: Span[];
  /** From the first kept line's start to the last kept line's end. */
  bounds: Span;
  title?: string;
  /** The page's own date (partial ISO) when its header states one. */
  pageDate?: string;
}

// Lines that are never the article: share widgets, breadcrumbs, bylines and editor lines, licences,
// contact lines. Both scripts are listed because the rules run on the page as written.
const JUNK_ANY = [
  /ICP|备案|備案|许可证|許可證|版权|版權|copyright|©|公网安备|公網安備/i,
  /\d{3,4}[- ]\d{7,8}|1[3-9]\d{9}|400[- ]?\d{3,4}[- ]?\d{3,4}/,
];
/** Widget and byline words also occur in articles ("经验分享"): only a short line is junk for them. */
const JUNK_SHORT = [
  /责编|責編|编辑[:：]|編輯[:：]|作者[:：]|来源[:：]|來源[:：]|报料|報料|通讯员|通訊員/,
  /分享|扫一扫|掃一掃|微信|二维码|二維碼|朋友圈|点击|點擊|阅读剩余|閱讀剩餘|正在阅读|正在閱讀|加载更多|加載更多|举报|舉報|公众号|公眾號|关注|關注/,
  /当前位置|當前位置|首页|首頁|>\s*正文/,
];
const SHORT_LINE = 50;
const isJunk = (s: string) =>
  JUNK_ANY.some(r => r.test(s)) || (s.length < SHORT_LINE && JUNK_SHORT.some(r => r.test(s)));
// Where the article ends and the page's lists of other articles begin.
const END =
  /^\s*(相关文章|相關文章|相关阅读|相關閱讀|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|热门文章|熱門文章|猜你喜欢|猜你喜歡|视觉焦点|視覺焦點|独家策划|獨家策劃|上一篇|下一篇)/;
const HAN = /\p{Script=Han}/gu;
const SENTENCE_END = /[。！？!?”」]\s*$/;
const PAGE_DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
/** A run this long of short unpunctuated lines after the article has started is a list of links. */
const LINK_RUN = 3;
const MIN_HAN = 6;

const hanCount = (s: string) => s.match(HAN)?.length ?? 0;

/** Finds the article body of a page (HTML through Readability over linkedom, text by line rules). */
export function findBody(page: string, isHtml: boolean): Body {
  if (!isHtml) return bodyOfText(page);
  const { document } = parseHTML(page);
  const article = new Readability(document as unknown as Document).parse();
  const text = article?.textContent ?? document.body?.textContent ?? "";
  return { ...bodyOfText(text), title: article?.title ?? undefined };
}

function bodyOfText(text: string): Body {
  const lines = splitLines(text);
  const seen = new Set<string>();
  const kept: Span[] = [];
  let pageDate: string | undefined;
  let started = false;
  let run: Span[] = [];
  for (const line of lines) {
    const s = text.slice(line.start, line.end).trim();
    if (!pageDate && !started) pageDate = dateIn(s);
    // Past a "related articles" heading nothing is the article, even when nothing before it was.
    if (END.test(s)) break;
    if (!s || isJunk(s) || hanCount(s) < MIN_HAN) continue;
    // Scrapers repeat the lead paragraph and the title after the article: the second copy is junk.
    const key = s.slice(0, 40);
    if (seen.has(key)) continue;
    seen.add(key);
    if (started && !/[。！？!?；]/.test(s) && s.length < 120) {
      run.push(line);
      if (run.length >= LINK_RUN) break;
      continue;
    }
    kept.push(...run, line);
    run = [];
    if (SENTENCE_END.test(s)) started = true;
  }
  if (run.length < LINK_RUN) kept.push(...run);
  const first = kept[0];
  const last = kept[kept.length - 1];
  const title = first ? text.slice(first.start, first.end).trim() : undefined;
  return { text, lines: kept, bounds: { start: first?.start ?? 0, end: last?.end ?? 0 }, title, pageDate };
}

function splitLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      let end = i;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      let s = start;
      while (s < end && /\s/.test(text[s]!)) s++;
      if (end > s) out.push({ start: s, end });
      start = i + 1;
    }
  }
  return out;
}

function dateIn(line: string): string | undefined {
  const m = PAGE_DATE.exec(line);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  return `${y}-${mo!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
}

/** Han characters in the kept lines: a page with too few has no Chinese body to draft from. */
export function bodyHanCount(body: Body): number {
  return body.lines.reduce((n, l) => n + hanCount(body.text.slice(l.start, l.end)), 0);
}
