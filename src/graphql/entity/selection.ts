import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";
import { ALL_PROPERTIES, projection, type Projection } from "../../entity/projection";
import { FieldMemo } from "./field-memo";
import { LINK_FIELDS } from "./link-fields";

type Fragments = Record<string, FragmentDefinitionNode>;

/**
 * The fields selected in some selection sets, through fragments and whatever their type conditions, each
 * with its own selection sets. Fields under @skip or @include count as selected: reading one property too
 * many is harmless, one too few is not.
 */
export function selectedFields(
  sets: readonly SelectionSetNode[],
  fragments: Fragments,
): Map<string, SelectionSetNode[]> {
  const fields = new Map<string, SelectionSetNode[]>();
  const visit = (set: SelectionSetNode, seen: Set<string>): void => {
    for (const s of set.selections) {
      if (s.kind === "Field") {
        const under = fields.get(s.name.value) ?? [];
        if (s.selectionSet) under.push(s.selectionSet);
        fields.set(s.name.value, under);
      } else if (s.kind === "InlineFragment") {
        visit(s.selectionSet, seen);
      } else if (!seen.has(s.name.value)) {
        const fragment = fragments[s.name.value];
        if (fragment) visit(fragment.selectionSet, new Set([...seen, s.name.value]));
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return fields;
}

export const underField = (nodes: readonly FieldNode[]) => nodes.flatMap(n => (n.selectionSet ? [n.selectionSet] : []));

/** Entity fields read as the stored property of the same name (entity.type.ts). */
const STORED_ENTITY_FIELDS = new Set([
  "nameHant",
  "nameEn",
  "aliases",
  "pinyin",
  "evidenceKind",
  "adminLevel",
  "academician",
  "platformType",
  "date",
  "dateResolved",
  "dateBasis",
  "datePrecision",
  "modality",
  "venue",
  "eventType",
  "title",
  "agreementType",
]);
/** Entity fields its id answers: through the loaders (links, relations, partners) or a read by id (its lists). */
const BY_ID_FIELDS = new Set([
  "__typename",
  "id",
  "kind",
  "name",
  "relations",
  "partners",
  ...[...LINK_FIELDS.values()].flatMap(fields => Object.keys(fields)),
]);
const LIST_FIELDS = new Set(["evidence", "attributes", "sourceIds"]);
// Every entity answer needs these: the id for the loaders, the kind for its GraphQL type, the name for the order.
const ALWAYS = ["id", "kind", "name"];

/**
 * What to read of entities for the fields selected of them. An entity reached through a relation comes
 * without its lists (they are read by id when asked for); `withLists` reads everything when they are
 * selected, for an entity read on its own. A field not known here reads everything.
 */
export function entityProjection(fields: Iterable<string>, withLists = false): Projection {
  const props = [...ALWAYS];
  for (const f of fields) {
    if (STORED_ENTITY_FIELDS.has(f)) props.push(f);
    else if (LIST_FIELDS.has(f) ? withLists : !BY_ID_FIELDS.has(f)) return ALL_PROPERTIES;
  }
  return projection(props);
}

/** Relation fields and the stored properties each reads (relation.resolver.ts); `null`: everything. */
const RELATION_FIELDS: Record<string, string[] | null> = {
  __typename: [],
  id: ["id"],
  type: [],
  direction: [],
  label: [],
  from: [],
  to: [],
  other: [],
  role: ["role"],
  roleLabel: ["role"],
  roleText: ["roleText"],
  modality: ["modality"],
  evidenceKind: ["evidenceKind"],
  date: ["date"],
  dateResolved: ["dateResolved"],
  dateBasis: ["dateBasis"],
  datePrecision: ["datePrecision"],
  // Each quote shows the modality its own source gives the fact (fact-meaning-record.ts, modalityBySource).
  evidence: ["evidence", "sources", "sourceModalities", "modality"],
  attributes: ["attributes", "sources", "sourceModalities", "modality"],
  properties: null,
};

/** What to read of relations, and of the entities at their other ends, for the fields selected of them. */
export function relationProjection(
  sets: readonly SelectionSetNode[],
  fragments: Fragments,
): { relation: Projection; other: Projection } {
  const fields = selectedFields(sets, fragments);
  // The id for the relation's own, the modality for the `modalities` filter of `relations`.
  const props = ["id", "modality"];
  let all = false;
  for (const f of fields.keys()) {
    const reads = Object.hasOwn(RELATION_FIELDS, f) ? RELATION_FIELDS[f] : null;
    if (reads) props.push(...reads);
    else all = true;
  }
  // `from` and `to` are the other end or the entity asked about, which is read by id.
  const ends = ["other", "from", "to"].flatMap(f => fields.get(f) ?? []);
  return {
    relation: all ? ALL_PROPERTIES : projection(props),
    other: entityProjection(selectedFields(ends, fragments).keys()),
  };
}

const entityMemo = new FieldMemo<Projection>();
const entityWithListsMemo = new FieldMemo<Projection>();
const relationMemo = new FieldMemo<{ relation: Projection; other: Projection }>();
const pageMemo = new FieldMemo<Projection>();

/** What to read of the entities a field resolves to (a link field's, or `entity`'s own with its lists). */
export function selectedEntity(info: GraphQLResolveInfo, withLists = false): Projection {
  return (withLists ? entityWithListsMemo : entityMemo).get(info, () =>
    entityProjection(selectedFields(underField(info.fieldNodes), info.fragments).keys(), withLists),
  );
}

/** What to read of the relations a `relations` field resolves to. */
export function selectedRelations(info: GraphQLResolveInfo): { relation: Projection; other: Projection } {
  return relationMemo.get(info, () => relationProjection(underField(info.fieldNodes), info.fragments));
}

/** What to read of the entities of a connection (a list query's page): its `nodes` and `edges { node }`. */
export function selectedPage(info: GraphQLResolveInfo): Projection {
  return pageMemo.get(info, () => {
    const page = selectedFields(underField(info.fieldNodes), info.fragments);
    const edges = selectedFields(page.get("edges") ?? [], info.fragments);
    const nodes = [...(page.get("nodes") ?? []), ...(edges.get("node") ?? [])];
    return entityProjection(selectedFields(nodes, info.fragments).keys());
  });
}
