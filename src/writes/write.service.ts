import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ManagedTransaction } from "neo4j-driver";
import { EntityKind } from "../domain/entity-kind";
import { RelationType } from "../domain/relation-type";
import { AppError, BadInputError, ErrorCode } from "../errors";
import type { EntityRecord, RelationRecord, SourceRecord } from "../entity/entity-record";
import { run, type Database } from "../neo4j/database";
import { plain } from "../neo4j/values";
import { mergeGraph, mergeSource } from "../seed/seed-loader";
import type { EntityInput, EvidenceInput, RelationInput, SourceInput } from "../seed/seed.input";

/** A reference to something the graph does not hold; names the field that holds the reference. */
export class MissingReferenceError extends AppError {
  constructor(field: string, what: string, id: string) {
    super(ErrorCode.NOT_FOUND, `${field}: no ${what} "${id}"`, { field, key: id });
  }
}

/** A quote to check against its source's article, and where it came from in the input. */
interface Quote {
  field: string;
  source: string;
  quote: string;
}

function quotesOf(field: string, item: Pick<EntityInput, "evidence" | "attributes">, sourceId: string): Quote[] {
  return [
    ...item.evidence.map((e, i) => ({ field: `${field}.evidence[${i}]`, source: e.source ?? sourceId, quote: e.quote })),
    ...(item.attributes ?? []).map((a, i) => ({ field: `${field}.attributes[${i}]`, source: sourceId, quote: a.quote })),
  ];
}

/**
 * Validated, idempotent writes by editors. Input classes and merge statements are the seed loader's,
 * so a fact written here is stored exactly as the same fact in a seed file. Each call is one transaction:
 * every reference is checked inside it before anything is merged, so a refused write leaves no trace.
 */
export class WriteService {
  constructor(
    private readonly db: Database,
    private readonly articlesDir: string,
  ) {}

  async addSource(source: SourceInput): Promise<SourceRecord> {
    // The file name is joined to the articles directory when quotes are checked.
    if (source.file !== undefined && source.file !== path.basename(source.file)) throw new BadInputError("source.file", "must be a file name, not a path");
    return this.db.writeTx(async tx => {
      await mergeSource(tx, source);
      const [row] = await run<{ source: unknown }>(tx, "entity/sources-by-ids", { ids: [source.id] });
      return plain(row!.source) as SourceRecord;
    });
  }

  /** @throws MissingReferenceError for an unknown source; BadInputError for a quote not in its article. */
  async upsertEntity(sourceId: string, entity: EntityInput): Promise<EntityRecord> {
    return this.db.writeTx(async tx => {
      await this.checkQuotes(tx, sourceId, quotesOf("entity", entity, sourceId));
      await mergeGraph(tx, sourceId, [entity], []);
      return this.entity(tx, entity.id);
    });
  }

  /** @throws MissingReferenceError naming relation.from or relation.to when an end is not in the graph. */
  async upsertRelation(sourceId: string, relation: RelationInput): Promise<RelationRecord> {
    return this.db.writeTx(async tx => {
      await this.checkQuotes(tx, sourceId, quotesOf("relation", relation, sourceId));
      await this.requireEntities(tx, [
        { field: "relation.from", id: relation.from },
        { field: "relation.to", id: relation.to },
      ]);
      await mergeGraph(tx, sourceId, [], [relation]);
      return this.relation(tx, relation);
    });
  }

