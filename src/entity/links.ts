import { EntityKind as K } from "../domain/entity-kind";
import { RelationType as R } from "../domain/relation-type";
import type { Projection } from "./projection";

export type Direction = "OUT" | "IN" | "BOTH";

export interface RelationQuery {
  types: R[];
  direction: Direction;
  kinds: K[];
}

const ORGANISATIONS = [
  K.University,
  K.ResearchInstitute,
  K.Academy,
  K.Platform,
  K.Enterprise,
  K.GovernmentBody,
  K.Organization,
];
const PARTIES = [K.City, K.Province, ...ORGANISATIONS];

/** The typed relationship fields of each kind, in the domain's words; resolvers only name one of these. */
export const LINKS = {
  province: { types: [R.LOCATED_IN], direction: "OUT", kinds: [K.Province] },
  parentCity: { types: [R.LOCATED_IN], direction: "OUT", kinds: [K.City] },
  districts: { types: [R.LOCATED_IN], direction: "IN", kinds: [K.City] },
  cities: { types: [R.LOCATED_IN], direction: "IN", kinds: [K.City] },
  corridors: { types: [R.MEMBER_OF, R.CENTRAL_CITY_OF], direction: "OUT", kinds: [K.Corridor] },
  centralCityOf: { types: [R.CENTRAL_CITY_OF], direction: "OUT", kinds: [K.Corridor] },
  platformsIn: { types: [R.LOCATED_IN], direction: "IN", kinds: [K.Platform] },
  organizationsIn: { types: [R.LOCATED_IN], direction: "IN", kinds: ORGANISATIONS },
  eventsHeldIn: { types: [R.HELD_IN], direction: "IN", kinds: [K.Event] },
  agreements: { types: [R.PARTY_TO], direction: "OUT", kinds: [K.Agreement] },
  members: { types: [R.MEMBER_OF], direction: "IN", kinds: [] },
  memberOf: { types: [R.MEMBER_OF], direction: "OUT", kinds: [] },
  centralCity: { types: [R.CENTRAL_CITY_OF], direction: "IN", kinds: [K.City] },
  industries: { types: [R.FOCUSES_ON], direction: "OUT", kinds: [K.Industry] },
  focusedBy: { types: [R.FOCUSES_ON], direction: "IN", kinds: [] },
  academies: { types: [R.ACADEMICIAN_OF], direction: "OUT", kinds: [K.Academy] },
  academicians: { types: [R.ACADEMICIAN_OF], direction: "IN", kinds: [K.Person] },
  affiliations: { types: [R.AFFILIATED_WITH], direction: "OUT", kinds: [] },
  people: { types: [R.AFFILIATED_WITH, R.HOLDS_OFFICE_IN], direction: "IN", kinds: [K.Person] },
  offices: { types: [R.HOLDS_OFFICE_IN], direction: "OUT", kinds: [] },
  spokeAt: { types: [R.SPOKE_AT], direction: "OUT", kinds: [K.Event] },
  attended: { types: [R.ATTENDED], direction: "OUT", kinds: [K.Event] },
  hosted: { types: [R.HOSTED], direction: "OUT", kinds: [K.Event] },
  location: { types: [R.LOCATED_IN], direction: "OUT", kinds: [K.City] },
  heldIn: { types: [R.HELD_IN], direction: "OUT", kinds: [K.City] },
  hosts: { types: [R.HOSTED], direction: "IN", kinds: [] },
  speakers: { types: [R.SPOKE_AT], direction: "IN", kinds: [K.Person] },
  attendees: { types: [R.ATTENDED], direction: "IN", kinds: [] },
  agreementsSigned: { types: [R.SIGNED_AT], direction: "IN", kinds: [K.Agreement] },
  launched: { types: [R.LAUNCHED_AT], direction: "IN", kinds: [] },
  parties: { types: [R.PARTY_TO], direction: "IN", kinds: PARTIES },
  signedAt: { types: [R.SIGNED_AT], direction: "OUT", kinds: [K.Event] },
  launchedAt: { types: [R.LAUNCHED_AT], direction: "OUT", kinds: [K.Event] },
  founders: { types: [R.FOUNDED], direction: "IN", kinds: [] },
  founded: { types: [R.FOUNDED], direction: "OUT", kinds: [] },
  partOf: { types: [R.PART_OF], direction: "OUT", kinds: [] },
  parts: { types: [R.PART_OF], direction: "IN", kinds: [] },
  cooperatesWith: { types: [R.COOPERATES_WITH], direction: "BOTH", kinds: [] },
  awards: { types: [R.AWARDED], direction: "IN", kinds: [] },
  awarded: { types: [R.AWARDED], direction: "OUT", kinds: [] },
} satisfies Record<string, RelationQuery>;

export type LinkName = keyof typeof LINKS;

/** A typed link a query selects, for which kinds of parent, and the links it selects under it. */
export interface LinkPlan {
  link: LinkName;
  /** GraphQL object type names, which are the entity kinds: a field name can mean another link on another kind. */
  parentKinds: string[];
  /** What the query selects of the entities at the other end. */
  other: Projection;
  sub: LinkPlan[];
}
