import type { Extraction } from "./extract.service";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ");

/** The review report: candidates by confidence, each with the rule that found it and the page's sentence. */
export function reportOf(x: Extraction, draftPath?: string): string {
  const { entities, relations, numbers } = x.candidates;
  const names = new Map(entities.map(e => [e.id, e.name]));
  const lines = [
    `# Extraction draft: ${x.title ?? "(untitled page)"}`,
    "",
    `- script: ${x.script}; published: ${x.publishedOn ?? "unknown"}${x.url ? `; url: ${x.url}` : ""}`,
    `- body: characters ${x.body.bounds.start}–${x.body.bounds.end} of ${x.text.length} (${x.body.lines.length} lines kept)`,
    `- candidates: ${entities.length} entities, ${relations.length} relations, ${numbers.length} figures; drafted in ${Math.round(x.elapsedMs)} ms`,
    ...(draftPath ? [`- draft: ${draftPath}`] : []),
    "",
    "## Entities",
    "",
    "| conf | kind | name | id | merge | rule | quote |",
    "|---|---|---|---|---|---|---|",
    ...[...entities]
      .sort((a, b) => b.confidence - a.confidence)
      .map(
        e =>
          `| ${e.confidence} | ${e.kind} | ${cell(e.name)} | ${e.id} | ${e.mergeWith ?? ""} | ${e.rule} | ${cell(e.quote)} |`,
      ),
    "",
    "## Relations",
    "",
    "| conf | type | from | to | modality | evidence | role | rule | quote |",
    "|---|---|---|---|---|---|---|---|---|",
    ...[...relations]
      .sort((a, b) => b.confidence - a.confidence)
      .map(
        r =>
          `| ${r.confidence} | ${r.type} | ${cell(names.get(r.from) ?? r.from)} | ${cell(names.get(r.to) ?? r.to)} | ${r.modality} | ${r.evidenceKind} | ${cell(r.roleText ?? "")} | ${r.rule} | ${cell(r.quote)} |`,
      ),
    "",
    "## Figures",
    "",
    "| conf | of | key | value | unit | qualifier | as written | quote |",
    "|---|---|---|---|---|---|---|---|",
    ...[...numbers]
      .sort((a, b) => b.confidence - a.confidence)
      .map(
        n =>
          `| ${n.confidence} | ${cell(names.get(n.owner) ?? n.owner)} | ${n.key} | ${n.value} | ${n.unit} | ${n.qualifier ?? ""} | ${cell(n.text)} | ${cell(n.quote)} |`,
      ),
    "",
  ];
  return lines.join("\n");
}
