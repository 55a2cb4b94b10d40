import type { EntityRecord } from "../../entity/entity-record";
import type { PathStepRecord } from "../../paths/path-record";
import type { Tie } from "../../partnership/tie-record";

/** What a PathStep resolves from: exactly one of a stored fact (FACTS) and a tie (PARTNERSHIP). */
export interface PathStepRoot {
  from: EntityRecord;
  to: EntityRecord;
  fact: PathStepRecord | null;
  tie: Tie | null;
}
