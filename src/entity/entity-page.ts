import type { EntityKind } from "../domain/entity-kind";
import type { Modality } from "../domain/fact-meaning";

export enum EntityOrder {
  NAME = "NAME",
  DATE = "DATE",
  DEGREE = "DEGREE",
}

/** Narrows a list of entities; all given conditions must hold. */
export interface ListFilter {
  kinds?: EntityKind[];
  corridor?: string;
  city?: string;
  industry?: string;
  source?: string;
  /** Partial ISO dates; a year or month as an upper bound includes the whole of it. */
  dateFrom?: string;
  dateTo?: string;
  /** Which facts count: agreements and events by their own modality, the links followed by theirs. Default: ACTUAL. */
  modalities?: Modality[];
}

export interface PageRequest {
  first: number;
  /** The endCursor of the previous page. */
  after?: string;
  orderBy: EntityOrder;
  descending: boolean;
}

/** One page of a list, in the shape of a cursor connection. */
export interface Page<T> {
  totalCount: number;
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** The modalities the list counted. */
  modalities: Modality[];
}
