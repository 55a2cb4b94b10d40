import type { EntityKind } from "./entity-kind";
import { Modality } from "./fact-meaning";
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
  /** Partial ISO dates, compared with each event's and agreement's resolved date (the stated one when it has its year). */
  dateFrom?: string;
  dateTo?: string;
  /** Which facts count: relationships, agreements and events of these modalities. Default: ACTUAL only. */
  modalities?: Modality[];
}

/** What an analysis counts unless told otherwise: what the articles report as done, not what is planned or hoped for. */
export const DEFAULT_MODALITIES: Modality[] = [Modality.ACTUAL];

/** The modalities an answer counts: those asked for, else the default; every counting answer echoes them. */
export function modalitiesOf(asked: readonly Modality[] | null | undefined): Modality[] {
  return asked?.length ? [...new Set(asked)] : DEFAULT_MODALITIES;
}

/**
 * Cypher parameters for a scope; every cypher file that filters by scope takes exactly these. The filters travel
 * as one map, `$scope`: Neo4j keys a cached plan by its parameters' types, and an empty list, a list of strings,
 * null and a string are four types. As separate parameters, each combination of filters set and unset was a plan
 * of its own, compiled on first use (0.5-1.3 s each for the scope statements on a test server); a map is one type.
 */
export function scopeParams(scope: GraphScope | undefined | null) {
  const to = scope?.dateTo;
  return {
    scope: {
      kinds: scope?.kinds ?? [],
      relationTypes: scope?.relationTypes ?? [],
      corridor: scope?.corridor ?? null,
      sources: scope?.sources ?? [],
      ids: scope?.ids ?? [],
      dateFrom: scope?.dateFrom ?? null,
      // A year or month as an upper bound includes the whole of it.
      dateTo: to ? (to.length < 10 ? `${to}-99` : to) : null,
    },
    modalities: modalitiesOf(scope?.modalities),
  };
}

/** The scope predicates themselves are written once, in cypher/fragments/{node,relationship}-in-scope.cypher. */
