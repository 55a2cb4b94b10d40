import {
  getNamedType, isAbstractType, isObjectType, Kind,
  type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema, type GraphQLType, type SelectionNode,
} from "graphql";
import type { LinkName, LinkPlan } from "../../entity/links";
import { linkOf } from "./link-field";

function objectTypes(schema: GraphQLSchema, type: GraphQLType): readonly GraphQLObjectType[] {
  const named = getNamedType(type);
  if (isObjectType(named)) return [named];
  return isAbstractType(named) ? schema.getPossibleTypes(named) : [];
}

interface Asked {
  kinds: Set<string>;
  targets: Set<GraphQLObjectType>;
  selections: SelectionNode[];
}

function plan(info: GraphQLResolveInfo, types: readonly GraphQLObjectType[], selections: readonly SelectionNode[], depth: number): LinkPlan[] {
  const byLink = new Map<LinkName, Asked>();
  const visit = (types: readonly GraphQLObjectType[], selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      // @skip and @include depend on variables: such fields are left to the loaders.
      if (selection.directives?.length) continue;
      if (selection.kind === Kind.FIELD) {
        for (const type of types) {
          const field = type.getFields()[selection.name.value];
          const link = linkOf(field);
          if (!field || !link) continue;
          const asked = byLink.get(link) ?? { kinds: new Set(), targets: new Set(), selections: [] };
          asked.kinds.add(type.name);
          objectTypes(info.schema, field.type).forEach(t => asked.targets.add(t));
          asked.selections.push(...(selection.selectionSet?.selections ?? []));
          byLink.set(link, asked);
        }
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      if (!fragment) continue;
      const condition = fragment.typeCondition && info.schema.getType(fragment.typeCondition.name.value);
      const narrowed = condition ? types.filter(t => t === condition || (isAbstractType(condition) && info.schema.isSubType(condition, t))) : types;
      visit(narrowed, fragment.selectionSet.selections);
    }
  };
  visit(types, selections);
  return [...byLink].map(([link, asked]) => ({
    link,
    parentKinds: [...asked.kinds],
    sub: depth > 1 ? plan(info, [...asked.targets], asked.selections, depth - 1) : [],
  }));
}

/**
 * The typed links the query selects under the field being resolved, `depth` levels down, so that one
 * statement can read them all with the entity (what the loaders would otherwise read level by level).
 */
export function linkPlan(info: GraphQLResolveInfo, depth: number): LinkPlan[] {
  const selections = info.fieldNodes.flatMap(node => node.selectionSet?.selections ?? []);
  return plan(info, objectTypes(info.schema, info.returnType), selections, depth);
}
