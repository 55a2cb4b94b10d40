/** The kinds of thing the innovation network is made of; each is also a Neo4j label. */
export enum EntityKind {
  City = "City",
  Province = "Province",
  Corridor = "Corridor",
  University = "University",
  ResearchInstitute = "ResearchInstitute",
  Academy = "Academy",
  Person = "Person",
  Platform = "Platform",
  Enterprise = "Enterprise",
  GovernmentBody = "GovernmentBody",
  Organization = "Organization",
  Event = "Event",
  Agreement = "Agreement",
  Industry = "Industry",
}

export const ENTITY_KINDS = Object.values(EntityKind);

/** The id prefix each kind's ids start with (seeds/FORMAT.md). */
export const ID_PREFIX: Record<EntityKind, string> = {
  City: "city-",
  Province: "province-",
  Corridor: "corridor-",
  University: "univ-",
  ResearchInstitute: "inst-",
  Academy: "academy-",
  Person: "person-",
  Platform: "platform-",
  Enterprise: "ent-",
  GovernmentBody: "gov-",
  Organization: "org-",
  Event: "event-",
  Agreement: "agreement-",
  Industry: "industry-",
};
