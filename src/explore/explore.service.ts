import type { EntityKind } from "../domain/entity-kind";
import type { Modality } from "../domain/fact-meaning";
import type { RelationType } from "../domain/relation-type";
import { LimitExceededError, NotFoundError } from "../errors";
import { scopeParams, type GraphScope } from "../domain/graph-scope";
import type { Database } from "../neo4j/database";
import { parseEvidence, toEntity } from "../entity/entity-record";
import { int } from "../neo4j/values";
import type { GraphViewRecord, GraphViewRow } from "./graph-view-record";

/** The literal quantifier bound in cypher/explore/neighbourhood.cypher. */
export const MAX_DEPTH = 3;
export const DEFAULT_DEPTH = 1;
export const MAX_VIEW_NODES = 5000;
export const DEFAULT_VIEW_NODES = 200;

export interface NeighbourhoodQuery {
  id: string;
  depth?: number | null;
  kinds?: EntityKind[] | null;
  via?: RelationType[] | null;
  limit?: number | null;
  /** Which facts to follow and show; default ACTUAL, as for a scope. */
  modalities?: Modality[] | null;
}

/** What a view's query shows beyond ids, kinds, names and dates; what it does not show stays in the database. */
export interface ViewSelection {
  /** A node's stored properties or its sources (reportedOn). */
  nodeProperties: boolean;
  /** An edge's evidence, or when it happened (which reads its sources and the linked agreement or event). */
  edgeFacts: boolean;
}

const WHOLE_VIEW: ViewSelection = { nodeProperties: true, edgeFacts: true };

function checkLimit(limit: number): void {
  if (limit > MAX_VIEW_NODES) throw new LimitExceededError("limit", MAX_VIEW_NODES, limit);
}

function toView(row: GraphViewRow, limit: number, modalities: Modality[]): GraphViewRecord {
  const nodes = row.nodes.map(n => ({ ...n, entity: toEntity(n.entity) }));
  const edges = row.edges.map(e => ({ ...e, evidence: parseEvidence(e.evidence) }));
  return { nodes, edges, truncated: row.total > limit, modalities };
}

/** Node-and-edge views of parts of the graph, shaped for a visual explorer. */
export class ExploreService {
  constructor(private readonly db: Database) {}

  /**
   * The entities within `depth` hops of one entity (nearest and best connected first) and the relationships among them.
   * @throws LimitExceededError when depth or limit is above its cap, NotFoundError for an unknown id.
   */
  async neighbourhood(q: NeighbourhoodQuery, shown: ViewSelection = WHOLE_VIEW): Promise<GraphViewRecord> {
    const depth = q.depth ?? DEFAULT_DEPTH;
    const limit = q.limit ?? DEFAULT_VIEW_NODES;
    if (depth > MAX_DEPTH) throw new LimitExceededError("depth", MAX_DEPTH, depth);
    checkLimit(limit);
    const scope = scopeParams({ kinds: q.kinds ?? [], relationTypes: q.via ?? [], modalities: q.modalities ?? [] });
    const [row] = await this.db.read<GraphViewRow>("explore/neighbourhood", {
      ...scope,
      id: q.id,
      depth: int(depth),
      limit: int(limit),
      ...shown,
    });
    if (!row) throw new NotFoundError("Entity", q.id);
    return toView(row, limit, scope.modalities);
  }

  /**
   * The entities of a scope (best connected first) and the in-scope relationships among them.
   * @throws LimitExceededError when limit is above its cap.
   */
  async subgraph(scope: GraphScope | null | undefined, limit: number | null | undefined): Promise<GraphViewRecord> {
    const max = limit ?? DEFAULT_VIEW_NODES;
    checkLimit(max);
    const params = scopeParams(scope);
    const [row] = await this.db.read<GraphViewRow>("explore/subgraph", { ...params, limit: int(max) });
    return row
      ? toView(row, max, params.modalities)
      : { nodes: [], edges: [], truncated: false, modalities: params.modalities };
  }
}
