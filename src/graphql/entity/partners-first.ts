import { Arg, Int } from "type-graphql";
import { BadInputError, LimitExceededError } from "../../errors";

export const DEFAULT_PARTNERS = 20;
export const MAX_PARTNERS = 500;

/** The `first` argument of every `partners` field: a page, never the whole list (nested partners multiply). */
export const PartnersFirst = () =>
  Arg("first", () => Int, {
    defaultValue: DEFAULT_PARTNERS,
    description: `How many partners, at most ${MAX_PARTNERS}`,
  });

/** The first `first` partners, most linked first as the loader orders them. */
export async function firstPartners<T>(partners: Promise<T[]>, first: number): Promise<T[]> {
  if (!Number.isInteger(first) || first < 1) throw new BadInputError("first", "must be at least 1");
  if (first > MAX_PARTNERS) throw new LimitExceededError("first", MAX_PARTNERS, first);
  return (await partners).slice(0, first);
}
