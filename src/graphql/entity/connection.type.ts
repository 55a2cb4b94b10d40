import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { Modality } from "../../domain/fact-meaning";

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** A cursor-paginated list of one kind, named <Kind>Connection in the schema. */
export function Connection<T extends object>(type: ClassType<T> | (abstract new () => T), name = type.name) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => type)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => Int, { description: "How many match the filter, over all pages" })
    totalCount!: number;

    @Field(() => [type])
    nodes!: T[];

    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => [Modality], { description: "The modalities the list counted (the filter's, else ACTUAL)" })
    modalities!: Modality[];
  }
  return ConnectionType;
}
