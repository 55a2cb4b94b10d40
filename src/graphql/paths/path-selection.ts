import type { FieldNode, GraphQLResolveInfo } from "graphql";
import type { PathReads } from "../../paths/path.service";
import { entityProjection, selectedFields, underField } from "../entity/selection";

// A step's sentence names both ends in the language asked for (display-name.ts, nameIn).
const SENTENCE_NAMES = ["nameHant", "nameEn", "pinyin"];

const cache = new WeakMap<readonly FieldNode[], PathReads>();

/**
 * What a FACTS path must read for the fields selected of `partnershipPaths`: the properties of its entities
 * (`nodes`, and each step's `from` and `to`), and each step's quotes and sources only when `evidence` is shown.
 */
export function selectedPathReads(info: GraphQLResolveInfo): PathReads {
  let reads = cache.get(info.fieldNodes);
  if (reads) return reads;
  const under = (sets: ReturnType<typeof underField>, field: string) =>
    selectedFields(sets, info.fragments).get(field) ?? [];
  const paths = under(underField(info.fieldNodes), "paths");
  const steps = selectedFields(under(paths, "steps"), info.fragments);
  const ends = [...under(paths, "nodes"), ...(steps.get("from") ?? []), ...(steps.get("to") ?? [])];
  const entityFields = [
    ...selectedFields(ends, info.fragments).keys(),
    ...(steps.has("sentence") ? SENTENCE_NAMES : []),
  ];
  reads = { entity: entityProjection(entityFields), stepEvidence: steps.has("evidence") };
  cache.set(info.fieldNodes, reads);
  return reads;
}
