import { registerEnumType } from "type-graphql";

/** How many paths a partnership-path query returns. */
export enum PathMode {
  SHORTEST = "SHORTEST",
  ALL_SHORTEST = "ALL_SHORTEST",
  K_SHORTEST = "K_SHORTEST",
}

registerEnumType(PathMode, {
  name: "PathMode",
  description: "SHORTEST: one shortest path; ALL_SHORTEST: every path of that length; K_SHORTEST: the k shortest simple paths",
});
