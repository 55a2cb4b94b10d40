/** Relationship types, each read naturally from its start to its end node (seeds/FORMAT.md). */
export enum RelationType {
  LOCATED_IN = "LOCATED_IN",
  MEMBER_OF = "MEMBER_OF",
  CENTRAL_CITY_OF = "CENTRAL_CITY_OF",
  PART_OF = "PART_OF",
  AFFILIATED_WITH = "AFFILIATED_WITH",
  ACADEMICIAN_OF = "ACADEMICIAN_OF",
  HOLDS_OFFICE_IN = "HOLDS_OFFICE_IN",
  SPOKE_AT = "SPOKE_AT",
  ATTENDED = "ATTENDED",
  HOSTED = "HOSTED",
  HELD_IN = "HELD_IN",
  PARTY_TO = "PARTY_TO",
  SIGNED_AT = "SIGNED_AT",
  FOUNDED = "FOUNDED",
  LAUNCHED_AT = "LAUNCHED_AT",
  FOCUSES_ON = "FOCUSES_ON",
  COOPERATES_WITH = "COOPERATES_WITH",
  AWARDED = "AWARDED",
}

export const RELATION_TYPES = Object.values(RelationType);
