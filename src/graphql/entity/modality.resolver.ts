import { FieldResolver, Resolver, Root } from "type-graphql";
import { Modality } from "../../domain/fact-meaning";
import type { EntityRecord } from "../../entity/entity-record";
import { modalityOf } from "../../entity/fact-meaning-record";
import { Agreement, Event } from "./entity.type";

/** Agreements and events are facts too: each says whether it was done, planned or aspired to. */
function modalityResolver(kind: typeof Agreement | typeof Event) {
  @Resolver(() => kind)
  class ModalityResolver {
    @FieldResolver(() => Modality, {
      description:
        "ACTUAL (done), PLANNED (a stated next step) or ASPIRATION (a goal): the most actual its sources give; each evidence shows its own source's",
    })
    modality(@Root() e: EntityRecord): Modality {
      return modalityOf(e);
    }
  }
  return ModalityResolver;
}

export const MODALITY_RESOLVERS = [modalityResolver(Agreement), modalityResolver(Event)];
