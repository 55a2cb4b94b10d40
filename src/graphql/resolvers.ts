import type { NonEmptyArray } from "type-graphql";
import { MetaResolver } from "./meta/meta.resolver";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [MetaResolver];
