import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { DateBasis, DatePrecision, EvidenceKind, Modality } from "../../domain/fact-meaning";
import { NetworkLevel, TieKind } from "../../domain/partnership";
import { Entity } from "../entity/entity.type";
import { Evidence } from "../entity/evidence.type";

@ObjectType({ description: "The network an answer was computed on" })
export class NetworkUsed {
  @Field(() => NetworkLevel)
  level!: NetworkLevel;

  @Field(() => [TieKind])
  tieKinds!: TieKind[];

  @Field(() => [Modality])
  modalities!: Modality[];

  @Field(() => String, { nullable: true, description: "Window start as a day (null: open)" })
  from!: string | null;

  @Field(() => String, { nullable: true, description: "Window end as a day (null: open)" })
  to!: string | null;

  @Field()
  weighted!: boolean;

  @Field(() => Int, {
    description:
      "A shared agreement, platform, event, corridor or alliance that gathers more entities than this makes no ties: sharing a crowd says nothing of partnership",
  })
  hubLimit!: number;

  @Field(() => ID, {
    nullable: true,
    description: "The corridor the network was cut to (partnershipNetwork's scope); null: not cut to one",
  })
  corridor?: string | null;
}

@ObjectType({ description: "When something happened and how that is known" })
export class TieDate {
  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD" })
  date!: string | null;

  @Field(() => DateBasis, {
    nullable: true,
    description: "STATED, FROM_PAGE_DATE, FROM_CONTEXT, or PUBLISHED: undated, placed at its source's publication date",
  })
  basis!: DateBasis | null;

  @Field(() => DatePrecision, { nullable: true })
  precision!: DatePrecision | null;
}

@ObjectType({
  description:
    "One reason for a tie: one tie kind through one agreement, event, platform, alliance or stated cooperation",
})
export class TieStrand {
  @Field(() => TieKind)
  kind!: TieKind;

  @Field(() => ID, {
    description: "The agreement, event, platform or corridor both share, or the COOPERATES_WITH relationship's id",
  })
  via!: string;

  @Field(() => String, { nullable: true })
  viaName!: string | null;

  @Field(() => Modality, { description: "The least sure of the facts behind the strand" })
  modality!: Modality;

  @Field(() => EvidenceKind, {
    description: "The least supported of the facts behind the strand: IMPLIED when any of them is only implied",
  })
  evidenceKind!: EvidenceKind;

  @Field(() => TieDate)
  date!: TieDate;

  @Field(() => [ID], { description: "The relationships the strand is derived from" })
  factIds!: string[];

  @Field(() => [Evidence])
  evidence!: Evidence[];
}

@ObjectType({ description: "Two members whose tie a CITY or CORRIDOR tie aggregates" })
export class TieMember {
  @Field(() => ID)
  a!: string;

  @Field(() => ID)
  b!: string;
}

@ObjectType({
  description: "A partnership tie: derived from facts by the rules of its kinds, stored, filtered by the question",
})
export class PartnershipTie {
  @Field(() => Entity)
  a!: Entity;

  @Field(() => Entity)
  b!: Entity;

  @Field(() => [TieKind])
  kinds!: TieKind[];

  @Field(() => Float, {
    description:
      "Σ over strands of the kind weight (COOPERATION 3, CO_PARTY 3, CO_FOUNDER 2, CO_HOST 1, CO_MEMBER 0.25, CO_ATTENDANCE 0.1) + 0.5 × (distinct sources − 1)",
  })
  weight!: number;

  @Field(() => Modality, { description: "ACTUAL if any actual fact supports it, else PLANNED if any planned one does" })
  modality!: Modality;

  @Field(() => EvidenceKind, {
    description: "STATED if any strand's facts are all stated, else IMPLIED if any strand is implied, else BACKGROUND",
  })
  evidenceKind!: EvidenceKind;

  @Field(() => TieDate, { nullable: true, description: "The earliest strand's date" })
  first!: TieDate | null;

  @Field(() => TieDate, { nullable: true, description: "The latest strand's date" })
  last!: TieDate | null;

  @Field(() => [TieStrand])
  strands!: TieStrand[];

