import { ownProperties, factShare, type StoredProperties } from "./stored-fact";

const ENTITY_FIELDS = ["kind", "name", "nameEn", "nameHant", "aliases"];
const RELATION_FIELDS = ["role", "roleText"];

/** Leaves out empty lists and objects, so an exported record reads like a hand-written one. */
function nonEmpty(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v != null && !(Array.isArray(v) && !v.length) && !isEmptyObject(v)),
  );
}

function isEmptyObject(v: unknown): boolean {
  return typeof v === "object" && !Array.isArray(v) && !Object.keys(v as object).length;
}

/** An entity as `source`'s seed file states it (seeds/FORMAT.md). */
export function entityRecord(
  stored: StoredProperties,
  source: string,
  pages: Map<string, string | null>,
): Record<string, unknown> {
  const { evidence, attributes, meaning } = factShare(stored, source, pages);
  return {
    id: stored.id,
    ...nonEmpty({
      kind: stored.kind,
      name: stored.name,
      nameEn: stored.nameEn,
      // The stored form wins on reload as it did on the first load (the article's own, or OpenCC's).
      nameHant: stored.nameHant,
      aliases: stored.aliases,
      properties: ownProperties(stored, ENTITY_FIELDS, `entity ${String(stored.id)}`),
      ...meaning,
      attributes,
    }),
    evidence,
  };
}

/** A relation as `source`'s seed file states it. */
export function relationRecord(
  type: string,
  from: string,
  to: string,
  stored: StoredProperties,
  source: string,
  pages: Map<string, string | null>,
): Record<string, unknown> {
  const { evidence, attributes, meaning } = factShare(stored, source, pages);
  return {
    type,
    from,
    to,
    ...nonEmpty({
      role: stored.role,
      roleText: stored.roleText,
      ...meaning,
      properties: ownProperties(stored, RELATION_FIELDS, `relation ${type} ${from} -> ${to}`),
      attributes,
    }),
    evidence,
  };
}

/** A Source node as a seed file's `source` block; its text travels beside it (see export.service.ts). */
export function sourceRecord(stored: StoredProperties): Record<string, unknown> {
  return nonEmpty({
    id: stored.id,
    file: stored.file,
    title: stored.title,
    publisher: stored.publisher,
    publishedOn: stored.publishedOn,
    script: stored.script,
  });
}
