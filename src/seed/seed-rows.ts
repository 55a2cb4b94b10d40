import { deriveNames, type DerivedNames } from "../domain/names";
import type { AttributeInput, EntityInput, EvidenceInput, RelationInput } from "./seed.input";

/**
 * Evidence and attributes are stored as JSON strings in list properties, so merging is a set union.
 * Rows carry them already distinct, so a new node or relationship can take them as they are.
 */
export function evidenceJson(evidence: EvidenceInput[], source: string): string[] {
  return [...new Set(evidence.map(e => JSON.stringify({ source: e.source ?? source, quote: e.quote })))];
}

export function attributeJson(attributes: AttributeInput[] | undefined, source: string): string[] {
  return [...new Set((attributes ?? []).map(a => JSON.stringify({ key: a.key, value: a.value, unit: a.unit ?? null, source, quote: a.quote })))];
}

/** Deriving names (OpenCC, pinyin) is the costliest step per entity; shared entities repeat in every file that names them. */
const NAME_CACHE_SIZE = 100_000;
const nameCache = new Map<string, DerivedNames>();

function cachedNames(name: string, nameEn: string | null | undefined, aliases: string[]): DerivedNames {
  const key = `${name}\u0000${nameEn ?? ""}\u0000${aliases.join("\u0000")}`;
  let names = nameCache.get(key);
  if (!names) {
    names = deriveNames(name, nameEn, aliases);
    if (nameCache.size >= NAME_CACHE_SIZE) nameCache.clear();
    nameCache.set(key, names);
  }
  return names;
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
    names: cachedNames(e.name, e.nameEn, aliases),
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
