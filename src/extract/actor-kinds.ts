import { EntityKind } from "../domain/entity-kind";

/** The kinds that act in an article: bodies that sign, host, found and cooperate, and the public bodies among them. */
export const ORG_KINDS = new Set([
  EntityKind.University,
  EntityKind.ResearchInstitute,
  EntityKind.Enterprise,
  EntityKind.Organization,
  EntityKind.Platform,
  EntityKind.Academy,
]);
export const PUBLIC_KINDS = new Set([
  EntityKind.City,
  EntityKind.Province,
  EntityKind.GovernmentBody,
  EntityKind.Corridor,
]);
export const ACTOR_KINDS = new Set([...ORG_KINDS, ...PUBLIC_KINDS]);
