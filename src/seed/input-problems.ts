import type { ValidationError } from "class-validator";
import { ID_PREFIX, type EntityKind } from "../domain/entity-kind";
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

/**
 * The rules of seeds/FORMAT.md that the input classes cannot state: the id prefix of the kind,
 * partial ISO dates, flat property values. Fields are relative to the entity. Tolerates input the
 * class validation has already refused, so every problem is reported at once.
 */
export function entityProblems(e: { id: unknown; kind: unknown; properties?: Record<string, unknown> | null }): InputProblem[] {
  const out: InputProblem[] = [];
  const prefix = ID_PREFIX[e.kind as EntityKind] as string | undefined;
  if (prefix && typeof e.id === "string" && !e.id.startsWith(prefix)) out.push({ field: "id", reason: `a ${String(e.kind)} id must start with "${prefix}"` });
  for (const key of DATE_PROPERTIES) {
    const value = e.properties?.[key];
    if (value !== undefined && !PARTIAL_DATE_PATTERN.test(String(value))) out.push({ field: `properties.${key}`, reason: "must be a partial ISO date (2022, 2022-09, 2022-09-07, --09-07)" });
  }
  for (const [k, v] of Object.entries(e.properties ?? {})) {
    if (typeof v !== "string" && typeof v !== "number") out.push({ field: `properties.${k}`, reason: "must be a string or a number" });
  }
  return out;
}

export function relationProblems(r: { from: unknown; to: unknown }): InputProblem[] {
  return r.from === r.to ? [{ field: "to", reason: "a relation cannot point to its own start" }] : [];
}
