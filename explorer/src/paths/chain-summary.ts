import { formatDate } from "../i18n/dates";
import { t } from "../i18n/language";
import type { Source } from "../api";
import type { Chain } from "../partnership/partnership-api";
import { stepMeta, stepSentence } from "./chain-view";

/** A source as a citation: title, publisher, date. */
function citation(s: Source): string {
  return [s.title, s.publisher, formatDate(s.publishedOn)].filter(Boolean).join(", ");
}

/**
 * One path as plain text for a report: the chain, each step with its modality, dates and quotes, each
 * quote numbered to its source, and the sources listed once at the end.
 */
export function chainSummary(path: Chain, n: number, name: (id: string) => string): string {
  const sources: Source[] = [];
  const cite = (s: Source) => {
    const key = (x: Source) => x.id ?? x.title;
    let i = sources.findIndex(o => key(o) === key(s));
    if (i < 0) i = sources.push(s) - 1;
    return i + 1;
  };
  const lines = [t("chain.head", { n, chain: path.nodes.map(e => name(e.id)).join(" → "), steps: path.length })];
  path.steps.forEach((s, i) => {
    lines.push(`${i + 1}. ${stepSentence(s, name)} (${stepMeta(s)})`);
    const quotes = s.tie ? s.tie.strands.flatMap(st => st.evidence) : s.evidence;
    for (const ev of quotes) lines.push(`   “${ev.quote}” [${cite(ev.source)}]`);
  });
  lines.push(t("chain.citations"));
  sources.forEach((s, i) => lines.push(`[${i + 1}] ${citation(s)}`));
  return lines.join("\n");
}
