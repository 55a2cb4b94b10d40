import type { ApolloServerPlugin } from "@apollo/server";
import {
  coerceInputValue,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  typeFromAST,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from "graphql";
import { ErrorCode } from "../errors";
import type { InputProblem } from "../seed/input-problems";

/**
 * Where each argument value of a document sits, by the names a client reads in the schema:
 * "relation", "relation.modality", "parties[1]". Variables map to the first place they are used.
 */
interface ValuePaths {
  variables: Map<string, string>;
  nodes: Map<ASTNode, string>;
}

function valuePaths(document: DocumentNode): ValuePaths {
  const paths: ValuePaths = { variables: new Map(), nodes: new Map() };
  const walk = (value: ValueNode, path: string): void => {
    paths.nodes.set(value, path);
    if (value.kind === Kind.VARIABLE && !paths.variables.has(value.name.value)) {
      paths.variables.set(value.name.value, path);
    } else if (value.kind === Kind.OBJECT) {
      for (const f of value.fields) walk(f.value, `${path}.${f.name.value}`);
    } else if (value.kind === Kind.LIST) {
      value.values.forEach((v, i) => walk(v, `${path}[${i}]`));
    }
  };
  visit(document, { Argument: node => walk(node.value, node.name.value) });
  return paths;
}

const printPath = (path: readonly (string | number)[]) =>
  path.map(p => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("");

/** The input type at `path` inside `type`, to say which values an enum allows. */
function typeAt(type: GraphQLInputType, path: readonly (string | number)[]): GraphQLInputType | undefined {
  let at: GraphQLInputType | undefined = type;
  for (const step of path) {
    const inner: GraphQLInputType | undefined = at && getNullableType(at);
    at = isListType(inner)
      ? (inner.ofType as GraphQLInputType)
      : isInputObjectType(inner)
        ? inner.getFields()[String(step)]?.type
        : undefined;
  }
  return at;
}

// graphql-js names an unknown input field only in its message, at the path of the object that holds it.
const UNKNOWN_FIELD = /^Field "(\w+)" is not defined by type/;

/**
 * What graphql-js refuses in each variable, as problems at the argument paths the schema names, in the order
 * graphql-js reports them (both walk the value the same way).
 */
function variableProblems(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  values: Record<string, unknown>,
  used: Map<string, string>,
): Map<string, InputProblem[]> {
  const byVariable = new Map<string, InputProblem[]>();
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    const type = typeFromAST(schema, def.type) as GraphQLInputType | undefined;
    const at = used.get(name) ?? `$${name}`;
    const out: InputProblem[] = [];
    byVariable.set(name, out);
    if (!type) continue;
    if (values[name] === undefined) {
      if (isNonNullType(type) && !def.defaultValue) out.push({ field: at, reason: `is required (${String(type)})` });
      continue;
    }
    coerceInputValue(values[name], type, (path, invalid, error) => {
      const unknown = UNKNOWN_FIELD.exec(error.message);
      const field = `${at}${printPath(path)}${unknown ? `.${unknown[1]}` : ""}`;
      const leaf = getNullableType(typeAt(type, path) ?? type);
      const reason = isEnumType(leaf)
        ? `${JSON.stringify(invalid)} is not a ${leaf.name}: must be one of ${leaf
            .getValues()
            .map(v => v.name)
            .join(", ")}`
        : error.message;
      out.push({ field, reason });
    });
  }
  return byVariable;
}

/**
 * graphql-js refuses a bad variable (an unknown modality, a missing field) before any resolver runs, with a
 * message that names the variable but no `field`. This names the argument path a client wrote against, the
 * same `extensions.field` and `reason` the input validators give, so every bad input reads alike. A literal
 * refused in the document itself keeps graphql's code but gains the field too.
 */
export function inputFieldPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, document, operation, schema, request }) {
          const unnamed = errors.filter(e => e.extensions.field === undefined);
          if (!document || unnamed.length === 0) return;
          const paths = valuePaths(document);
          const problems =
            operation && unnamed.some(e => e.extensions.code === ErrorCode.BAD_USER_INPUT)
              ? variableProblems(schema, operation, request.variables ?? {}, paths.variables)
              : new Map<string, InputProblem[]>();
          for (const error of unnamed) nameField(error, problems, paths);
        },
      };
    },
  };
}

/** Adds field and reason to the error's extensions: Apollo formats the errors it passed to the plugins. */
function nameField(error: GraphQLError, problems: Map<string, InputProblem[]>, paths: ValuePaths): void {
  const literal = error.nodes?.length === 1 ? paths.nodes.get(error.nodes[0]!) : undefined;
  if (literal !== undefined) {
    Object.assign(error.extensions, { field: literal, reason: error.message });
    return;
  }
  const variable = /^Variable "\$(\w+)"/.exec(error.message)?.[1];
  const problem = variable ? problems.get(variable)?.shift() : undefined;
  if (problem) Object.assign(error.extensions, problem);
}
