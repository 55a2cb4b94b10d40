import type { EntityKind } from "../domain/entity-kind";
import { modalitiesOf } from "../domain/graph-scope";
import { searchKey } from "../domain/names";
import { AmbiguousError, BadInputError, NotFoundError } from "../errors";
import type { Database } from "../neo4j/database";
import { int } from "../neo4j/values";
import { toEntity, type EntityRecord, type StoredEntity } from "./entity-record";
import type { ListFilter, Page, PageRequest } from "./entity-page";
import { ALL_PROPERTIES, projectedEntity, type Projection } from "./projection";

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString("base64url");
}

function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const m = /^offset:(\d+)$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!m) throw new BadInputError("after", "not a cursor this API issued");
  return Number(m[1]) + 1;
}

/** A year or month as an upper bound includes the whole of it: "2022" sorts after every 2022 date. */
function upperBound(date: string | undefined): string | null {
  if (!date) return null;
  return date.length < 10 ? `${date}-99` : date;
}

export interface SearchHit {
  entity: EntityRecord;
  score: number;
}

/** Finding entities: by id, by name in any script or pinyin, and as filtered pages. */
export class EntityService {
  constructor(private readonly db: Database) {}

  /** Entities ranked by how well a name matches; `entity` says what to read of each. */
  async search(
    text: string,
    kinds: EntityKind[],
    first: number,
    entity: Projection = ALL_PROPERTIES,
  ): Promise<SearchHit[]> {
    const key = searchKey(text);
    if (!key) throw new BadInputError("text", "must contain at least one letter or character");
    if (key.length > 200) throw new BadInputError("text", "must be at most 200 characters");
    // Operator words are syntax only in upper case ("OR true" alone is a parse error); the analyzer lowercases terms anyway.
    const lucene = (text.replace(LUCENE_SPECIAL, " ").trim() || key.replace(LUCENE_SPECIAL, " ")).replace(
      /\b(AND|OR|NOT|TO)\b/g,
      w => w.toLowerCase(),
    );
    const rows = await this.db.read<{ entity: StoredEntity | null; values: unknown[] | null; score: number }>(
      "entity/search",
      {
        key,
        exact: `|${key}|`,
        prefix: `|${key}`,
        lucene: lucene.trim() || "\u0000",
        kinds,
        first: int(first),
        entity,
      },
    );
    return rows.map(r => ({ entity: toEntity(projectedEntity(entity, r.entity, r.values)), score: r.score }));
  }

  /**
   * Resolves ids or names in any script or pinyin, each to exactly one entity id, in one statement.
   * @param asked [field, text] pairs; the field names the input in errors.
   * @throws BadInputError for a text with no letter, NotFoundError when nothing matches,
   *   AmbiguousError listing the candidates when several do.
   */
  async resolveAll(asked: [field: string, text: string][]): Promise<string[]> {
    const names = asked.map(([field, text]) => {
      const key = searchKey(text);
      if (!key) throw new BadInputError(field, "must be an id or a name");
      return { id: text, exact: `|${key}|` };
    });
    type Candidate = { id: string; name: string; kind: string };
    const rows = await this.db.read<{ i: number; candidates: Candidate[] }>("entity/resolve-names", { names });
    const found = new Map(rows.map(r => [r.i, r.candidates]));
    return asked.map(([field, text], i) => {
      const candidates = found.get(i) ?? [];
      if (candidates.some(c => c.id === text)) return text;
      if (candidates.length === 0) throw new NotFoundError("Entity", text);
      if (candidates.length > 1) throw new AmbiguousError(field, text, candidates);
      return candidates[0]!.id;
    });
  }

  /** A filtered, sorted page of entities; `entity` says what to read of each. */
  async list(filter: ListFilter, page: PageRequest, entity: Projection = ALL_PROPERTIES): Promise<Page<EntityRecord>> {
    const skip = decodeCursor(page.after);
    const modalities = modalitiesOf(filter.modalities);
    const [row] = await this.db.read<{ total: number; page: StoredEntity[]; values: unknown[][] }>("entity/list", {
      kinds: filter.kinds ?? [],
      filter: {
        corridor: filter.corridor ?? null,
        city: filter.city ?? null,
        industry: filter.industry ?? null,
        source: filter.source ?? null,
        dateFrom: filter.dateFrom ?? null,
        dateTo: upperBound(filter.dateTo),
      },
      modalities,
      sort: page.orderBy,
      descending: page.descending,
      skip: int(skip),
      limit: int(page.first),
      entity,
    });
    const total = row?.total ?? 0;
    const stored = entity.all ? (row?.page ?? []) : (row?.values ?? []).map(v => projectedEntity(entity, null, v));
    const nodes = stored.map(toEntity);
    const edges = nodes.map((node, i) => ({ cursor: encodeCursor(skip + i), node }));
    return {
      totalCount: total,
      nodes,
      edges,
      pageInfo: { hasNextPage: skip + nodes.length < total, endCursor: edges.at(-1)?.cursor ?? null },
      modalities,
    };
  }
}
