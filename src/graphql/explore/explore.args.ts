import { IsOptional, Min } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { EntityKind } from "../../domain/entity-kind";
import { Modality } from "../../domain/fact-meaning";
import { RelationType } from "../../domain/relation-type";
import { DEFAULT_DEPTH, DEFAULT_VIEW_NODES, MAX_DEPTH, MAX_VIEW_NODES } from "../../explore/explore.service";

// Upper caps are checked in ExploreService so that they answer LIMIT_EXCEEDED, not BAD_USER_INPUT;
// an explicit null means the default, which the service applies.
@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_DEPTH,
    description: `Hops from the entity, at most ${MAX_DEPTH}`,
  })
  @IsOptional()
  @Min(1, { message: "depth must be at least 1" })
  depth?: number | null;

  @Field(() => [EntityKind], {
    nullable: true,
    description: "Kinds of entity to show and to step through (default: all; the centre is always shown)",
  })
  kinds?: EntityKind[];

  @Field(() => [RelationType], { nullable: true, description: "Relationship types to follow and show (default: all)" })
  via?: RelationType[];

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_VIEW_NODES,
    description: `Most entities to return, at most ${MAX_VIEW_NODES}; nearest first`,
  })
  @IsOptional()
  @Min(1, { message: "limit must be at least 1" })
  limit?: number | null;

  @Field(() => [Modality], {
    nullable: true,
    description:
      "Which facts to follow and show: relationships, agreements and events of these modalities. Default: ACTUAL only (what the sources report as done); the view's modalities says what it followed",
  })
  modalities?: Modality[] | null;
}

@ArgsType()
export class SubgraphArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_VIEW_NODES,
    description: `Most entities to return, at most ${MAX_VIEW_NODES}; best connected first`,
  })
  @IsOptional()
  @Min(1, { message: "limit must be at least 1" })
  limit?: number | null;
}
