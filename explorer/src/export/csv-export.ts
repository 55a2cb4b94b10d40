import * as api from "../api";
import type { Explorer } from "../explorer";
import { kindName, t } from "../i18n/language";
import { relationTypeName } from "../style/style";
import { toCsv } from "./csv";

/**
 * The visible scene as two tables for a report: its entities, and its relationships with one row per
 * quote (source title, publisher and date beside it), each with its modality, evidence kind, and date with
 * its basis, so a table read apart from the picture still says what is planned, implied or dated by
 * inference. Headers follow the interface language; ids and type ids stay the same in every language.
 */
export class CsvExport {
  constructor(private readonly x: Explorer) {}

  private visibleNodes(): string[] {
    return this.x.graph.filterNodes(n => !this.x.renderer.getNodeDisplayData(n)?.hidden);
  }

  nodes(): string {
    const { graph } = this.x;
    const header = [
      t("csv.id"),
      t("csv.kind"),
      t("csv.kindName"),
      t("csv.name"),
      t("csv.nameHant"),
      t("csv.nameEn"),
      t("csv.date"),
      t("csv.reportedOn"),
      t("csv.degree"),
    ];
    const rows = this.visibleNodes().map(n => {
      const d = graph.getNodeAttribute(n, "data");
      const date = typeof d.properties.date === "string" ? d.properties.date : "";
      return [
        d.id,
        d.kind,
        kindName(d.kind),
        d.caption,
        d.captionHant,
        d.captionEn,
        date,
        d.reportedOn ?? "",
        d.degree,
      ];
    });
    return toCsv(header, rows);
  }

  async relationships(): Promise<string> {
    const { graph } = this.x;
    const shown = new Set(this.visibleNodes());
    const edges = graph.filterEdges((_e, a, s, tg) => shown.has(s) && shown.has(tg) && this.x.visibleEdge(a));
    const quotes = await api.evidenceOf([...shown]);
    const header = [
      t("csv.relationId"),
      t("csv.type"),
      t("csv.typeName"),
      t("csv.fromId"),
      t("csv.from"),
      t("csv.toId"),
      t("csv.to"),
      t("csv.modality"),
      t("csv.evidenceKind"),
      t("csv.relationDate"),
      t("csv.dateBasis"),
      t("csv.quote"),
      t("csv.sourceTitle"),
      t("csv.publisher"),
      t("csv.publishedOn"),
    ];
    const rows: unknown[][] = [];
    for (const e of edges) {
      const d = graph.getEdgeAttribute(e, "data");
      const base = [
        d.id,
        d.type,
        relationTypeName(d.type),
        d.source,
        this.x.labels.of(d.source),
        d.target,
        this.x.labels.of(d.target),
        d.modality,
        d.evidenceKind,
        d.when?.date ?? "",
        d.when?.basis ?? "",
      ];
      const evidence = quotes.get(d.id) ?? [];
      if (!evidence.length) rows.push([...base, "", "", "", ""]);
      for (const ev of evidence) {
        rows.push([...base, ev.quote, ev.source.title, ev.source.publisher ?? "", ev.source.publishedOn ?? ""]);
      }
    }
    return toCsv(header, rows);
  }
}
