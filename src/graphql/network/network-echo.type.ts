import { Field, ID, Int, ObjectType } from "type-graphql";
import { EntityKind } from "../../domain/entity-kind";
import { Modality } from "../../domain/fact-meaning";
import { NetworkKind } from "../../domain/partnership";
import { RelationType } from "../../domain/relation-type";
import { NetworkUsed } from "../partnership/partnership.type";

@ObjectType({ description: "The part of the fact graph a FACTS answer ran on, defaults applied" })
export class FactNetworkUsed {
  @Field(() => [RelationType], { description: "Relationship types followed ([] = every type)" })
  relationTypes!: RelationType[];

  @Field(() => [EntityKind], {
    description: "Entity kinds kept ([] = every kind); for paths, the kinds allowed between the two ends",
  })
  entityKinds!: EntityKind[];

  @Field(() => [Modality], { description: "Modalities of the facts counted (paths follow facts of every modality)" })
  modalities!: Modality[];

  @Field(() => ID, { nullable: true })
  corridor!: string | null;

  @Field(() => [ID], { description: "Only facts evidenced by these sources ([] = all)" })
  sources!: string[];

  @Field(() => Int, { nullable: true, description: "How many entities the scope was restricted to (null: none)" })
  idCount!: number | null;

  @Field(() => String, { nullable: true })
  dateFrom!: string | null;

  @Field(() => String, { nullable: true })
  dateTo!: string | null;
}

@ObjectType({ description: "The network an answer ran on: `partnership` is set for PARTNERSHIP, `facts` for FACTS" })
export class NetworkEcho {
  @Field(() => NetworkKind)
  kind!: NetworkKind;

  @Field(() => NetworkUsed, { nullable: true })
  partnership!: NetworkUsed | null;

  @Field(() => FactNetworkUsed, { nullable: true })
  facts!: FactNetworkUsed | null;
}
