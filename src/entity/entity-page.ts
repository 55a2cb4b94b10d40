import type { EntityKind } from "../domain/entity-kind";

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
}
