import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionNode } from "graphql";
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from "graphql-parse-resolve-info";
import type { LinkName, LinkPlan } from "../../entity/links";
import { FieldMemo } from "./field-memo";
import { linkFieldOf } from "./link-fields";
import { entityProjection } from "./selection";

/** Drops selections under @skip or @include: such fields are left to the loaders, whatever the variables say. */
function withoutDirected<T extends SelectionNode | FieldNode | FragmentDefinitionNode>(node: T): T {
  if (!("selectionSet" in node) || !node.selectionSet) return node;
  const selections = node.selectionSet.selections.filter(s => !s.directives?.length).map(withoutDirected);
  return { ...node, selectionSet: { ...node.selectionSet, selections } };
}

function plan(asked: FieldsByTypeName[], depth: number): LinkPlan[] {
  const byLink = new Map<LinkName, { kinds: Set<string>; under: FieldsByTypeName[] }>();
  for (const byType of asked) {
    for (const [typeName, fields] of Object.entries(byType)) {
      for (const field of Object.values(fields)) {
        const link = linkFieldOf(typeName, field.name)?.link;
        if (!link) continue;
        const entry = byLink.get(link) ?? { kinds: new Set<string>(), under: [] };
        entry.kinds.add(typeName);
        entry.under.push(field.fieldsByTypeName);
        byLink.set(link, entry);
      }
    }
  }
  return [...byLink].map(([link, { kinds, under }]) => ({
    link,
    // Object type names are the entity kinds: a field name can mean another link on another kind.
    parentKinds: [...kinds],
    // What the link field itself will ask the loader for (selection.ts), so that the read ahead is what it finds.
    other: entityProjection(
      under.flatMap(byType => Object.values(byType).flatMap(f => Object.values(f).map(t => t.name))),
    ),
    sub: depth > 1 ? plan(under, depth - 1) : [],
  }));
}

// The plan depends on the query alone (fields under @skip or @include are dropped), so it is derived once per
// document; by depth, since a plan of fewer levels is another plan.
const plans: FieldMemo<readonly LinkPlan[]>[] = [];

/**
 * The typed links the query selects under the field being resolved, `depth` levels down, so that one
 * statement can read them all with the entity (what the loaders would otherwise read level by level).
 */
export function lookAhead(info: GraphQLResolveInfo, depth: number): readonly LinkPlan[] {
  return (plans[depth] ??= new FieldMemo()).get(info, () => {
    const fragments = Object.fromEntries(Object.entries(info.fragments).map(([name, f]) => [name, withoutDirected(f)]));
    const tree = parseResolveInfo({ ...info, fieldNodes: info.fieldNodes.map(withoutDirected), fragments }) as
      ResolveTree | null | undefined;
    return tree ? plan([tree.fieldsByTypeName], depth) : [];
  });
}
