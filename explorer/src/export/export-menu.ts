import type { Explorer } from "../explorer";
import { kindColour } from "../style/style";
import { byId } from "../ui/dom";
import { CsvExport } from "./csv-export";
import { t } from "../i18n/language";
import { MESSAGES, type MessageKey } from "../i18n/messages";
import { relationTypeName } from "../style/style";
import { download, toGexf, toGraphml, toJson, toPng, type ExportEdge, type ExportNode } from "./formats";

/** The "Share & export" menu's files: the scene as PNG, GraphML, GEXF or JSON. */
export class ExportMenu {
  readonly csv: CsvExport;

  constructor(private readonly x: Explorer) {
    this.csv = new CsvExport(x);
    byId("export-csv-nodes").addEventListener("click", () =>
      download("innograph-entities.csv", "text/csv", this.csv.nodes()),
    );
    byId("export-csv-relations").addEventListener("click", async () => {
      const csv = await x.busy(t("details.loading"), () => this.csv.relationships());
      if (csv) download("innograph-relationships.csv", "text/csv", csv);
    });
    byId("export-png").addEventListener("click", async () =>
      download("innograph-scene.png", "image/png", await toPng(x.renderer)),
    );
    byId("export-graphml").addEventListener("click", () =>
      download("innograph-scene.graphml", "application/graphml+xml", this.graphml()),
    );
    byId("export-gexf").addEventListener("click", () =>
      download("innograph-scene.gexf", "application/gexf+xml", this.gexf()),
    );
    byId("export-json").addEventListener("click", () =>
      download("innograph-scene.json", "application/json", this.json()),
    );
  }

  /** What is drawn: nodes and relationships that a filter hides are left out. */
  private items(): { nodes: ExportNode[]; edges: ExportEdge[] } {
    const { graph, renderer } = this.x;
    const nodes: ExportNode[] = [];
    graph.forEachNode((n, a) => {
      const shown = renderer.getNodeDisplayData(n);
      if (!shown || shown.hidden) return;
      nodes.push({
        data: a.data,
        x: a.x,
        y: a.y,
        size: shown.size,
        color: shown.color ?? kindColour(a.data.kind),
        label: this.x.labels.of(n),
      });
    });
    const kept = new Set(nodes.map(n => n.data.id));
    const edges: ExportEdge[] = [];
    graph.forEachEdge((_e, a, source, target) => {
      if (kept.has(source) && kept.has(target) && this.x.visibleEdge(a)) edges.push({ data: a.data });
    });
    return { nodes, edges };
  }

  graphml(): string {
    const { nodes, edges } = this.items();
    return toGraphml(nodes, edges);
  }

  gexf(): string {
    const { nodes, edges } = this.items();
    const title = (key: string) => (`prop.${key}` in MESSAGES ? t(`prop.${key}` as MessageKey) : key);
    return toGexf(nodes, edges, { title, relation: type => relationTypeName(type) });
  }

  json(): string {
    const { nodes, edges } = this.items();
    return toJson(nodes, edges);
  }
}
