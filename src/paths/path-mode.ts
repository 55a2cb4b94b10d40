/** How many paths a partnership-path query returns, and by what measure. */
export enum PathMode {
  SHORTEST = "SHORTEST",
  ALL_SHORTEST = "ALL_SHORTEST",
  K_SHORTEST = "K_SHORTEST",
  /** Least total 1/weight: needs tie weights, so only the PARTNERSHIP network answers it. */
  STRONGEST = "STRONGEST",
}
