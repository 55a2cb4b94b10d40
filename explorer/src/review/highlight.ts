import { el } from "../ui/dom";

export interface Mark {
  start: number;
  end: number;
  className: string;
  key: string;
}

/**
 * The page text with candidates marked: the text is cut at every mark boundary and each piece is a
 * span carrying the keys of the candidates that cover it (text goes in through textContent only).
 */
export function renderMarked(container: HTMLElement, text: string, marks: Mark[], onPick: (key: string) => void): void {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].filter(p => p >= 0 && p <= text.length).sort((a, b) => a - b);
  container.replaceChildren();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const covering = marks.filter(m => m.start <= a && b <= m.end);
    if (!covering.length) {
      container.append(text.slice(a, b));
      continue;
    }
    const span = el("mark", {
      className: [...new Set(covering.map(m => m.className))].join(" "),
      text: text.slice(a, b),
    });
    span.dataset.keys = covering.map(m => m.key).join(" ");
    span.addEventListener("click", () => onPick(covering[covering.length - 1]!.key));
    container.append(span);
  }
}
