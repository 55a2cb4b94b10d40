import type { EntityKind } from "../domain/entity-kind";
import { KIND_ORDER, type KindCounts } from "./sizes";

/**
 * Every entity is a number: kinds occupy consecutive ranges in KIND_ORDER, so an entity's kind and
 * its index within the kind follow from the number alone and nothing per entity is kept in memory.
 */
export class IndexSpace {
  readonly total: number;
  private readonly offsets: number[] = [];

  constructor(readonly counts: KindCounts) {
    let offset = 0;
    for (const kind of KIND_ORDER) {
      this.offsets.push(offset);
      offset += counts[kind];
    }
    this.total = offset;
  }

  global(kind: EntityKind, local: number): number {
    return this.offsets[KIND_ORDER.indexOf(kind)]! + local;
  }

  kindOf(global: number): EntityKind {
    for (let k = KIND_ORDER.length - 1; k >= 0; k--) if (global >= this.offsets[k]!) return KIND_ORDER[k]!;
    throw new Error(`no entity ${global}`);
  }

  local(global: number): number {
    return global - this.offsets[KIND_ORDER.indexOf(this.kindOf(global))]!;
  }
}
