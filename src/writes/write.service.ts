import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ManagedTransaction } from "neo4j-driver";
import { EntityKind } from "../domain/entity-kind";
import { RelationType } from "../domain/relation-type";
import { AppError, BadInputError, ErrorCode } from "../errors";
import {
  toEntity,
  type EntityRecord,
  type RelationRecord,
  type SourceRecord,
  type StoredEntity,
} from "../entity/entity-record";
import { toRelation, type RelationRow } from "../entity/entity.repository";
import { run, type Database } from "../neo4j/database";
import { refreshTies } from "../partnership/tie-store";
import { mergeGraph, mergeSource, type FactSource } from "../seed/seed-loader";
import type { EntityInput, EvidenceInput, RelationInput, SourceInput } from "../seed/seed.input";
import { dateProblems } from "../seed/input-problems";
import type { AuditRepository } from "../audit/audit.repository";

/** How the writes reach Neo4j: the database's write transactions (write-rehearsal.ts rolls each one back). */
export type WriteTransactions = Pick<Database, "writeTx">;

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
    ...item.evidence.map((e, i) => ({
      field: `${field}.evidence[${i}]`,
      source: e.source ?? sourceId,
      quote: e.quote,
    })),
    ...(item.attributes ?? []).map((a, i) => ({
      field: `${field}.attributes[${i}]`,
      source: sourceId,
      quote: a.quote,
    })),
  ];
}

/** A fact's date checked against its source's page date: the same rule as a seed file's. */
function checkDate(field: string, fact: EntityInput | RelationInput, source: FactSource): void {
  const [problem] = dateProblems(fact, source.publishedOn);
  if (problem) throw new BadInputError(`${field}.${problem.field}`, problem.reason);
}

/**
 * Validated, idempotent writes by editors. Input classes and merge statements are the seed loader's,
 * so a fact written here is stored exactly as the same fact in a seed file. Each call is one transaction:
 * every reference is checked inside it before anything is merged, so a refused write leaves no trace.
 */
