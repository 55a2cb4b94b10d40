import type { ValidationError } from "class-validator";
import { EntityKind, ID_PREFIX } from "../domain/entity-kind";
import { resolveDate, type FactDate } from "../domain/fact-date";
import { EvidenceKind } from "../domain/fact-meaning";
import { rolesOf, ROLE_TYPES } from "../domain/relation-roles";
import type { RelationType } from "../domain/relation-type";
import { PARTIAL_DATE_PATTERN } from "./seed.input";

/** One thing wrong with an input, at a path a person can find: "entity.evidence[0].quote". */
export interface InputProblem {
  field: string;
  reason: string;
}

const DATE_PROPERTIES = ["date", "startDate", "endDate"];

const join = (prefix: string, property: string) =>
  /^\d+$/.test(property) ? `${prefix}[${property}]` : prefix ? `${prefix}.${property}` : property;

/** class-validator's error tree as a flat list, parents before their children. */
export function validationProblems(errors: ValidationError[], prefix = ""): InputProblem[] {
  const out: InputProblem[] = [];
  for (const e of errors) {
    const field = join(prefix, e.property);
    for (const reason of Object.values(e.constraints ?? {})) out.push({ field, reason });
    if (e.children?.length) out.push(...validationProblems(e.children, field));
  }
  return out;
}

/** What every fact may carry beyond its ends: evidence and what it means (src/domain/fact-meaning.ts). */
interface Fact extends FactDate {
  evidence?: unknown;
  evidenceKind?: unknown;
  properties?: Record<string, unknown> | null;
}

/** A BACKGROUND fact has no quote (none states it); every other fact has at least one. */
function evidenceProblems(f: Fact): InputProblem[] {
  const quotes = Array.isArray(f.evidence) ? f.evidence.length : 0;
  if (f.evidenceKind === EvidenceKind.BACKGROUND) {
    return quotes
      ? [
          {
            field: "evidence",
            reason:
              "a BACKGROUND fact carries no quote (no sentence states it); leave evidence empty or mark it STATED or IMPLIED",
          },
        ]
      : [];
  }
  return Array.isArray(f.evidence) && quotes === 0
    ? [{ field: "evidence", reason: "evidence needs at least one quote" }]
    : [];
}

/** The fact's date fields, a version-1 `properties.date` read as `date`. */
export function factDate(f: Fact): FactDate {
  const v1 = f.properties?.date;
  return {
    date: f.date ?? (v1 === undefined ? undefined : String(v1)),
    dateResolved: f.dateResolved,
    dateBasis: f.dateBasis,
    datePrecision: f.datePrecision,
  };
}

/**
 * A fact's date checked against the page's date (`publishedOn` of its source): what the input classes
 * cannot check alone. Fields are relative to the fact.
 */
export function dateProblems(f: Fact, publishedOn: string | null | undefined): InputProblem[] {
  const out: InputProblem[] = [];
  if (f.date !== undefined && f.properties?.date !== undefined) {
    out.push({
      field: "date",
      reason: "give the date once: at the top level (version 2) or in properties (version 1)",
    });
  }
  return [...out, ...resolveDate(factDate(f), publishedOn).problems];
}

/**
 * The rules of seeds/FORMAT.md that the input classes cannot state: the id prefix of the kind,
 * partial ISO dates, flat property values, evidence by evidence kind. Fields are relative to the entity.
 * Tolerates input the class validation has already refused, so every problem is reported at once.
 */
export function entityProblems(
  e: { id: unknown; kind: unknown; properties?: Record<string, unknown> | null; modality?: unknown } & Fact,
): InputProblem[] {
  const out: InputProblem[] = [...evidenceProblems(e)];
  if (e.modality != null && e.kind !== EntityKind.Agreement && e.kind !== EntityKind.Event) {
    out.push({ field: "modality", reason: "only an Agreement or an Event has a modality; a relation carries its own" });
  }
  const prefix = ID_PREFIX[e.kind as EntityKind] as string | undefined;
  if (prefix && typeof e.id === "string" && !e.id.startsWith(prefix)) {
    out.push({ field: "id", reason: `a ${String(e.kind)} id must start with "${prefix}"` });
  }
  for (const key of DATE_PROPERTIES) {
    const value = e.properties?.[key];
    if (value !== undefined && !PARTIAL_DATE_PATTERN.test(String(value))) {
      out.push({
        field: `properties.${key}`,
        reason: "must be a partial ISO date (2022, 2022-09, 2022-09-07, --09-07)",
      });
    }
  }
  for (const [k, v] of Object.entries(e.properties ?? {})) {
    if (typeof v !== "string" && typeof v !== "number") {
      out.push({ field: `properties.${k}`, reason: "must be a string or a number" });
    }
  }
  return out;
}

export function relationProblems(
  r: { type?: unknown; from: unknown; to: unknown; role?: unknown } & Fact,
): InputProblem[] {
  const out: InputProblem[] = [...evidenceProblems(r)];
  if (r.from === r.to) out.push({ field: "to", reason: "a relation cannot point to its own start" });
  if (r.role != null) {
    const roles = rolesOf(r.type as RelationType);
    if (!roles) {
      out.push({
        field: "role",
        reason: `only ${ROLE_TYPES.join(", ")} take a role; put the article's word in roleText`,
      });
    } else if (!roles.includes(String(r.role))) {
      out.push({ field: "role", reason: `a ${String(r.type)} role must be one of ${roles.join(", ")}` });
    }
  }
  for (const [k, v] of Object.entries(r.properties ?? {})) {
    if (typeof v !== "string" && typeof v !== "number") {
      out.push({ field: `properties.${k}`, reason: "must be a string or a number" });
    }
  }
  return out;
}
