import type { NonEmptyArray } from "type-graphql";
import { AuditResolver } from "./audit/audit.resolver";
import { SavedSceneResolver } from "./scenes/saved-scene.resolver";
import { ANALYTICS_RESOLVERS } from "./analytics/analytics.resolver";
import { EntityQueryResolver } from "./entity/entity-query.resolver";
import { EntityFieldsResolver } from "./entity/entity.resolver";
import { ENTITY_TYPES } from "./entity/entity.type";
import { EntityListsResolver } from "./entity/entity-lists.resolver";
import { LINK_FIELD_RESOLVERS } from "./entity/link-fields.resolver";
import { MODALITY_RESOLVERS } from "./entity/modality.resolver";
import { PARTNERS_RESOLVERS } from "./entity/partners.resolver";
import { RelationResolver } from "./entity/relation.resolver";
import { EvidenceResolver } from "./entity/evidence.resolver";
import { SourceResolver } from "./entity/source.resolver";
import { ExploreResolver } from "./explore/explore.resolver";
import { ExtractResolver } from "./extract/extract.resolver";
import { GraphEdgeResolver } from "./explore/graph-edge.resolver";
import { GraphNodeResolver } from "./explore/graph-node.resolver";
import { MetaResolver } from "./meta/meta.resolver";
import { WriteResolver } from "./writes/write.resolver";
import { StatsResolver } from "./stats/stats.resolver";
import { PartnershipPathsResolver } from "./paths/partnership-paths.resolver";
import { PathStepResolver } from "./paths/path-step.resolver";
import { PartnershipResolver } from "./partnership/partnership.resolver";
import { PartnershipTieResolver, TieStrandResolver } from "./partnership/partnership-tie.resolver";
import "./partnership/partnership-enums";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  MetaResolver,
  WriteResolver,
  AuditResolver,
  SavedSceneResolver,
  StatsResolver,
  EntityQueryResolver,
  EntityListsResolver,
  EntityFieldsResolver,
  RelationResolver,
  SourceResolver,
  EvidenceResolver,
  ...LINK_FIELD_RESOLVERS,
  ...MODALITY_RESOLVERS,
  ...PARTNERS_RESOLVERS,
  ...ANALYTICS_RESOLVERS,
  PartnershipPathsResolver,
  PathStepResolver,
  PartnershipResolver,
  PartnershipTieResolver,
  TieStrandResolver,
  ExploreResolver,
  GraphNodeResolver,
  GraphEdgeResolver,
  ExtractResolver,
];

/** Object types reached only through the Entity interface must be named so the schema includes them. */
export const orphanedTypes = ENTITY_TYPES;
