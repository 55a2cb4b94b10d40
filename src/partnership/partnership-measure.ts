/** What a partnership ranking measures; each one's scale is stated in its description. */
export enum PartnershipMeasure {
  DEGREE = "DEGREE",
  STRENGTH = "STRENGTH",
  BETWEENNESS = "BETWEENNESS",
  CLOSENESS = "CLOSENESS",
  PAGERANK = "PAGERANK",
  CONSTRAINT = "CONSTRAINT",
  EFFECTIVE_SIZE = "EFFECTIVE_SIZE",
  K_CORE = "K_CORE",
}
