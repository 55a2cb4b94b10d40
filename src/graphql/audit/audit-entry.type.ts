import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "One write: who made it, when, and what it touched" })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: "When it was committed (ISO 8601, the database's clock)" })
  at!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The id of the key it was made with (the start of its INNOGRAPH_API_KEYS entry's salt); null for the seed loader",
  })
  keyId!: string | null;

  @Field({ description: "The role that key granted (editor, admin), or system" })
  role!: string;

  @Field({
    description: "The mutation: addSource, upsertEntity, upsertRelation, upsertAgreement, saveScene, deleteScene",
  })
  operation!: string;

  @Field(() => [String])
  entityIds!: string[];

  @Field(() => [String])
  sourceIds!: string[];

  @Field(() => [String], { description: "Relationships written, as 'TYPE from -> to'" })
  relations!: string[];

  @Field(() => [String], { description: "Saved explorer scenes written (saveScene, deleteScene), by name" })
  scenes!: string[];
}
