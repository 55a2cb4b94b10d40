import type { NonEmptyArray } from "type-graphql";
import { ANALYTICS_RESOLVERS } from "./analytics/analytics.resolver";
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
import { ExploreResolver } from "./explore/explore.resolver";
import { ExtractResolver } from "./extract/extract.resolver";
import { GraphEdgeResolver } from "./explore/graph-edge.resolver";
import { GraphNodeResolver } from "./explore/graph-node.resolver";
import { MetaResolver } from "./meta/meta.resolver";
import { WriteResolver } from "./writes/write.resolver";
import { StatsResolver } from "./stats/stats.resolver";
import { PartnershipPathsResolver } from "./paths/partnership-paths.resolver";
import { PathStepResolver } from "./paths/path-step.resolver";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  MetaResolver,
  WriteResolver,
  StatsResolver,
  EntityQueryResolver,
  EntityFieldsResolver,
  RelationResolver,
  CityResolver,
  CorridorResolver,
  PersonResolver,
  AgreementResolver,
  EventResolver,
  ...ORGANIZATION_RESOLVERS,
  ...ANALYTICS_RESOLVERS,
  PartnershipPathsResolver,
  PathStepResolver,
  ExploreResolver,
  GraphNodeResolver,
  GraphEdgeResolver,
  ExtractResolver,
];

/** Object types reached only through the Entity interface must be named so the schema includes them. */
export const orphanedTypes = ENTITY_TYPES;
