import type { EntityKind } from "./entity-kind";
import type { RelationType } from "./relation-type";

/**
 * The part of the graph an analysis or a view covers. Empty lists mean "all". Date bounds apply to
 * dated entities (events, agreements): those outside the range, or whose year is unknown, are left out.
 */
export interface GraphScope {
  kinds?: EntityKind[];
  relationTypes?: RelationType[];
  corridor?: string;
  sources?: string[];
  ids?: string[];
  /** Partial ISO dates. */
  dateFrom?: string;
  dateTo?: string;
}

/** Cypher parameters for a scope; every cypher file that filters by scope takes exactly these. */
export function scopeParams(scope: GraphScope | undefined | null) {
  const to = scope?.dateTo;
  return {
    kinds: scope?.kinds ?? [],
    relationTypes: scope?.relationTypes ?? [],
    corridor: scope?.corridor ?? null,
    sources: scope?.sources ?? [],
    ids: scope?.ids ?? [],
    dateFrom: scope?.dateFrom ?? null,
    // A year or month as an upper bound includes the whole of it.
    dateTo: to ? (to.length < 10 ? `${to}-99` : to) : null,
  };
}

/**
 * The node predicate every scope-filtered statement uses, for a node variable `n`
 * (copied into those .cypher files, since Cypher has no includes):
 *
 *   (size($kinds) = 0 OR n.kind IN $kinds)
 *   AND (size($ids) = 0 OR n.id IN $ids)
 *   AND (size($sources) = 0 OR any(s IN n.sources WHERE s IN $sources))
 *   AND (($dateFrom IS NULL AND $dateTo IS NULL) OR NOT n.kind IN ['Event', 'Agreement']
 *        OR (n.sortDate IS NOT NULL AND ($dateFrom IS NULL OR n.sortDate >= $dateFrom) AND ($dateTo IS NULL OR n.sortDate <= $dateTo)))
 *   AND ($corridor IS NULL OR n.id = $corridor
 *        OR EXISTS { (n)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) }
 *        OR EXISTS { (n)--(:City)-[:MEMBER_OF|CENTRAL_CITY_OF]->(:Corridor {id: $corridor}) })
 *
 * and for a relationship `r`: (size($relationTypes) = 0 OR type(r) IN $relationTypes)
 *   AND (size($sources) = 0 OR any(s IN r.sources WHERE s IN $sources))
 */
