import type { NonEmptyArray } from "type-graphql";
import { EntityQueryResolver } from "./entity/entity-query.resolver";
import { EntityFieldsResolver } from "./entity/entity.resolver";
import { ENTITY_TYPES } from "./entity/entity.type";
import { AgreementResolver } from "./entity/kinds/agreement.resolver";
import { CityResolver } from "./entity/kinds/city.resolver";
import { CorridorResolver } from "./entity/kinds/corridor.resolver";
import { EventResolver } from "./entity/kinds/event.resolver";
import { ORGANIZATION_RESOLVERS } from "./entity/kinds/organization.resolver";
import { PersonResolver } from "./entity/kinds/person.resolver";
import { RelationResolver } from "./entity/relation.resolver";
import { MetaResolver } from "./meta/meta.resolver";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  MetaResolver,
  EntityQueryResolver,
  EntityFieldsResolver,
  RelationResolver,
  CityResolver,
  CorridorResolver,
  PersonResolver,
  AgreementResolver,
  EventResolver,
  ...ORGANIZATION_RESOLVERS,
];

/** Object types reached only through the Entity interface must be named so the schema includes them. */
export const orphanedTypes = ENTITY_TYPES;