  /** The agreement, PARTY_TO from each party and SIGNED_AT to the event, all or nothing. */
  async upsertAgreement(sourceId: string, agreement: EntityInput, parties: string[], eventId: string | undefined, evidence: EvidenceInput[]): Promise<EntityRecord> {
    if (agreement.kind !== EntityKind.Agreement) throw new BadInputError("agreement.kind", `must be ${EntityKind.Agreement}`);
    if (parties.length === 0) throw new BadInputError("parties", "an agreement needs at least one party");
    if (evidence.length === 0) throw new BadInputError("evidence", "needs at least one quote for the party and event links");
    const self = parties.indexOf(agreement.id);
    if (self >= 0) throw new BadInputError(`parties[${self}]`, "an agreement cannot be party to itself");
    const links = { evidence, attributes: [] };
    const relations: RelationInput[] = [
      ...[...new Set(parties)].map(party => ({ type: RelationType.PARTY_TO, from: party, to: agreement.id, ...links })),
      ...(eventId ? [{ type: RelationType.SIGNED_AT, from: agreement.id, to: eventId, ...links }] : []),
    ];
    return this.db.writeTx(async tx => {
      await this.checkQuotes(tx, sourceId, [
        ...quotesOf("agreement", agreement, sourceId),
        ...evidence.map((e, i) => ({ field: `evidence[${i}]`, source: e.source ?? sourceId, quote: e.quote })),
      ]);
      const found = await this.requireEntities(tx, [
        ...parties.map((id, i) => ({ field: `parties[${i}]`, id })),
        ...(eventId ? [{ field: "eventId", id: eventId }] : []),
      ]);
      const event = eventId ? found.get(eventId) : undefined;
      if (event && event.kind !== EntityKind.Event) throw new BadInputError("eventId", `"${eventId}" is a ${event.kind}, not an ${EntityKind.Event}`);
      await mergeGraph(tx, sourceId, [agreement], relations);
      return this.entity(tx, agreement.id);
    });
  }

  /**
   * Every source a quote names must exist; where its article is at hand, the quote must be in it
   * (the seed loader's rule).
   */
  private async checkQuotes(tx: ManagedTransaction, sourceId: string, quotes: Quote[]): Promise<void> {
    const ids = [...new Set([sourceId, ...quotes.map(q => q.source)])];
    const rows = await run<{ source: unknown }>(tx, "entity/sources-by-ids", { ids });
    const sources = new Map(rows.map(r => {
      const s = plain(r.source) as SourceRecord;
      return [s.id, s];
    }));
    if (!sources.has(sourceId)) throw new MissingReferenceError("sourceId", "source", sourceId);
    for (const q of quotes) {
      const source = sources.get(q.source);
      if (!source) throw new MissingReferenceError(`${q.field}.source`, "source", q.source);
      const article = await this.article(source);
      if (article !== undefined && !article.includes(q.quote)) throw new BadInputError(`${q.field}.quote`, `quote is not in ${source.file}: "${q.quote.slice(0, 40)}…"`);
    }
  }

  private async article(source: SourceRecord): Promise<string | undefined> {
    if (!source.file || source.file !== path.basename(source.file)) return undefined;
    try {
      return await readFile(path.join(this.articlesDir, source.file), "utf8");
    } catch {
      return undefined;
    }
  }

  private async requireEntities(tx: ManagedTransaction, refs: { field: string; id: string }[]): Promise<Map<string, EntityRecord>> {
    const rows = await run<{ entity: unknown }>(tx, "entity/by-ids", { ids: refs.map(r => r.id) });
    const found = new Map(rows.map(r => {
      const e = plain(r.entity) as EntityRecord;
      return [e.id, e];
    }));
    const missing = refs.find(r => !found.has(r.id));
    if (missing) throw new MissingReferenceError(missing.field, "entity", missing.id);
    return found;
  }

  private async entity(tx: ManagedTransaction, id: string): Promise<EntityRecord> {
    const [row] = await run<{ entity: unknown }>(tx, "entity/by-ids", { ids: [id] });
    return plain(row!.entity) as EntityRecord;
  }

  /** Read back as the start entity sees it, the shape entity { relations } resolves. */
  private async relation(tx: ManagedTransaction, r: RelationInput): Promise<RelationRecord> {
    const [row] = await run<{ relation: unknown; other: unknown }>(tx, "writes/relation", { type: r.type, from: r.from, to: r.to });
    const { id, evidence, attributes, sources: _sources, ...properties } = plain(row!.relation) as Record<string, unknown>;
    return {
      id: String(id),
      type: r.type,
      selfId: r.from,
      outgoing: true,
      other: plain(row!.other) as EntityRecord,
      properties,
      evidence: (evidence as string[] | undefined) ?? [],
      attributes: (attributes as string[] | undefined) ?? [],
    };
  }
}
