import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { Meta } from "./meta.type";

@Resolver()
export class MetaResolver {
  @Query(() => Meta)
  meta(@Ctx() ctx: Context): Promise<Meta> {
    return ctx.services.meta.get();
  }
}
