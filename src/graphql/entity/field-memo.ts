import type { FieldNode, GraphQLResolveInfo } from "graphql";

interface Memo<T> {
  nodes: readonly FieldNode[];
  parentType: string;
  value: T;
}

/**
 * What a resolver derives from its field's place in the query alone (the properties and links it selects),
 * derived once per query document. graphql-js collects a field's nodes anew for each execution, but the nodes
 * are the document's own, and Apollo parses a query once and keeps it: a dashboard asking the same query
 * again, or a list's next item, finds the value derived the first time. Kept by the field's first node, so it
 * goes when the document does. Values are shared: callers must not change them.
 */
export class FieldMemo<T> {
  private readonly byFirstNode = new WeakMap<FieldNode, Memo<T>[]>();

  get(info: Pick<GraphQLResolveInfo, "fieldNodes" | "parentType">, derive: () => T): T {
    const nodes = info.fieldNodes;
    const first = nodes[0];
    if (!first) return derive();
    const parentType = info.parentType.name;
    const memos = this.byFirstNode.get(first) ?? [];
    // A named fragment's field can be spread under several parent types, beside other nodes of the same field.
    const known = memos.find(
      m => m.parentType === parentType && m.nodes.length === nodes.length && m.nodes.every((n, i) => n === nodes[i]),
    );
    if (known) return known.value;
    const value = derive();
    memos.push({ nodes: [...nodes], parentType, value });
    this.byFirstNode.set(first, memos);
    return value;
  }
}
