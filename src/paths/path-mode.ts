/** How many paths a partnership-path query returns. */
export enum PathMode {
  SHORTEST = "SHORTEST",
  ALL_SHORTEST = "ALL_SHORTEST",
  K_SHORTEST = "K_SHORTEST",
}