  @Field(() => [TieMember], {
    description: "At CITY or CORRIDOR level, the member ties it aggregates (empty at ENTITY level)",
  })
  members!: TieMember[];
}

@ObjectType()
export class PartnerEdge {
  @Field(() => Entity)
  partner!: Entity;

  @Field(() => PartnershipTie)
  tie!: PartnershipTie;

  @Field()
  cursor!: string;
}

@ObjectType({ description: "An entity's partners, strongest tie first" })
export class PartnerConnection {
  @Field(() => NetworkUsed)
  network!: NetworkUsed;

  @Field(() => Int)
  totalCount!: number;

  @Field(() => [PartnerEdge])
  edges!: PartnerEdge[];

  @Field()
  hasNextPage!: boolean;
}

@ObjectType({ description: "A partnership network to draw: its nodes and weighted ties" })
export class PartnershipView {
  @Field(() => NetworkUsed)
  network!: NetworkUsed;

  @Field(() => [Entity])
  nodes!: Entity[];

  @Field(() => [PartnershipTie])
  ties!: PartnershipTie[];
}

@ObjectType({
  description: "A path over partnership ties; each step is a tie with its kinds, modality, dates and quotes",
})
export class TiePath {
  @Field(() => Int)
  length!: number;

  @Field(() => Float, { description: "Hops, or for STRONGEST the sum of 1/weight" })
  cost!: number;

  @Field(() => [Entity])
  nodes!: Entity[];

  @Field(() => [PartnershipTie], {
    description: "steps[i] joins nodes[i] and nodes[i + 1]; parallel facts are strands of one step",
  })
  steps!: PartnershipTie[];
}

@ObjectType()
export class TiePathAnswer {
  @Field(() => NetworkUsed)
  network!: NetworkUsed;

  @Field(() => [TiePath])
  paths!: TiePath[];

  @Field({ description: "ALL_SHORTEST only: true when more than 50 shortest paths exist and only 50 are listed" })
  truncated!: boolean;
}

@ObjectType()
export class NodeScore {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Float)
  score!: number;

  @Field(() => Int, { description: "Competition rank (1, 2, 2, 4)" })
  rank!: number;
}

@ObjectType()
export class PartnershipRanking {
  @Field(() => NetworkUsed)
  network!: NetworkUsed;

  @Field(() => [NodeScore])
  scores!: NodeScore[];
}

@ObjectType()
export class PartnershipCommunities {
  @Field(() => NetworkUsed)
  network!: NetworkUsed;

  @Field(() => [[Entity]], { description: "Biggest first; members sorted by id" })
  communities!: Entity[][];

  @Field(() => Float, { description: "Newman modularity (weighted when the network is) of the partition returned" })
  modularity!: number;

  @Field({
    description: "True when the algorithm put every node of the network in one community: no structure was found",
  })
  collapsed!: boolean;
}

@ObjectType()
export class PartnershipCutPoints {
  @Field(() => NetworkUsed)
  network!: NetworkUsed;

  @Field(() => [[Entity]], { description: "Ties whose removal disconnects the network, each as its two ends" })
  bridges!: Entity[][];

  @Field(() => [Entity], { description: "Nodes whose removal disconnects the network" })
  articulationPoints!: Entity[];
}

@ObjectType({ description: "The network as it stood at the end of one period (cumulative)" })
export class NetworkPeriod {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => Int)
  entities!: number;

  @Field(() => Int)
  ties!: number;

  @Field(() => Float, { description: "2 ties / (n (n − 1))" })
  density!: number;

  @Field(() => Int)
  components!: number;

  @Field(() => Float, { description: "Mean hops between nodes that reach each other" })
  averagePathLength!: number;

  @Field(() => Float, { description: "Mean local clustering coefficient (unweighted)" })
  clustering!: number;

  @Field(() => Float, { description: "Modularity of Louvain's communities" })
  modularity!: number;

  @Field(() => [NodeScore], { description: "The strongest nodes by STRENGTH" })
  top!: NodeScore[];
}

@ObjectType()
export class PartnershipEvolution {
  @Field(() => NetworkUsed)
  network!: NetworkUsed;

  @Field(() => [NetworkPeriod])
  periods!: NetworkPeriod[];
}
