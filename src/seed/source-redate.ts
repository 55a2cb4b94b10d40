import type { ManagedTransaction } from "neo4j-driver";
import { BadInputError } from "../errors";
import { run } from "../neo4j/database";
import { PAGE_BASES, redate, type RedatedFields } from "./page-date";

interface PageDatedFact {
  id: string;
  from: string | null;
  to: string | null;
  date: string | null;
  dateResolved: string | null;
  dateBasis: string | null;
}

/**
 * Follows a change of a stored source's page date, inside the caller's transaction: every fact it placed by
 * its page (FROM_PAGE_DATE, PUBLISHED) is resolved again against the new date, and the entities it states facts
 * about are returned, since their partnership ties may take a date from the page (undated facts fall back to
 * their sources' publication date). A new page date that cannot place one of those facts is refused whole.
 * @throws BadInputError naming source.publishedOn.
 */
export async function followPageDate(
  tx: ManagedTransaction,
  source: string,
  before: string | null,
  after: string | null,
): Promise<string[]> {
  const facts = await run<PageDatedFact>(tx, "seed/page-dated-facts", { source, bases: PAGE_BASES });
  const entities: { id: string; fields: RedatedFields }[] = [];
  const relations: { id: string; from: string; to: string; fields: RedatedFields }[] = [];
  for (const f of facts) {
    const r = redate(f, before, after);
    if ("problem" in r) {
      throw new BadInputError("source.publishedOn", `${r.problem} (fact ${f.id}, dated ${f.date ?? "by its page"})`);
    }
    if ("unchanged" in r) continue;
    if (f.from !== null && f.to !== null) relations.push({ id: f.id, from: f.from, to: f.to, fields: r.fields });
    else entities.push({ id: f.id, fields: r.fields });
  }
  if (entities.length + relations.length > 0) await run(tx, "seed/redate-facts", { entities, relations });
  const rows = await run<{ id: string }>(tx, "seed/source-fact-entities", { source });
  return rows.map(r => r.id);
}
