/** The relationship type that stores a derived partnership tie (one per unordered pair, lower id → higher id). */
export enum TieRelation {
  PARTNERS_WITH = "PARTNERS_WITH",
}

/** Why two entities are partners: one rule per kind (src/partnership/tie-rules.ts). */
export enum TieKind {
  /** The article states that they cooperate (COOPERATES_WITH). */
  COOPERATION = "COOPERATION",
  /** Both are party to one agreement (PARTY_TO the same Agreement). */
  CO_PARTY = "CO_PARTY",
  /** Both founded one platform or organisation (FOUNDED the same entity). */
  CO_FOUNDER = "CO_FOUNDER",
  /** Both hosted one event (HOSTED the same Event). */
  CO_HOST = "CO_HOST",
  /** Both are members of one alliance or corridor (MEMBER_OF / CENTRAL_CITY_OF the same entity): weak. */
  CO_MEMBER = "CO_MEMBER",
  /** Both attended or spoke at one event: the weakest, left out unless asked for. */
  CO_ATTENDANCE = "CO_ATTENDANCE",
}

export const TIE_KINDS = Object.values(TieKind);
/** The tie kinds a network question uses when it names none. */
export const DEFAULT_TIE_KINDS = TIE_KINDS.filter(k => k !== TieKind.CO_ATTENDANCE);

/** Which nodes a partnership network has. */
export enum NetworkLevel {
  /** Organisations, people, cities as they are. */
  ENTITY = "ENTITY",
  /** Each entity rolled up to its city (LOCATED_IN, or a person's affiliation or office). */
  CITY = "CITY",
  /** Each city rolled up to the corridors it belongs to. */
  CORRIDOR = "CORRIDOR",
}

/** Which links an analytic question runs on. */
export enum NetworkKind {
  /** The derived partnership ties, weighted. */
  PARTNERSHIP = "PARTNERSHIP",
  /** Every stored relationship as one equal, undirected link (the fact graph). */
  FACTS = "FACTS",
}
