import { IsISO8601, IsOptional, Max, Min } from "class-validator";
import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from "type-graphql";
import type { AuditEntryRecord } from "../../audit/audit-entry";
import type { Context } from "../context";
import { checkAccess } from "../writes/editor-guard";
import { AuditEntry } from "./audit-entry.type";

const MAX_ENTRIES = 500;

@ArgsType()
class AuditLogArgs {
  @Field(() => Int, { defaultValue: 50, description: `How many entries, newest first; at most ${MAX_ENTRIES}` })
  @Min(1, { message: "first must be at least 1" })
  @Max(MAX_ENTRIES, { message: `first must be at most ${MAX_ENTRIES}` })
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: "Only entries before this ISO 8601 date or time (the `at` of the last entry of the previous page)",
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: "before must be an ISO 8601 date or time" })
  before?: string;
}

@Resolver()
export class AuditResolver {
  @Query(() => [AuditEntry], { description: "Who wrote what and when, newest first. Needs an admin key." })
  auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: Context): Promise<AuditEntryRecord[]> {
    checkAccess(ctx, "admin", "reading the audit log");
    return ctx.services.audit.list(args.first, args.before ?? null);
  }
}
