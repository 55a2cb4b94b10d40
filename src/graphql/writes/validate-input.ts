import { validate } from "class-validator";
import type { ValidatorFn } from "type-graphql";
import { BadInputError } from "../../errors";
import type { InputProblem } from "../../seed/input-problems";
import { validationProblems } from "../../seed/input-problems";

/**
 * An argument validator that runs the input classes' class-validator rules with the seed loader's options,
 * plus `extra` rules, and refuses with BAD_USER_INPUT naming the full path ("entity.evidence[0].quote").
 * type-graphql's own ArgumentValidationError cannot name the argument, so mutations use this instead.
 */
export function validateInput<T extends object>(
  arg: string,
  extra: (value: T) => InputProblem[] = () => [],
): ValidatorFn {
  return async value => {
    const items: [string, T][] = Array.isArray(value)
      ? value.map((v: T, i) => [`${arg}[${i}]`, v])
      : value
        ? [[arg, value as T]]
        : [];
    const problems: InputProblem[] = [];
    for (const [at, item] of items) {
      problems.push(...validationProblems(await validate(item, { forbidUnknownValues: false }), at));
      problems.push(...extra(item).map(p => ({ field: `${at}.${p.field}`, reason: p.reason })));
    }
    const [first] = problems;
    if (first) throw new BadInputError(first.field, first.reason, { problems });
  };
}
