/**
 * The nested-`partners` query of issue 15: `levels` partners lists, each inside the one before, under one
 * entity, through an inline fragment on the entity's kind, as an outside client writes it.
 */
export function nestedPartners(
  levels: number,
  opts: { entityId?: string; kind?: string; first?: number } = {},
): string {
  const { entityId = "city-xuzhou", kind = "City", first } = opts;
  const partners = first === undefined ? "partners" : `partners(first: ${first})`;
  let body = "id";
  for (let i = 0; i < levels; i++) body = `id ... on ${kind} { ${partners} { ${body} } }`;
  return `{ entity(id: "${entityId}") { ${body} } }`;
}
