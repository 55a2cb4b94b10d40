import type { EdgeData, NodeData } from "../api";
import { DATED_KINDS } from "../style/style";

/**
 * Where a node sits on the timeline: its own date when the year is known (sortDate), otherwise the
 * date its earliest source was published (reportedOn), by which it is known to exist. Null: off the timeline.
 */
export function timelineDate(n: NodeData): string | null {
  if (!DATED_KINDS.has(n.kind)) return null;
  const own = n.properties.sortDate;
  if (typeof own === "string" && /^\d{4}/.test(own)) return own;
  return n.reportedOn && /^\d{4}/.test(n.reportedOn) ? n.reportedOn : null;
}

const DAY = 86_400_000;

/** A partial ISO date as the first day it covers. */
export function toDay(date: string): number {
  const [y, m, d] = date.split("-");
  return Math.floor(Date.UTC(Number(y), Number(m ?? 1) - 1, Number(d ?? 1)) / DAY);
}

export function dayToIso(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Null bounds are open: a slider at its end sets no bound. */
export interface TimeWindow {
  from: string | null;
  to: string | null;
}

/**
 * The rule of the API's GraphScope dateFrom/dateTo, applied in the page: a partial date sorts as text,
 * so "2023" is before "2023-05-01" and after "2022-12-31". An undated item is shown or not by the
 * explicit undated switch whenever a bound is set.
 */
export function inWindow(date: string | null, w: TimeWindow | null, undated = true): boolean {
  if (!w || (!w.from && !w.to)) return true;
  if (!date) return undated;
  return (!w.from || date >= w.from) && (!w.to || date <= w.to);
}

/**
 * Where a relationship sits on the timeline: when it happened as the API places it (GraphEdge.when: its own
 * date, its agreement's or event's, else its first report's), and whether that date is inferred rather than
 * stated by the article. Null: off the timeline.
 */
export function relationTimeline(e: EdgeData): { date: string; inferred: boolean } | null {
  const date = e.when?.date;
  if (!date || !/^\d{4}/.test(date)) return null;
  return { date, inferred: (e.when?.basis ?? "STATED") !== "STATED" };
}

/** The whole years that cover these dates, as first and last day. */
export function yearSpan(dates: string[]): { min: number; max: number } | null {
  const years = dates.filter(d => /^\d{4}/.test(d)).map(d => Number(d.slice(0, 4)));
  if (!years.length) return null;
  return { min: toDay(`${Math.min(...years)}-01-01`), max: toDay(`${Math.max(...years)}-12-31`) };
}
