/**
 * Compares a run's per-kind counts with the committed baseline. More than 10% more database hits is a
 * regression; other rows are the same question asked of the same graph, so a change there means the
 * answers changed and the baseline no longer describes them.
 */
import type { Hits } from "./db-hits";

export const TOLERANCE = 0.1;

export interface Baseline {
  /** What the counts were taken on; a run on anything else is not comparable. */
  conditions: Record<string, string | number>;
  kinds: Record<string, Hits>;
}

export type Verdict = "ok" | "better" | "REGRESSION" | "ROWS CHANGED" | "NEW" | "GONE";

export interface Comparison {
  kind: string;
  baseline?: Hits;
  now?: Hits;
  ratio: number;
  verdict: Verdict;
}

export function compare(baseline: Baseline, now: Record<string, Hits>): Comparison[] {
  const names = [...new Set([...Object.keys(baseline.kinds), ...Object.keys(now)])];
  return names.map(kind => {
    const was = baseline.kinds[kind];
    const is = now[kind];
    if (!was) return { kind, now: is, ratio: NaN, verdict: "NEW" };
    if (!is) return { kind, baseline: was, ratio: NaN, verdict: "GONE" };
    const ratio = was.dbHits === 0 ? (is.dbHits === 0 ? 1 : Infinity) : is.dbHits / was.dbHits;
    const verdict: Verdict =
      ratio > 1 + TOLERANCE
        ? "REGRESSION"
        : is.rows !== was.rows
          ? "ROWS CHANGED"
          : ratio < 1 - TOLERANCE
            ? "better"
            : "ok";
    return { kind, baseline: was, now: is, ratio, verdict };
  });
}

/** A kind that is new, gone, slower or answering differently fails the check; "better" asks for --update. */
export const failed = (c: Comparison): boolean => c.verdict !== "ok" && c.verdict !== "better";

/** Conditions that differ between the baseline and this run, as "name: baseline -> now". */
export function conditionChanges(baseline: Baseline["conditions"], now: Baseline["conditions"]): string[] {
  return [...new Set([...Object.keys(baseline), ...Object.keys(now)])]
    .filter(k => baseline[k] !== now[k])
    .map(k => `${k}: ${baseline[k] ?? "(none)"} -> ${now[k] ?? "(none)"}`);
}

const n = (x: number | undefined) => (x === undefined ? "–" : x.toLocaleString("en-US"));

export function table(rows: Comparison[]): string {
  return [
    "| query kind | baseline dbHits | now dbHits | ratio | baseline rows | now rows | verdict |",
    "|---|---:|---:|---:|---:|---:|---|",
    ...rows.map(
      r =>
        `| ${r.kind} | ${n(r.baseline?.dbHits)} | ${n(r.now?.dbHits)} | ${Number.isFinite(r.ratio) ? r.ratio.toFixed(3) : "–"} | ${n(r.baseline?.rows)} | ${n(r.now?.rows)} | ${r.verdict} |`,
    ),
  ].join("\n");
}
