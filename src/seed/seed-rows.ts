import { EntityKind } from "../domain/entity-kind";
import { resolveDate } from "../domain/fact-date";
import { EvidenceKind, Modality } from "../domain/fact-meaning";
import { deriveNames, type DerivedNames } from "../domain/names";
import { rolesOf } from "../domain/relation-roles";
import { factDate } from "./input-problems";
import type { AttributeInput, EntityInput, EvidenceInput, RelationInput } from "./seed.input";

/**
 * Evidence and attributes are stored as JSON strings in list properties, so merging is a set union.
 * Rows carry them already distinct, so a new node or relationship can take them as they are.
 */
export function evidenceJson(evidence: EvidenceInput[], source: string): string[] {
  return [...new Set(evidence.map(e => JSON.stringify({ source: e.source ?? source, quote: e.quote })))];
}

export function attributeJson(attributes: AttributeInput[] | undefined, source: string): string[] {
  // qualifier and asOf only when given: an attribute loaded before they existed keeps the same JSON, so a reload adds no copy.
  return [
    ...new Set(
      (attributes ?? []).map(a =>
        JSON.stringify({
          key: a.key,
          value: a.value,
          unit: a.unit ?? null,
          source,
          quote: a.quote,
          ...(a.qualifier ? { qualifier: a.qualifier } : {}),
          ...(a.asOf ? { asOf: a.asOf } : {}),
        }),
      ),
    ),
  ];
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

/** The article's own Traditional form wins over OpenCC's (which, e.g., writes 範 for the surname 范). */
function withHant(names: DerivedNames, nameHant: string | undefined): DerivedNames {
  return nameHant ? { ...names, nameHant } : names;
}

export function relationId(r: Pick<RelationInput, "type" | "from" | "to">): string {
  return `${r.from}-${r.type.toLowerCase()}-${r.to}`;
}

/**
 * The stated date and its resolution, stored under the names of src/domain/fact-meaning.ts. Time filters
 * and sorting read sortDate and year, taken from the resolved date: the stated date when it has its year,
 * else the one its basis gives. A day without a year and no basis has no place on a timeline.
 * Only values that exist are returned, so a record that repeats a shared entity without its date clears nothing.
 */
function dateFields(
  fact: Parameters<typeof factDate>[0],
  publishedOn: string | null | undefined,
): Record<string, string | number> {
  const { value } = resolveDate(factDate(fact), publishedOn);
  const fields = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null)) as Record<string, string>;
  return value.dateResolved === null
    ? fields
    : { ...fields, sortDate: value.dateResolved, year: Number(value.dateResolved.slice(0, 4)) };
}

/**
 * The modality this source gives the fact (the documented default where the kind has one), null for an entity
 * that is not a fact. It goes beside the row's props, not among them: the merge keeps each source's own and
 * derives the stored `modality` from them all (src/domain/source-modality.ts).
 */
function sourceModality(fact: { modality?: Modality }, withModality: boolean): Modality | null {
  return withModality ? (fact.modality ?? Modality.ACTUAL) : null;
}

/** A version-1 `properties.role` is the article's word, unless it is already a value of the type's role enum. */
function roleFields(r: RelationInput): Record<string, string> {
  const v1 = r.properties?.role;
  const role = r.role ?? (v1 !== undefined && rolesOf(r.type)?.includes(v1) ? v1 : undefined);
  const roleText = r.roleText ?? (v1 !== undefined && v1 !== role ? v1 : undefined);
  return { ...(role ? { role } : {}), ...(roleText ? { roleText } : {}) };
}

function withoutKeys(props: Record<string, string> | undefined, keys: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(props ?? {}).filter(([k]) => !keys.includes(k)));
}

export function entityRow(e: EntityInput, source: string, knownAliases: string[], publishedOn?: string | null) {
  const aliases = [...new Set([...knownAliases, ...(e.aliases ?? [])])].filter(a => a !== e.name);
  const props = {
    ...withoutKeys(e.properties, ["date"]),
    ...dateFields(e, publishedOn),
    ...(e.evidenceKind ? { evidenceKind: e.evidenceKind } : {}),
  };
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    nameEn: e.nameEn ?? null,
    aliases,
    props,
    modality: sourceModality(e, e.kind === EntityKind.Agreement || e.kind === EntityKind.Event),
    names: withHant(cachedNames(e.name, e.nameEn, aliases), e.nameHant),
    evidence: evidenceJson(e.evidence, source),
    attributes: attributeJson(e.attributes, source),
    source,
  };
}

export function relationRow(r: RelationInput, source: string, publishedOn?: string | null) {
  return {
    id: relationId(r),
    type: r.type,
    from: r.from,
    to: r.to,
    props: {
      ...withoutKeys(r.properties, ["role", "date"]),
      ...roleFields(r),
      ...dateFields(r, publishedOn),
      evidenceKind: r.evidenceKind ?? EvidenceKind.STATED,
    },
    modality: sourceModality(r, true),
    evidence: evidenceJson(r.evidence, source),
    attributes: attributeJson(r.attributes, source),
    source,
  };
}
