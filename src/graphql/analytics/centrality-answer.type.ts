import { Field, ObjectType } from "type-graphql";
import { NetworkEcho } from "../network/network-echo.type";
import { CentralityScore } from "./centrality-score.type";

@ObjectType({ description: "The most central nodes of a network, highest score first, with the network it ran on" })
export class CentralityAnswer {
  @Field(() => NetworkEcho)
  network!: NetworkEcho;

  @Field(() => [CentralityScore])
  scores!: CentralityScore[];
}
