import type { EvidenceKind } from "../domain/fact-meaning";
import type { RelationType } from "../domain/relation-type";
import type { Mention } from "./mention";
import type { MentionSet } from "./mentions";
import type { Sentence } from "./sentences";

/** A relation found in a sentence, between two mentions, before quotes and dates are attached. */
export interface Link {
  type: RelationType;
  from: Mention;
  to: Mention;
  sentence: Sentence;
  rule: string;
  confidence: number;
  evidenceKind: EvidenceKind;
  role?: string;
  roleText?: string;
}

export interface LinkContext {
  text: string;
  sentences: Sentence[];
  mentions: MentionSet;
  /** Entities the rules name that no single mention names (农工党中央 from a title, 市政府 of the page's city). */
  extra: Mention[];
}
