import { deriveNames } from "../domain/names";
import type { AttributeInput, EntityInput, EvidenceInput, RelationInput } from "./seed.input";

/** Evidence and attributes are stored as JSON strings in list properties, so merging is a set union. */
export function evidenceJson(evidence: EvidenceInput[], source: string): string[] {
  return evidence.map(e => JSON.stringify({ source: e.source ?? source, quote: e.quote }));
}

export function attributeJson(attributes: AttributeInput[] | undefined, source: string): string[] {
  return (attributes ?? []).map(a => JSON.stringify({ key: a.key, value: a.value, unit: a.unit ?? null, source, quote: a.quote }));
}

export function relationId(r: Pick<RelationInput, "type" | "from" | "to">): string {
  return `${r.from}-${r.type.toLowerCase()}-${r.to}`;
}

/** A partial date sorts as text; a day without a year ("--09-07") has no place on a timeline. */
function dateFields(props: Record<string, string | number>): Record<string, string | number> {
  const date = props.date === undefined ? undefined : String(props.date);
  if (!date || date.startsWith("--")) return {};
  return { sortDate: date, year: Number(date.slice(0, 4)) };
}

export function entityRow(e: EntityInput, source: string, knownAliases: string[]) {
  const aliases = [...new Set([...knownAliases, ...(e.aliases ?? [])])].filter(a => a !== e.name);
  const props = { ...(e.properties ?? {}) };
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    nameEn: e.nameEn ?? null,
    aliases,
    props: { ...props, ...dateFields(props) },
    names: deriveNames(e.name, e.nameEn, aliases),
    evidence: evidenceJson(e.evidence, source),
    attributes: attributeJson(e.attributes, source),
    source,
  };
}

export function relationRow(r: RelationInput, source: string) {
  return {
    id: relationId(r),
    type: r.type,
    from: r.from,
    to: r.to,
    props: { ...(r.properties ?? {}) },
    evidence: evidenceJson(r.evidence, source),
    attributes: attributeJson(r.attributes, source),
    source,
  };
}
