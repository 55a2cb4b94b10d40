import type { Explorer } from "../explorer";
import { formatDate } from "../i18n/dates";
import { kindName, t } from "../i18n/language";
import { KINDS, kindColour, NOT_YET_COLOUR } from "../style/style";
import { pictureLegend } from "../style/style-legend";
import { INFERRED_COLOUR, INFERRED_NOT_YET_COLOUR } from "../time/inferred-colours";
import { byId } from "../ui/dom";
import type { Picture } from "./svg";

/**
 * The scene as drawn (only what is visible, where it is on screen, in the colours it has), with what a
 * reader of a report needs beside it: a title, the date window, the names' language and a legend that
 * counts each kind.
 */
export function scenePicture(x: Explorer): Picture {
  const { graph, renderer } = x;
  const { width, height } = renderer.getDimensions();
  const shown = new Set<string>();
  const kinds = new Map<string, number>();
  const nodes: Picture["nodes"] = [];
  graph.forEachNode((n, a) => {
    const d = renderer.getNodeDisplayData(n);
    if (!d || d.hidden) return;
    const at = renderer.graphToViewport({ x: a.x, y: a.y });
    shown.add(n);
    kinds.set(a.data.kind, (kinds.get(a.data.kind) ?? 0) + 1);
    nodes.push({ x: at.x, y: at.y, radius: renderer.scaleSize(d.size), colour: d.color, label: x.labels.of(n) });
  });
  const edges: Picture["edges"] = [];
  let notYet = false;
  // Links the canvas draws marked because the time slider places them by an inferred date, by modality.
  const inferred = { actual: false, notYet: false };
  graph.forEachEdge((e, a, source, target) => {
    const d = renderer.getEdgeDisplayData(e);
    if (!d || d.hidden || !shown.has(source) || !shown.has(target) || !x.visibleEdge(a)) return;
    const from = renderer.graphToViewport(graph.getNodeAttributes(source));
    const to = renderer.graphToViewport(graph.getNodeAttributes(target));
    const dashed = a.data.modality !== "ACTUAL";
    notYet ||= dashed;
    if (x.time.marksInferred(a)) inferred[dashed ? "notYet" : "actual"] = true;
    edges.push({ x1: from.x, y1: from.y, x2: to.x, y2: to.y, colour: d.color, dashed });
  });
  const legend = KINDS.filter(k => kinds.has(k)).map(k => ({
    colour: kindColour(k),
    text: t("legend.count", { name: kindName(k), count: kinds.get(k)! }),
  }));
  // Under another colour rule the kind dots would mislead: the picture's legend is the rule's.
  const rule = x.colourBy.rule.by === "KIND" ? null : pictureLegend(x, [...shown]);
  if (rule) legend.splice(0, legend.length, ...rule.items);
  if (notYet) legend.push({ colour: NOT_YET_COLOUR, text: t("legend.notYet") });
  if (inferred.actual) legend.push({ colour: INFERRED_COLOUR, text: t("legend.inferred") });
  if (inferred.notYet) legend.push({ colour: INFERRED_NOT_YET_COLOUR, text: t("legend.inferredNotYet") });
  return {
    width,
    height,
    title: t("export.pictureTitle"),
    notes: [
      byId("time-label").textContent ?? "",
      ...(rule?.note ? [rule.note] : []),
      t("export.namesIn"),
      t("export.madeOn", { date: formatDate(new Date().toISOString().slice(0, 10)) }),
    ],
    nodes,
    edges,
    legend,
  };
}
