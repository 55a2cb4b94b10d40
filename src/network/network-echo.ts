import type { EntityKind } from "../domain/entity-kind";
import { Modality } from "../domain/fact-meaning";
import { scopeParams, type GraphScope } from "../domain/graph-scope";
import { NetworkKind } from "../domain/partnership";
import type { RelationType } from "../domain/relation-type";
import type { NetworkUsed } from "../partnership/partnership-network";

/** What a FACTS-network answer ran on: the stored relationships that its scope or path filters kept. */
export interface FactNetworkUsed {
  /** [] = every relationship type. */
  relationTypes: RelationType[];
  /** [] = every kind. */
  entityKinds: EntityKind[];
  modalities: Modality[];
  corridor: string | null;
  sources: string[];
  /** How many entities the scope was restricted to (null: not restricted). */
  idCount: number | null;
  dateFrom: string | null;
  dateTo: string | null;
}

/** The network an answer ran on; exactly one of `partnership` and `facts` is set, as `kind` says. */
export interface NetworkEcho {
  kind: NetworkKind;
  partnership: NetworkUsed | null;
  facts: FactNetworkUsed | null;
}

export const partnershipEcho = (used: NetworkUsed): NetworkEcho => ({
  kind: NetworkKind.PARTNERSHIP,
  partnership: used,
  facts: null,
});

/** The echo of a scoped analysis: the scope with its defaults applied, as the Cypher received it. */
export function scopeEcho(scope: GraphScope | null | undefined): NetworkEcho {
  const p = scopeParams(scope);
  return {
    kind: NetworkKind.FACTS,
    partnership: null,
    facts: {
      relationTypes: p.scope.relationTypes,
      entityKinds: p.scope.kinds,
      modalities: p.modalities,
      corridor: p.scope.corridor,
      sources: p.scope.sources,
      idCount: scope?.ids?.length ? scope.ids.length : null,
      dateFrom: scope?.dateFrom ?? null,
      dateTo: scope?.dateTo ?? null,
    },
  };
}

/** The echo of a fact-path search: it follows every fact whatever its modality, over `via` through `through`. */
export function factPathEcho(via: RelationType[], through: EntityKind[]): NetworkEcho {
  return {
    kind: NetworkKind.FACTS,
    partnership: null,
    facts: {
      relationTypes: via,
      entityKinds: through,
      modalities: Object.values(Modality),
      corridor: null,
      sources: [],
      idCount: null,
      dateFrom: null,
      dateTo: null,
    },
  };
}
