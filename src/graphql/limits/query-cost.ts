import type { ApolloServerPlugin } from "@apollo/server";
import {
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { AppError, ErrorCode } from "../../errors";
import { BOUND_ARGS, isLeafList, type ListSizes } from "./list-size";

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
 * The variables an estimate can depend on: those given to a bounding argument (list-size.ts, boundOf) or to
 * a directive (@skip, @include). Every other variable (an id, a filter) leaves the cost as it is.
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: ASTNode) =>
    visit(node, {
      Variable: v => {
        names.add(v.name.value);
      },
    });
  visit(document, {
    Argument: arg => {
      if (COST_ARGS.has(arg.name.value)) collect(arg.value);
    },
    Directive: d => {
      collect(d);
      return false;
    },
    VariableDefinition: () => false,
  });
  return [...names].sort();
}

// `mode` decides whether `k` bounds a path query (list-size.ts, boundOf).
const COST_ARGS = new Set<string>([...BOUND_ARGS, "mode"]);
/** Accepted estimates kept per document, by the values of its cost variables; a bound on what one document may hold. */
const KEPT_PER_DOCUMENT = 256;

/**
 * Refuses an operation whose estimate passes `maxCost`, once its variables are known and before anything
 * is resolved; the refusal names the computed cost. A document asked again with the same values where the
 * cost can change (most requests: the same query for another id) reuses its accepted estimate: the walk
 * over the document was most of this plugin's time on every request.
 */
export function queryCostPlugin<C extends object>(
  schema: GraphQLSchema,
  sizes: ListSizes,
  maxCost: number,
  observe?: CostObserver,
): ApolloServerPlugin<C> {
  const accepted = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          let kept = accepted.get(document);
          if (!kept) accepted.set(document, (kept = { variables: costVariables(document), costs: new Map() }));
          const variables = request.variables ?? {};
          // An absent variable takes its default, which an explicit null does not: [] and [null] tell them apart.
          const key = JSON.stringify([
            operationName ?? null,
            ...kept.variables.map(v => (v in variables ? [variables[v]] : [])),
          ]);
          let cost = kept.costs.get(key);
          if (cost === undefined) {
            try {
              cost = queryCost(schema, sizes, document, variables, operationName ?? undefined);
            } catch {
              // Variables that do not fit their types: execution refuses them with the precise error.
              return;
            }
            if (cost <= maxCost) {
              if (kept.costs.size >= KEPT_PER_DOCUMENT) kept.costs.clear();
              kept.costs.set(key, cost);
            }
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
