import type { Explorer } from "../explorer";
import { byId, dot, el } from "../ui/dom";
import { t } from "../i18n/language";
import { propertyName } from "./colour-by";
import type { NetworkEcho } from "./style-api";
import { gradientColour, gradientCss, NO_VALUE } from "./style-rules";
import { sizeFor } from "./style";

/** A number as the legend prints it: whole numbers as they are, others with three significant digits. */
function num(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toPrecision(3);
}

/** What an answer ran on, in the interface language (every analytic answer says so). */
export function networkText(n: NetworkEcho): string {
  const modalities = (m: string[]) => m.map(v => t(`echo.modality.${v}` as "echo.modality.ACTUAL")).join(t("echo.sep"));
  if (n.kind === "PARTNERSHIP" && n.partnership) {
    return t("echo.partnership", {
      level: t(n.partnership.level === "CITY" ? "echo.level.CITY" : "echo.level.ENTITY"),
      modalities: modalities(n.partnership.modalities),
      weighted: t(n.partnership.weighted ? "echo.weighted" : "echo.unweighted"),
    });
  }
  return t("echo.facts", { count: n.facts?.idCount ?? 0, modalities: modalities(n.facts?.modalities ?? []) });
}

function row(colour: string | null, text: string, count?: number): HTMLLIElement {
  const li = el("li", {}, colour ? dot(colour) : null, el("span", { text }));
  if (count !== undefined) li.append(el("span", { className: "count", text: String(count) }));
  return li;
}

/**
 * The legend of a picture (PNG, SVG) of the visible nodes under a colour rule other than by kind: what each
 * colour means and how many of the drawn nodes have it, and a line saying what the rule ran on.
 */
export function pictureLegend(
  x: Explorer,
  shown: string[],
): { note: string; items: { colour: string; text: string }[] } {
  const { colourBy } = x;
  const rule = colourBy.rule;
  const count = new Map<string, number>();
  for (const n of shown) {
    const c = colourBy.colourOf(n, x.graph.getNodeAttribute(n, "data"));
    count.set(c, (count.get(c) ?? 0) + 1);
  }
  const item = (colour: string, text: string) => ({ colour, text: `${text} ×${count.get(colour) ?? 0}` });
  const items: { colour: string; text: string }[] = [];
  let note = "";
  if (rule.by === "COMMUNITY") {
    note = t("legend.communities", { algorithm: t(`algorithm.${rule.algorithm}`) });
    if (colourBy.answer) note += ` · ${networkText(colourBy.answer.network)}`;
    colourBy.sceneCommunities
      .slice(0, 12)
      .forEach((c, i) => count.has(c.colour) && items.push(item(c.colour, t("legend.community", { n: i + 1 }))));
  } else if (rule.by === "PROPERTY" && colourBy.range) {
    note = t("legend.gradient", { name: propertyName(rule.key) });
    items.push({ colour: gradientColour(0), text: num(colourBy.range.min) });
    items.push({ colour: gradientColour(1), text: num(colourBy.range.max) });
  }
  if (count.has(NO_VALUE)) {
    items.push(item(NO_VALUE, t(rule.by === "COMMUNITY" ? "legend.outsideNetwork" : "legend.noNumber")));
  }
  return { note, items };
}

/**
 * The style's own legend, beside the kind legend: the colour rule's communities or gradient with how many
 * nodes each colour holds, the size scale, and the network each was computed on.
 */
export class StyleLegend {
  constructor(private readonly x: Explorer) {}

  render(): void {
    const box = byId("style-legend");
    const parts = [this.colourPart(), this.sizePart()].filter((p): p is HTMLElement => p !== null);
    box.replaceChildren(...parts);
    box.hidden = !parts.length || !this.x.graph.order;
  }

  private colourPart(): HTMLElement | null {
    const { colourBy } = this.x;
    const rule = colourBy.rule;
    if (rule.by === "KIND") return null;
    const items: HTMLElement[] = [];
    let head: string;
    if (rule.by === "COMMUNITY") {
      const answer = colourBy.answer;
      head = t("legend.communities", { algorithm: t(`algorithm.${rule.algorithm}`) });
      if (answer) {
        head += ` · ${networkText(answer.network)}`;
        if (answer.modularity !== null) head += ` · ${t("legend.modularity", { value: answer.modularity.toFixed(2) })}`;
        if (answer.collapsed) head += ` · ${t("legend.collapsed")}`;
      }
      const shown = colourBy.sceneCommunities.slice(0, 12);
      shown.forEach((c, i) => items.push(row(c.colour, t("legend.community", { n: i + 1 }), c.count)));
      const rest = colourBy.sceneCommunities.slice(12);
      if (rest.length) {
        items.push(
          row(
            rest[0]!.colour,
            t("legend.otherCommunities", { count: rest.length }),
            rest.reduce((s, c) => s + c.count, 0),
          ),
        );
      }
      const outside = colourBy.withoutValue();
      if (outside) items.push(row(NO_VALUE, t("legend.outsideNetwork"), outside));
    } else {
      head = t("legend.gradient", { name: propertyName(rule.key) });
      const range = colourBy.range;
      if (range) {
        const bar = el("span", { className: "gradient-bar" });
        bar.style.background = gradientCss();
        const counted = this.x.graph.order - colourBy.withoutValue();
        const li = el(
          "li",
          { className: "gradient" },
          dot(gradientColour(0)),
          el("span", { className: "data", text: num(range.min) }),
          bar,
          el("span", { className: "data", text: num(range.max) }),
          dot(gradientColour(1)),
        );
        li.append(el("span", { className: "count", text: String(counted) }));
        items.push(li);
      }
      const without = colourBy.withoutValue();
      if (without) items.push(row(NO_VALUE, t("legend.noNumber"), without));
    }
    return el(
      "div",
      { className: "style-part colour-rule" },
      el("div", { className: "style-head", text: head }),
      el("ul", {}, ...items),
    );
  }

  private sizePart(): HTMLElement | null {
    const { sizeBy } = this.x;
    if (sizeBy.choice === "NONE" || !sizeBy.scale) return null;
    const { min, max, network } = sizeBy.scale;
    const head =
      t("legend.size", { algorithm: t(`size.${sizeBy.choice}`) }) +
      ` · ${networkText(network)}` +
      (sizeBy.inverted ? ` · ${t("legend.sizeInverted")}` : "");
    const circle = (value: number, px: number) => {
      const c = el("span", { className: "size-circle" });
      Object.assign(c.style, { width: `${2 * px}px`, height: `${2 * px}px` });
      return el("li", {}, c, el("span", { className: "data", text: num(value) }));
    };
    // The smallest and the largest node drawn, with the scores they stand for.
    const small = sizeBy.inverted ? max : min;
    const large = sizeBy.inverted ? min : max;
    const items = [
      circle(small, sizeBy.inverted ? sizeFor(0, max - min) : sizeFor(min, max)),
      circle(large, sizeFor(1, 1)),
    ];
    const without = sizeBy.withoutScore();
    if (without) items.push(row(null, t("legend.noScore", { count: without })));
    return el(
      "div",
      { className: "style-part size-rule" },
      el("div", { className: "style-head", text: head }),
      el("ul", {}, ...items),
    );
  }
}
