import { Field, Float, ObjectType } from "type-graphql";
import { NetworkEcho } from "../network/network-echo.type";
import { Community } from "./community.type";

@ObjectType({ description: "The communities of a network, biggest first, with the network it ran on" })
export class CommunitiesAnswer {
  @Field(() => NetworkEcho)
  network!: NetworkEcho;

  @Field(() => [Community])
  communities!: Community[];

  @Field(() => Float, {
    nullable: true,
    description:
      "Newman modularity of the partition returned: on PARTNERSHIP over the tie weights (each tie 1 when weighted: false), on FACTS over the scope's graph with one unweighted link per linked pair (GDS modularity); null for a FACTS scope with no link",
  })
  modularity!: number | null;

  @Field({ description: "True when the algorithm put every node in one community: no structure was found" })
  collapsed!: boolean;
}
