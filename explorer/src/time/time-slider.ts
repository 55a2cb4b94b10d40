import * as api from "../api";
import type { Explorer } from "../explorer";
import type { EdgeAttrs, NodeAttrs } from "../scene/scene-graph";
import { DATED_KINDS } from "../style/style";
import { byId, el } from "../ui/dom";
import { formatDate } from "../i18n/dates";
import { t } from "../i18n/language";
import { dayToIso, inWindow, relationTimeline, toDay, yearSpan, type TimeWindow } from "./time";

/**
 * The time bar: two thumbs, one step a day, over whole years that cover the whole graph's dates (not only
 * the scene's). Agreements and events are placed by their date, relationships by when they happened
 * (GraphEdge.when). While a bound is set, a relationship placed by an inferred date is drawn marked.
 */
export class TimeSlider {
  window: TimeWindow | null = null;
  /** Whether undated items stay when a bound is set. */
  undated = true;
  domain: { min: number; max: number } | null = null;
  private graphDates: string[] = [];
  private player: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly x: Explorer) {
    const from = byId<HTMLInputElement>("time-from");
    const to = byId<HTMLInputElement>("time-to");
    const onInput = (moved: HTMLInputElement) => {
      this.pause();
      if (Number(from.value) > Number(to.value)) (moved === from ? to : from).value = moved.value;
      this.readSliders();
    };
    from.addEventListener("input", () => onInput(from));
    to.addEventListener("input", () => onInput(to));
    const undated = byId<HTMLInputElement>("time-undated");
    undated.addEventListener("change", () => {
      this.undated = undated.checked;
      this.changed();
    });
    byId("time-play").addEventListener("click", () => (this.player ? this.pause() : this.play()));
    byId("time-reset").addEventListener("click", () => {
      this.pause();
      this.window = null;
      this.updateDomain();
      this.changed();
    });
  }

  /** Reads the graph's date range once; until it arrives the scene's own dates set the range. */
  async load(): Promise<void> {
    this.graphDates = (await api.graphDates().catch(() => [])) ?? [];
    this.updateDomain();
  }

  set(window: TimeWindow | null, undated: boolean): void {
    this.window = window;
    this.undated = undated;
    byId<HTMLInputElement>("time-undated").checked = undated;
  }

  /** From the first day of a year on, with no end (a search phrase's "since 2023"). */
  since(year: number): void {
    this.window = { from: `${year}-01-01`, to: null };
    this.updateDomain();
    this.changed();
  }

  admits(a: NodeAttrs): boolean {
    return !DATED_KINDS.has(a.data.kind) || inWindow(a.timeline, this.window, this.undated);
  }

  admitsEdge(a: EdgeAttrs): boolean {
    return inWindow(relationTimeline(a.data)?.date ?? null, this.window, this.undated);
  }

  /** Whether a relationship is drawn marked: a bound is set and its date is inferred, not stated. */
  marksInferred(a: EdgeAttrs): boolean {
    return this.bounded() && Boolean(relationTimeline(a.data)?.inferred);
  }

  bounded(): boolean {
    return Boolean(this.window?.from || this.window?.to);
  }

  /**
   * Steps the scene through the years: as of the end of each year of the range in turn, one a second,
   * and back to all dates after the last.
   */
  play(stepMs = 1000): void {
    const d = this.domain;
    if (!d || this.player) return;
    const first = Number(dayToIso(d.min).slice(0, 4));
    const last = Number(dayToIso(d.max).slice(0, 4));
    let year = first;
    const step = () => {
      if (year > last) return this.pause(true);
      this.window = { from: null, to: `${year++}-12-31` };
      this.updateDomain();
      this.changed();
    };
    this.player = setInterval(step, stepMs);
    this.showPlayer();
    step();
  }

  /** Stops playing; at the end of the years the whole range shows again. */
  pause(ended = false): void {
    if (!this.player) return;
    clearInterval(this.player);
    this.player = null;
    this.showPlayer();
    if (ended) {
      this.window = null;
      this.updateDomain();
      this.changed();
    }
  }

  private showPlayer(): void {
    const button = byId("time-play");
    button.dataset.i18n = this.player ? "time.pause" : "time.play";
    button.textContent = t(this.player ? "time.pause" : "time.play");
    button.setAttribute("aria-pressed", String(Boolean(this.player)));
  }

  private changed(): void {
    this.showLabel();
    this.x.legend.render();
    this.x.refresh();
    this.x.persist();
  }

  private readSliders(): void {
    const d = this.domain;
    if (!d) return;
    const from = Number(byId<HTMLInputElement>("time-from").value);
    const to = Number(byId<HTMLInputElement>("time-to").value);
    const span = d.max - d.min;
    this.window =
      from === 0 && to === span
        ? null
        : { from: from === 0 ? null : dayToIso(d.min + from), to: to === span ? null : dayToIso(d.min + to) };
    this.changed();
  }

  showLabel(): void {
    const d = this.domain;
    const label = byId("time-label");
    // The exact ISO window rides along for tests and copy-paste.
    label.dataset.window = this.window ? `${this.window.from ?? ""}/${this.window.to ?? ""}` : "";
    if (!d) label.textContent = t("time.none");
    else if (!this.window) {
      label.textContent = t("time.allRange", { from: formatDate(dayToIso(d.min)), to: formatDate(dayToIso(d.max)) });
    } else if (this.window.from) {
      label.textContent = t("time.range", {
        from: formatDate(this.window.from),
        to: formatDate(this.window.to ?? dayToIso(d.max)),
      });
    } else label.textContent = t("time.asOf", { to: formatDate(this.window.to) });
  }

  /** The range covers the graph's dates and the scene's; it only ever grows. */
  updateDomain(): void {
    const graph = this.x.graph;
    const dates = [
      ...this.graphDates,
      ...graph.mapNodes((_n, a) => a.timeline ?? ""),
      ...graph.mapEdges((_e, a) => [...a.data.dates, relationTimeline(a.data)?.date ?? ""]).flat(),
    ];
    const span = yearSpan(dates);
    const d =
      span && this.domain
        ? { min: Math.min(span.min, this.domain.min), max: Math.max(span.max, this.domain.max) }
        : (span ?? this.domain);
    this.domain = d;
    const from = byId<HTMLInputElement>("time-from");
    const to = byId<HTMLInputElement>("time-to");
    from.disabled = to.disabled = !d;
    if (d) {
      const width = d.max - d.min;
      from.max = to.max = String(width);
      const clamp = (v: number) => Math.max(0, Math.min(width, v));
      from.value = String(this.window?.from ? clamp(toDay(this.window.from) - d.min) : 0);
      to.value = String(this.window?.to ? clamp(toDay(this.window.to) - d.min) : width);
    }
    this.showLabel();
    this.showHistogram();
  }

  /**
   * One bar a year of the range: how many of the scene's agreements, events and relationships the filter
   * places in it (the same dates it filters by), the part placed by an inferred date hatched.
   */
  private showHistogram(): void {
    const box = byId("time-hist");
    const d = this.domain;
    if (!d) return box.replaceChildren();
    const graph = this.x.graph;
    const first = Number(dayToIso(d.min).slice(0, 4));
    const last = Number(dayToIso(d.max).slice(0, 4));
    const counts = new Map<number, { all: number; inferred: number }>();
    const count = (date: string | null | undefined, inferred: boolean) => {
      if (!date) return;
      const c = counts.get(Number(date.slice(0, 4))) ?? { all: 0, inferred: 0 };
      c.all++;
      if (inferred) c.inferred++;
      counts.set(Number(date.slice(0, 4)), c);
    };
    graph.forEachNode((_n, a) => count(a.timeline, a.timeline !== null && a.timeline !== a.data.properties.sortDate));
    graph.forEachEdge((_e, a) => {
      const when = relationTimeline(a.data);
      count(when?.date, Boolean(when?.inferred));
    });
    const max = Math.max(1, ...[...counts.values()].map(c => c.all));
    const bars = [];
    for (let y = first; y <= last; y++) {
      const c = counts.get(y) ?? { all: 0, inferred: 0 };
      const px = (n: number) => `${Math.round((16 * n) / max)}px`;
      const bar = el("span", { className: "bar" }, el("span", { className: "inferred" }));
      bar.style.height = px(c.all);
      (bar.firstChild as HTMLElement).style.height = px(c.inferred);
      const year = el(
        "span",
        { className: "year", title: t("time.yearCount", { year: y, count: c.all, inferred: c.inferred }) },
        bar,
        el("span", { className: "tick", text: String(y) }),
      );
      year.dataset.year = String(y);
      year.dataset.count = String(c.all);
      year.dataset.inferred = String(c.inferred);
      bars.push(year);
    }
    box.replaceChildren(...bars);
  }
}