export class WriteService {
  constructor(
    private readonly db: WriteTransactions,
    private readonly articlesDir: string,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * A source needs its article's text, quotes are checked against it: `text` itself, or `file` in the
   * articles directory (read now and kept with the source). Adding a stored source again with another page
   * date moves the facts its page dates, and the partnership ties of what it reports, in the same transaction.
   * @throws BadInputError naming source.file or source.text when no text can be had, or source.publishedOn
   *   when the new date cannot place a fact the old one placed.
   */
  async addSource(source: SourceInput): Promise<SourceRecord> {
    const text = await this.textOf(source);
    return this.db.writeTx(async tx => {
      await refreshTies(tx, await mergeSource(tx, { ...source, text }));
      await this.audit.record(tx, "addSource", { sourceIds: [source.id] });
      const [row] = await run<{ source: SourceRecord }>(tx, "entity/sources-by-ids", { ids: [source.id] });
      return row!.source;
    });
  }

  /** @throws MissingReferenceError for an unknown source; BadInputError for a quote not in its article or a date its page contradicts. */
  async upsertEntity(sourceId: string, entity: EntityInput): Promise<EntityRecord> {
    return this.db.writeTx(async tx => {
      const source = await this.checkQuotes(tx, sourceId, quotesOf("entity", entity, sourceId));
      checkDate("entity", entity, source);
      await mergeGraph(tx, source, [entity], []);
      await this.audit.record(tx, "upsertEntity", { entityIds: [entity.id], sourceIds: [sourceId] });
      return this.entity(tx, entity.id);
    });
  }

  /** @throws MissingReferenceError naming relation.from or relation.to when an end is not in the graph. */
  async upsertRelation(sourceId: string, relation: RelationInput): Promise<RelationRecord> {
    return this.db.writeTx(async tx => {
      const source = await this.checkQuotes(tx, sourceId, quotesOf("relation", relation, sourceId));
      checkDate("relation", relation, source);
      await this.requireEntities(tx, [
        { field: "relation.from", id: relation.from },
        { field: "relation.to", id: relation.to },
      ]);
      await mergeGraph(tx, source, [], [relation]);
      await this.audit.record(tx, "upsertRelation", { relations: [relation], sourceIds: [sourceId] });
      return this.relation(tx, relation);
    });
  }

  /** The agreement, PARTY_TO from each party and SIGNED_AT to the event, all or nothing. */
  async upsertAgreement(
    sourceId: string,
    agreement: EntityInput,
    parties: string[],
    eventId: string | undefined,
    evidence: EvidenceInput[],
  ): Promise<EntityRecord> {
    if (agreement.kind !== EntityKind.Agreement) {
      throw new BadInputError("agreement.kind", `must be ${EntityKind.Agreement}`);
    }
    if (parties.length === 0) throw new BadInputError("parties", "an agreement needs at least one party");
    if (evidence.length === 0) {
      throw new BadInputError("evidence", "needs at least one quote for the party and event links");
    }
    const self = parties.indexOf(agreement.id);
    if (self >= 0) throw new BadInputError(`parties[${self}]`, "an agreement cannot be party to itself");
    const links = { evidence, attributes: [] };
    const relations: RelationInput[] = [
      ...[...new Set(parties)].map(party => ({ type: RelationType.PARTY_TO, from: party, to: agreement.id, ...links })),
      ...(eventId ? [{ type: RelationType.SIGNED_AT, from: agreement.id, to: eventId, ...links }] : []),
    ];
    return this.db.writeTx(async tx => {
      const source = await this.checkQuotes(tx, sourceId, [
        ...quotesOf("agreement", agreement, sourceId),
        ...evidence.map((e, i) => ({ field: `evidence[${i}]`, source: e.source ?? sourceId, quote: e.quote })),
      ]);
      checkDate("agreement", agreement, source);
      const found = await this.requireEntities(tx, [
        ...parties.map((id, i) => ({ field: `parties[${i}]`, id })),
        ...(eventId ? [{ field: "eventId", id: eventId }] : []),
      ]);
      const event = eventId ? found.get(eventId) : undefined;
      if (event && event.kind !== EntityKind.Event) {
        throw new BadInputError("eventId", `"${eventId}" is a ${event.kind}, not an ${EntityKind.Event}`);
      }
      await mergeGraph(tx, source, [agreement], relations);
      await this.audit.record(tx, "upsertAgreement", { entityIds: [agreement.id], relations, sourceIds: [sourceId] });
      return this.entity(tx, agreement.id);
    });
  }

  /**
   * Every source a quote names must exist and have its article's text, and every quote must be in it
   * (the seed loader's rule; there is no source whose quotes go unchecked).
   * @returns the source the facts are written from, with its page date.
   */
  private async checkQuotes(tx: ManagedTransaction, sourceId: string, quotes: Quote[]): Promise<FactSource> {
    const ids = [...new Set([sourceId, ...quotes.map(q => q.source)])];
    const rows = await run<{ source: SourceRecord; text: string | null }>(tx, "writes/source-texts", { ids });
    const sources = new Map(rows.map(r => [r.source.id, { ...r.source, text: r.text }]));
    const own = sources.get(sourceId);
    if (!own) throw new MissingReferenceError("sourceId", "source", sourceId);
    for (const q of quotes) {
      const source = sources.get(q.source);
      if (!source) throw new MissingReferenceError(`${q.field}.source`, "source", q.source);
      if (source.text === null) {
        throw new BadInputError(
          `${q.field}.source`,
          `source ${source.id} has no article text to check quotes against; add it again with its file or text`,
        );
      }
      if (!source.text.includes(q.quote)) {
        throw new BadInputError(
          `${q.field}.quote`,
          `quote is not in ${source.file ?? source.id}: "${q.quote.slice(0, 40)}…"`,
        );
      }
    }
    return { id: own.id, publishedOn: own.publishedOn };
  }

  private async textOf(source: SourceInput): Promise<string> {
    if (source.file === undefined) {
      if (source.text === undefined) {
        throw new BadInputError(
          "source.file",
          "a source needs its article's text: a file in the articles directory, or text",
        );
      }
      return source.text;
    }
    // The file name is joined to the articles directory.
    if (source.file !== path.basename(source.file)) {
      throw new BadInputError("source.file", "must be a file name, not a path");
    }
    try {
      const text = await readFile(path.join(this.articlesDir, source.file), "utf8");
      if (source.text !== undefined && source.text !== text) {
        throw new BadInputError("source.text", `differs from ${source.file}; give one of them`);
      }
      return text;
    } catch (err) {
      if (err instanceof BadInputError) throw err;
      throw new BadInputError("source.file", `no article ${source.file} in the articles directory`);
    }
  }

  private async requireEntities(
    tx: ManagedTransaction,
    refs: { field: string; id: string }[],
  ): Promise<Map<string, EntityRecord>> {
    const rows = await run<{ entity: StoredEntity }>(tx, "entity/by-ids", { ids: refs.map(r => r.id) });
    const found = new Map(rows.map(r => [r.entity.id, toEntity(r.entity)]));
    const missing = refs.find(r => !found.has(r.id));
    if (missing) throw new MissingReferenceError(missing.field, "entity", missing.id);
    return found;
  }

  private async entity(tx: ManagedTransaction, id: string): Promise<EntityRecord> {
    const [row] = await run<{ entity: StoredEntity }>(tx, "entity/by-ids", { ids: [id] });
    return toEntity(row!.entity);
  }

  /** Read back as the start entity sees it, the shape entity { relations } resolves. */
  private async relation(tx: ManagedTransaction, r: RelationInput): Promise<RelationRecord> {
    const [row] = await run<Pick<RelationRow, "relation" | "other">>(tx, "writes/relation", {
      type: r.type,
      from: r.from,
      to: r.to,
    });
    return toRelation(r.from, { ...row!, type: r.type, outgoing: true });
  }
}
