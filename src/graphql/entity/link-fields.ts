import type { ClassType } from "type-graphql";
import type { LinkName } from "../../entity/links";
import {
  Academy,
  Agreement,
  City,
  Corridor,
  Enterprise,
  Entity,
  Event,
  GovernmentBody,
  Industry,
  Organization,
  Person,
  Platform,
  Province,
  ResearchInstitute,
  University,
} from "./entity.type";

type Target = ClassType | typeof Entity;

/** A field that lists (or, when `one`, names the first of) the entities at the other end of a typed link. */
export interface LinkField {
  link: LinkName;
  to: () => Target;
  one: boolean;
  description?: string;
}

const many = (link: LinkName, to: () => Target, description?: string): LinkField => ({
  link,
  to,
  one: false,
  description,
});
const one = (link: LinkName, to: () => Target, description?: string): LinkField => ({
  link,
  to,
  one: true,
  description,
});

/** Universities, institutes, academies, platforms, companies and bodies share one set of typed links. */
const ORGANIZATION: Record<string, LinkField> = {
  city: one("location", () => City, "The city it is located in"),
  people: many("people", () => Person, "People affiliated with it or holding office in it"),
  academicians: many("academicians", () => Person),
  founders: many("founders", () => Entity),
  founded: many("founded", () => Entity),
  partOf: many("partOf", () => Entity, "What it is part of (a lab of a university, an institute of an academy)"),
  parts: many("parts", () => Entity),
  members: many("members", () => Entity, "Members (of an alliance)"),
  memberOf: many("memberOf", () => Entity),
  agreements: many("agreements", () => Agreement),
  hosted: many("hosted", () => Event),
  attended: many("attended", () => Event),
  industries: many("industries", () => Industry),
  awardedBy: many("awards", () => Entity, "Who gave it a title, plaque or prize"),
};

export const ORGANIZATION_TYPES = [
  University,
  ResearchInstitute,
  Academy,
  Platform,
  Enterprise,
  GovernmentBody,
  Organization,
];

/** Every typed link field of every kind: the field name in the schema, and the link (entity/links.ts) it answers. */
export const LINK_FIELDS = new Map<ClassType, Record<string, LinkField>>([
  [
    City,
    {
      province: one("province", () => Province),
      parentCity: one("parentCity", () => City, "For a district: the city it belongs to"),
      districts: many("districts", () => City),
      corridors: many("corridors", () => Corridor, "Corridors the city is a member or the central city of"),
      centralCityOf: many("centralCityOf", () => Corridor),
      platforms: many("platformsIn", () => Platform),
      organizations: many(
        "organizationsIn",
        () => Entity,
        "Universities, institutes, platforms, enterprises and bodies located in the city",
      ),
      events: many("eventsHeldIn", () => Event, "Events held in the city"),
      agreements: many("agreements", () => Agreement, "Agreements the city is party to"),
      industries: many("industries", () => Entity, "Industries the city focuses on"),
    },
  ],
  [
    Corridor,
    {
      members: many("members", () => Entity, "Member cities (and other members)"),
      centralCity: one("centralCity", () => City),
      events: many("hosted", () => Event, "Events the corridor hosted"),
      industries: many("industries", () => Industry),
    },
  ],
  [
    Person,
    {
      academies: many("academies", () => Academy, "Academies the person is an academician of"),
      affiliations: many("affiliations", () => Entity, "Universities, institutes and companies the person works at"),
      offices: many(
        "offices",
        () => Entity,
        "Bodies the person holds office in (the role is on relations(types: [HOLDS_OFFICE_IN]))",
      ),
      spokeAt: many("spokeAt", () => Event),
      attended: many("attended", () => Event),
      founded: many("founded", () => Entity, "What the person founded"),
    },
  ],
  [
    Event,
    {
      city: one("heldIn", () => City, "The city the event was held in"),
      agreements: many("agreementsSigned", () => Agreement, "Agreements signed at the event"),
      hosts: many("hosts", () => Entity),
      speakers: many("speakers", () => Person),
      attendees: many("attendees", () => Entity),
      launched: many("launched", () => Entity, "Platforms and agreements launched at the event"),
      industries: many("industries", () => Industry),
    },
  ],
  [
    Agreement,
    {
      parties: many("parties", () => Entity, "Cities, bodies and organisations party to the agreement"),
      event: one("signedAt", () => Event, "The event the agreement was signed at"),
      industries: many("industries", () => Industry),
    },
  ],
  ...ORGANIZATION_TYPES.map(type => [type, ORGANIZATION] as const),
]);

const byTypeName = new Map([...LINK_FIELDS].map(([type, fields]) => [type.name, fields]));

/** The link a field of an object type answers, if it is a link field. */
export function linkFieldOf(typeName: string, fieldName: string): LinkField | undefined {
  return byTypeName.get(typeName)?.[fieldName];
}
