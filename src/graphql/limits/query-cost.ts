import type { ApolloServerPlugin } from "@apollo/server";
import type { DocumentNode, GraphQLSchema, ValidationContext, ValidationRule } from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { AppError, ErrorCode } from "../../errors";
import { isLeafList, type ListSizes } from "./list-size";

/**
 * Every answered value costs 1, and a list costs its size times what one item costs. graphql-armor's cost
 * limit ignores list sizes (a nested list of 20 per level costs the same as a single object), so the
 * estimate is graphql-query-complexity's (the engine type-graphql's `complexity` option feeds) with this
 * estimator.
 */
export function listAwareEstimator(sizes: ListSizes): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    // Scalars in a list are data of the one value that holds them; their count is bounded by what is stored.
    if (isLeafList(field)) return 1;
    return sizes.multiplier(type.name, field, args) * (1 + childComplexity);
  };
}

export class QueryCostError extends AppError {
  constructor(max: number, cost: number) {
    super(ErrorCode.LIMIT_EXCEEDED, `Query cost limit of ${max} exceeded, found ${cost}.`, {
      limit: "maxCost",
      max,
      cost,
      // A refusal before execution is the client's mistake, not the server's (Apollo's default for plugin errors is 500).
      http: { status: 400 },
    });
  }
}

/** The estimated cost of a document with its variables. */
export function queryCost(
  schema: GraphQLSchema,
  sizes: ListSizes,
  query: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [listAwareEstimator(sizes)] });
}

/** Told every estimate, accepted or refused (the metrics' cost histogram). */
export type CostObserver = (document: DocumentNode, cost: number, refused: boolean) => void;

/**
 * Refuses an operation whose estimate passes `maxCost`, once its variables are known and before anything
 * is resolved; the refusal names the computed cost.
 */
export function queryCostPlugin<C extends object>(
  schema: GraphQLSchema,
  sizes: ListSizes,
  maxCost: number,
  observe?: CostObserver,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          let cost: number;
          try {
            cost = queryCost(schema, sizes, document, request.variables ?? {}, operationName ?? undefined);
          } catch {
            // Variables that do not fit their types: execution refuses them with the precise error.
            return;
          }
          observe?.(document, cost, cost > maxCost);
          if (cost > maxCost) throw new QueryCostError(maxCost, cost);
        },
      };
    },
  };
}

/**
 * The same limit as a validation rule, so a document refused for another limit (depth, aliases) also says
 * what it would cost. Variables are not known yet here: a document whose cost needs them is left to the
 * plugin, which checks every operation again with its variables.
 */
export function queryCostRule(
  schema: GraphQLSchema,
  sizes: ListSizes,
  maxCost: number,
  observe?: CostObserver,
): ValidationRule {
  return (ctx: ValidationContext) => ({
    Document: {
      leave(document) {
        let cost: number;
        try {
          cost = queryCost(schema, sizes, document);
        } catch {
          return;
        }
        observe?.(document, cost, cost > maxCost);
        if (cost > maxCost) ctx.reportError(new QueryCostError(maxCost, cost));
      },
    },
  });
}
