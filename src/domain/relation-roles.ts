import { AttendeeRole, HostRole, OfficeRole, PartyRole, SpeakerRole } from "./fact-meaning";
import { RelationType } from "./relation-type";

/** The closed set of roles each relationship type takes; the article's own word goes in roleText beside it. */
export const ROLES_OF: Partial<Record<RelationType, Record<string, string>>> = {
  [RelationType.HOSTED]: HostRole,
  [RelationType.SPOKE_AT]: SpeakerRole,
  [RelationType.ATTENDED]: AttendeeRole,
  [RelationType.PARTY_TO]: PartyRole,
  [RelationType.HOLDS_OFFICE_IN]: OfficeRole,
};

export const ROLE_TYPES = Object.keys(ROLES_OF) as RelationType[];

/** The role values a relationship of this type may carry, or undefined when it takes no role. */
export function rolesOf(type: RelationType): string[] | undefined {
  const roles = ROLES_OF[type];
  return roles && Object.values(roles);
}
