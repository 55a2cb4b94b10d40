import { registerEnumType } from "type-graphql";
import { CentralityAlgorithm, CommunityAlgorithm } from "../analytics/analytics-algorithm";
import { EntityKind } from "../domain/entity-kind";
import {
  AttendeeRole,
  AttributeQualifier,
  DateBasis,
  DatePrecision,
  EvidenceKind,
  HostRole,
  Modality,
  OfficeRole,
  PartyRole,
  SpeakerRole,
} from "../domain/fact-meaning";
import { RelationType } from "../domain/relation-type";
import { Lang } from "../domain/relation-labels";
import { EntityOrder } from "../entity/entity-page";
import { PathMode } from "../paths/path-mode";

// The domain's enums, named in the schema here so that the domain modules need no GraphQL framework.

registerEnumType(EntityKind, { name: "EntityKind", description: "The kind of an entity; also its Neo4j label" });

registerEnumType(Lang, {
  name: "Lang",
  description: "The language a name or sentence is given in",
  valuesConfig: {
    ZH_HANS: { description: "Simplified Chinese (简体)" },
    ZH_HANT: { description: "Traditional Chinese (繁體)" },
    EN: { description: "English; a name without an English form is given in Chinese with its pinyin" },
  },
});

registerEnumType(RelationType, {
  name: "RelationType",
  description: "The type of a relationship between two entities",
});

registerEnumType(EntityOrder, {
  name: "EntityOrder",
  description:
    "NAME (pinyin-free, by Chinese name), DATE (undated last), DEGREE (number of relationships of the list's modalities, default ACTUAL only; partnership ties not counted)",
});

registerEnumType(PathMode, {
  name: "PathMode",
  description:
    "SHORTEST: one fewest-hop path; ALL_SHORTEST: every path of that length (at most 50, with truncated); K_SHORTEST: the k fewest-hop loop-free paths (on PARTNERSHIP by Yen's algorithm: exactly k whenever k exist); " +
    "STRONGEST (PARTNERSHIP only): the path of least total cost, a tie's cost being 1/weight, i.e. through the strongest ties",
});

registerEnumType(CentralityAlgorithm, {
  name: "CentralityAlgorithm",
  description:
    "A centrality measure. On FACTS every relationship is an undirected link of length 1; on PARTNERSHIP, with weighted ties, a tie's length is 1/weight (strong ties are short) and each measure is the PartnershipMeasure of the same name",
  valuesConfig: {
    DEGREE: { description: "Number of distinct linked entities / partners (not divided by n-1)" },
    BETWEENNESS: {
      description:
        "Shortest paths between other entities that pass through this one, each pair counted once (not normalised; on PARTNERSHIP, length 1/weight)",
    },
    CLOSENESS: {
      description:
        "FACTS: reachable entities divided by the sum of distances to them; PARTNERSHIP: Wasserman–Faust closeness with distance Σ 1/weight",
    },
    HARMONIC: { description: "FACTS only: sum of 1/distance to every other entity, divided by n-1" },
    PAGERANK: {
      description:
        "PageRank with damping 0.85; scores sum to about the number of entities (on PARTNERSHIP a tie's share of the walk follows its weight)",
    },
    ARTICLE_RANK: {
      description: "FACTS only: PageRank variant in which links from highly connected entities weigh less",
    },
    EIGENVECTOR: { description: "FACTS only: principal eigenvector of the adjacency matrix, scaled to unit length" },
    STRENGTH: { description: "PARTNERSHIP only: weighted degree, the sum of the tie weights" },
    CONSTRAINT: {
      description: "PARTNERSHIP only: Burt's constraint over tie weights; low = a broker; ranked lowest first",
    },
    EFFECTIVE_SIZE: { description: "PARTNERSHIP only: Burt's effective size, the partners less their redundancy" },
    K_CORE: { description: "PARTNERSHIP only: core number (unweighted)" },
  },
});

registerEnumType(CommunityAlgorithm, {
  name: "CommunityAlgorithm",
  description:
    "A community detection algorithm (GDS): on FACTS every relationship is an undirected link; on PARTNERSHIP the ties weigh their weight when weighted",
  valuesConfig: {
    LOUVAIN: { description: "Louvain modularity optimisation" },
    LEIDEN: { description: "Leiden modularity optimisation (well-connected communities; fixed random seed)" },
    LABEL_PROPAGATION: { description: "Label propagation" },
    WCC: { description: "Weakly connected components: entities linked by any path" },
  },
});

registerEnumType(Modality, {
  name: "Modality",
  description:
    "Whether the article reports a fact as done (ACTUAL), a stated next step (PLANNED) or a goal (ASPIRATION). " +
    "When sources disagree, a fact takes the most actual modality any of them gives (ACTUAL > PLANNED > ASPIRATION); each evidence keeps its own source's",
});
registerEnumType(EvidenceKind, {
  name: "EvidenceKind",
  description:
    "How the article supports a fact: STATED by the quote, IMPLIED by name or context, or BACKGROUND knowledge with no quote",
});
registerEnumType(DateBasis, { name: "DateBasis", description: "Where a resolved date comes from" });
registerEnumType(DatePrecision, { name: "DatePrecision", description: "The precision of a resolved date" });
registerEnumType(AttributeQualifier, {
  name: "AttributeQualifier",
  description: "How a figure relates to the number the article writes",
});
registerEnumType(HostRole, { name: "HostRole", description: "The part an organisation plays in an event it HOSTED" });
registerEnumType(SpeakerRole, { name: "SpeakerRole", description: "What a speaker did at an event (SPOKE_AT)" });
registerEnumType(AttendeeRole, { name: "AttendeeRole", description: "How someone ATTENDED an event" });
registerEnumType(PartyRole, { name: "PartyRole", description: "How an entity is PARTY_TO an agreement" });
registerEnumType(OfficeRole, { name: "OfficeRole", description: "The office a person HOLDS_OFFICE_IN a body" });
