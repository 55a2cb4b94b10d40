import { NetworkKind } from "../domain/partnership";
import { BadInputError } from "../errors";
import type { NetworkQuestion } from "../partnership/network-question";
import type { NetworkPath, PartnershipService } from "../partnership/partnership.service";
import { PartnershipPathMode } from "../partnership/partnership.service";
import { DEFAULT_HOPS, DEFAULT_K, type PathQuery, type PathReads, type PathService } from "../paths/path.service";
import { PathMode } from "../paths/path-mode";
import type { PathRecord } from "../paths/path-record";
import { factPathEcho, partnershipEcho, type NetworkEcho } from "./network-echo";

export interface NetworkPathQuery extends PathQuery {
  network?: NetworkKind | null;
  /** Which partnership network (PARTNERSHIP only). */
  partnership?: NetworkQuestion | null;
}

/** Paths on one of the two networks; each kind keeps its own step shape. */
export type NetworkPathsAnswer = { network: NetworkEcho; truncated: boolean } & (
  { kind: NetworkKind.PARTNERSHIP; paths: NetworkPath[] } | { kind: NetworkKind.FACTS; paths: PathRecord[] }
);

const TIE_MODE: Record<PathMode, PartnershipPathMode> = {
  [PathMode.SHORTEST]: PartnershipPathMode.SHORTEST,
  [PathMode.ALL_SHORTEST]: PartnershipPathMode.ALL_SHORTEST,
  [PathMode.K_SHORTEST]: PartnershipPathMode.K_SHORTEST,
  [PathMode.STRONGEST]: PartnershipPathMode.STRONGEST,
};

/**
 * partnershipPaths: a researcher asking how two entities are connected means partnerships, so the
 * PARTNERSHIP network is the default; FACTS (every stored relationship as a link) is asked for by name.
 */
export class NetworkPathsService {
  constructor(
    private readonly partnership: PartnershipService,
    private readonly facts: PathService,
  ) {}

  /**
   * Paths between two entities on the network asked for; `factReads` says what a FACTS path reads.
   * @throws BadInputError when an argument of the other network is given (via/through on PARTNERSHIP,
   *   partnership on FACTS) or STRONGEST is asked of FACTS; the errors of the network's own service.
   */
  async find(q: NetworkPathQuery, factReads?: PathReads): Promise<NetworkPathsAnswer> {
    const kind = q.network ?? NetworkKind.PARTNERSHIP;
    if (kind === NetworkKind.FACTS) {
      if (q.partnership) throw new BadInputError("partnership", "applies to the PARTNERSHIP network only");
      const { paths, truncated } = await this.facts.find(q, factReads);
      return { kind, network: factPathEcho(q.via ?? [], q.through ?? []), paths, truncated };
    }
    // Ties are chosen by their kinds, not by relationship types or the kinds of what lies between.
    if (q.via?.length) throw new BadInputError("via", "applies to the FACTS network; use partnership.tieKinds");
    if (q.through?.length) throw new BadInputError("through", "applies to the FACTS network only");
    const answer = await this.partnership.paths(
      q.from,
      q.to,
      TIE_MODE[q.mode ?? PathMode.SHORTEST],
      q.k ?? DEFAULT_K,
      q.maxHops ?? DEFAULT_HOPS,
      q.partnership,
    );
    return { kind, network: partnershipEcho(answer.network), paths: answer.paths, truncated: answer.truncated };
  }
}
