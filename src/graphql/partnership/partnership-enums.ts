import { getMetadataStorage, registerEnumType } from "type-graphql";
import { DateBasis, DatePrecision, Modality } from "../../domain/fact-meaning";
import { NetworkKind, NetworkLevel, TieKind } from "../../domain/partnership";
import { PartnershipMeasure } from "../../partnership/partnership-measure";
import { PartnershipPathMode } from "../../partnership/partnership.service";

registerEnumType(TieKind, {
  name: "TieKind",
  description: "Why two entities are partners; one documented rule per kind (src/partnership/tie-rules.ts)",
});
registerEnumType(NetworkLevel, {
  name: "NetworkLevel",
  description:
    "ENTITY; CITY (entities rolled up to their city through LOCATED_IN, or a person's affiliation or office); CORRIDOR (cities rolled up to their corridors)",
});
registerEnumType(NetworkKind, {
  name: "NetworkKind",
  description:
    "PARTNERSHIP: the derived, weighted partnership ties; FACTS: every stored relationship as one equal undirected link",
});
registerEnumType(PartnershipPathMode, {
  name: "PartnershipPathMode",
  description:
    "SHORTEST: one fewest-hop path; ALL_SHORTEST: every fewest-hop path (at most 50, with truncated); K_SHORTEST: the k fewest-hop loop-free paths (Yen); " +
    "STRONGEST: the path of least total 1/weight, i.e. through the strongest ties",
});

// The meaning contract's enums may already be named by another module; naming one twice would break the schema.
for (const [enumObj, name, description] of [
  [
    Modality,
    "Modality",
    "Whether the article reports a fact as done (ACTUAL), a stated next step (PLANNED) or a goal (ASPIRATION)",
  ],
  [DateBasis, "DateBasis", "Where a resolved date comes from"],
  [DatePrecision, "DatePrecision", "YEAR, MONTH or DAY"],
] as const) {
  if (!getMetadataStorage().enums.some(e => e.enumObj === enumObj)) registerEnumType(enumObj, { name, description });
}

registerEnumType(PartnershipMeasure, {
  name: "PartnershipMeasure",
  description:
    "A measure over a partnership network; with weighted ties, a tie's length is 1/weight (strong ties are short)",
  valuesConfig: {
    DEGREE: { description: "Number of partners (ties)" },
    STRENGTH: {
      description: "Weighted degree: the sum of the weights of the ties (the number of ties when unweighted)",
    },
    BETWEENNESS: {
      description:
        "Shortest paths (length 1/weight) through the node, each unordered pair of other nodes counted once, not normalised (GDS). " +
        "With samplingSize, estimated from that many seeded sources and multiplied by n / samplingSize, so it is on the exact scale",
    },
    CLOSENESS: {
      description:
        "(r − 1) / Σ distance to the r − 1 nodes reached, times (r − 1) / (n − 1) (Wasserman–Faust, as networkx); distance = Σ 1/weight",
    },
    PAGERANK: {
      description:
        "PageRank (damping 0.85) with a tie's share of the walk proportional to its weight; GDS's scale: the scores sum to about n",
    },
    CONSTRAINT: {
      description:
        "Burt's constraint over tie weights: low = a broker between otherwise unconnected partners; ranked lowest first",
    },
    EFFECTIVE_SIZE: {
      description:
        "Burt's effective size over tie weights: the partners less their redundancy (the degree when no two partners are tied)",
    },
    K_CORE: {
      description:
        "Core number (unweighted): the largest k such that the node is in a subnetwork where every node has k ties (GDS)",
    },
  },
});
