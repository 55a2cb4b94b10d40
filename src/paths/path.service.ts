import type { EntityKind } from "../domain/entity-kind";
import type { RelationType } from "../domain/relation-type";
import { BadInputError, LimitExceededError } from "../errors";
import type { EntityService } from "../entity/entity.service";
import { parseEvidence, toEntity } from "../entity/entity-record";
import { ALL_PROPERTIES, projectedEntity, type Projection } from "../entity/projection";
import type { Database } from "../neo4j/database";
import { int } from "../neo4j/values";
import { PathMode } from "./path-mode";
import type { PathRecord, PathRow } from "./path-record";

/** The literal quantifier bound in cypher/paths/*.cypher; a larger maxHops could not be honoured. */
export const MAX_HOPS = 8;
export const DEFAULT_HOPS = 4;
export const MAX_K = 10;
export const DEFAULT_K = 3;
/** All shortest paths can multiply along parallel relationships; past this many they stop helping a reader. */
export const MAX_ALL_SHORTEST = 50;

export interface PathQuery {
  from: string;
  to: string;
  maxHops?: number | null;
  mode?: PathMode | null;
  k?: number | null;
  via?: RelationType[] | null;
  through?: EntityKind[] | null;
}

const STATEMENT: Record<Exclude<PathMode, PathMode.STRONGEST>, string> = {
  [PathMode.SHORTEST]: "paths/shortest",
  [PathMode.ALL_SHORTEST]: "paths/all-shortest",
  [PathMode.K_SHORTEST]: "paths/k-shortest",
};

/** What to read of each path: which properties of its entities, and whether each step's quotes and sources. */
export interface PathReads {
  entity: Projection;
  stepEvidence: boolean;
}

/** Everything, for a caller that does not say what it shows. */
export const WHOLE_PATHS: PathReads = { entity: ALL_PROPERTIES, stepEvidence: true };

function toPath(row: PathRow, reads: PathReads): PathRecord {
  const nodes = reads.entity.all
    ? row.nodes.map(toEntity)
    : row.values.map(v => toEntity(projectedEntity(reads.entity, null, v)));
  const steps = row.steps.map((r, i) => ({
    from: nodes[i]!,
    to: nodes[i + 1]!,
    type: r.type,
    outgoing: r.outgoing,
    modality: r.modality ?? null,
    relationId: r.id,
    evidence: parseEvidence(r.evidence),
    sourceModalities: r.sourceModalities ?? null,
    sources: r.sources ?? null,
    evidenceKind: r.evidenceKind ?? null,
    dated: { date: r.date, dateResolved: r.dateResolved, dateBasis: r.dateBasis, datePrecision: r.datePrecision },
  }));
  return { length: steps.length, nodes, steps };
}

/** Chains of relationships that connect two entities, read in either direction. */
export class PathService {
  constructor(
    private readonly db: Database,
    private readonly entities: EntityService,
  ) {}

  /**
   * Finds the paths between two entities named by id or by name, shortest first; `truncated` when
   * ALL_SHORTEST found more than MAX_ALL_SHORTEST.
   * @throws BadInputError for STRONGEST (the fact graph has no weights), LimitExceededError when maxHops or k is above its cap, BadInputError when both ends are one entity,
   *   NotFoundError or AmbiguousError when an end does not name exactly one entity.
   */
  async find(q: PathQuery, reads: PathReads = WHOLE_PATHS): Promise<{ paths: PathRecord[]; truncated: boolean }> {
    const maxHops = q.maxHops ?? DEFAULT_HOPS;
    const k = q.k ?? DEFAULT_K;
    const mode = q.mode ?? PathMode.SHORTEST;
    if (mode === PathMode.STRONGEST) {
      throw new BadInputError("mode", "STRONGEST needs tie weights: it runs on the PARTNERSHIP network only");
    }
    if (maxHops > MAX_HOPS) throw new LimitExceededError("maxHops", MAX_HOPS, maxHops);
    if (k > MAX_K) throw new LimitExceededError("k", MAX_K, k);
    const search = (from: string, to: string) =>
      this.db.read<PathRow>(STATEMENT[mode], {
        from,
        to,
        via: q.via ?? [],
        through: q.through ?? [],
        maxHops: int(maxHops),
        k: int(k),
        // One more than are listed, so the answer can say whether more exist.
        limit: int(MAX_ALL_SHORTEST + 1),
        entity: reads.entity,
        stepEvidence: reads.stepEvidence,
      });
    // Dashboards name the ends by id, and an id names its entity before any name does (resolveAll): a path
    // found between the two as ids is the answer, in one statement. Nothing found means a name, a missing
    // entity or no path, which the resolution tells apart.
    let rows = q.from === q.to ? [] : await search(q.from, q.to);
    if (rows.length === 0) {
      const [from, to] = (await this.entities.resolveAll([
        ["from", q.from],
        ["to", q.to],
      ])) as [string, string];
      if (from === to) throw new BadInputError("to", "must name a different entity from `from`", { id: from });
      if (from !== q.from || to !== q.to) rows = await search(from, to);
    }
    const paths = rows.slice(0, MAX_ALL_SHORTEST).map(row => toPath(row, reads));
    return { paths, truncated: rows.length > MAX_ALL_SHORTEST };
  }
}
