// Operation names come from clients: each distinct one becomes a time series, so they are checked and
// capped, or a client inventing names could grow the scrape (and Prometheus) without bound.
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 200;
const seen = new Set<string>();

/** The metric label for an operation name: "anonymous", the name itself, or "other" past the cap. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  if (!OPERATION_NAME.test(name)) return "other";
  if (seen.has(name)) return name;
  if (seen.size >= MAX_OPERATION_NAMES) return "other";
  seen.add(name);
  return name;
}
