import type { Explorer } from "../explorer";
import { kindColour } from "../style/style";
import { byId } from "../ui/dom";
import { CsvExport } from "./csv-export";
import { t } from "../i18n/language";
import { MESSAGES, type MessageKey } from "../i18n/messages";
import { relationTypeName } from "../style/style";
import { download, toGexf, toGraphml, toJson, type ExportEdge, type ExportNode, type ExportWording } from "./formats";
import { scenePicture } from "./scene-picture";
import { svgToPng, toSvg } from "./svg";

const PNG_SCALE = 2;

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
      download("innograph-scene.png", "image/png", await this.png()),
    );
    byId("export-svg").addEventListener("click", () => download("innograph-scene.svg", "image/svg+xml", this.svg()));
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
    return toGraphml(nodes, edges, this.wording());
  }

  gexf(): string {
    const { nodes, edges } = this.items();
    return toGexf(nodes, edges, this.wording());
  }

  /** Column titles and relationship labels in the interface language. */
  private wording(): ExportWording {
    const title = (key: string) => (`prop.${key}` in MESSAGES ? t(`prop.${key}` as MessageKey) : key);
    return { title, relation: type => relationTypeName(type) };
  }

  /** The scene for a report, as drawn, with title, date window, names' language and legend. */
  svg(): string {
    return toSvg(scenePicture(this.x));
  }

  /** The same picture at twice the screen's size. */
  png(): Promise<Blob> {
    return svgToPng(this.svg(), PNG_SCALE);
  }

  json(): string {
    const { nodes, edges } = this.items();
    return toJson(nodes, edges);
  }
}
