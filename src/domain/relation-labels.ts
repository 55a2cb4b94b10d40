/**
 * How people read relationship types, roles and fact qualifiers, in Simplified Chinese, Traditional
 * Chinese and English: the names of each type in both directions and the sentence a path step reads as.
 * Plain data with no imports, so the API and the explorer's bundle share this one table.
 */

/** The languages names and sentences are given in. */
export enum Lang {
  ZH_HANS = "ZH_HANS",
  ZH_HANT = "ZH_HANT",
  EN = "EN",
}

export interface Names {
  ZH_HANS: string;
  ZH_HANT: string;
  EN: string;
}

/** One wording per language; `{a}` is the relationship's start, `{b}` its end. */
export interface SentenceTemplates {
  /** Done or in force: 扬州与常州合作 / Yangzhou cooperates with Changzhou. */
  ACTUAL: Names;
  /** A stated next step: 扬州将与常州合作 / Yangzhou plans to cooperate with Changzhou. */
  PLANNED: Names;
  /** A goal: 扬州力争与常州合作 / Yangzhou aims to cooperate with Changzhou. */
  ASPIRATION: Names;
}

export interface RelationWording {
  /** Read from start to end: 位于 / located in. */
  forward: Names;
  /** Read from end to start: 所在地 / location of. */
  backward: Names;
  sentence: SentenceTemplates;
}

/**
 * A type's sentences from a Chinese verb phrase (with 与 where the phrase needs it) and an English verb in
 * its reported and base forms; planned and aspirational facts put 将 / 力争 and "plans to" / "aims to"
 * before the verb.
 */
function wording(
  forward: Names,
  backward: Names,
  zh: { hans: [string, string]; hant: [string, string] },
  en: { done: string; base: string },
): RelationWording {
  const zhSentence = ([pre, post]: [string, string], adverb: string) => `{a}${adverb}${pre}{b}${post}`;
  return {
    forward,
    backward,
    sentence: {
      ACTUAL: { ZH_HANS: zhSentence(zh.hans, ""), ZH_HANT: zhSentence(zh.hant, ""), EN: `{a} ${en.done} {b}` },
      PLANNED: {
        ZH_HANS: zhSentence(zh.hans, "将"),
        ZH_HANT: zhSentence(zh.hant, "將"),
        EN: `{a} plans to ${en.base} {b}`,
      },
      ASPIRATION: {
        ZH_HANS: zhSentence(zh.hans, "力争"),
        ZH_HANT: zhSentence(zh.hant, "力爭"),
        EN: `{a} aims to ${en.base} {b}`,
      },
    },
  };
}

const n = (ZH_HANS: string, ZH_HANT: string, EN: string): Names => ({ ZH_HANS, ZH_HANT, EN });

/** Keyed by the RelationType enum's values (src/domain/relation-type.ts); a unit test checks it covers all. */
export const RELATION_WORDING: Record<string, RelationWording> = {
  LOCATED_IN: wording(
    n("位于", "位於", "located in"),
    n("所辖", "所轄", "location of"),
    { hans: ["位于", ""], hant: ["位於", ""] },
    { done: "is located in", base: "be located in" },
  ),
  MEMBER_OF: wording(
    n("成员", "成員", "member of"),
    n("成员包括", "成員包括", "has member"),
    { hans: ["是", "的成员"], hant: ["是", "的成員"] },
    { done: "is a member of", base: "become a member of" },
  ),
  CENTRAL_CITY_OF: wording(
    n("中心城市", "中心城市", "central city of"),
    n("中心城市为", "中心城市為", "has central city"),
    { hans: ["是", "的中心城市"], hant: ["是", "的中心城市"] },
    { done: "is the central city of", base: "be the central city of" },
  ),
  PART_OF: wording(
    n("隶属", "隸屬", "part of"),
    n("下设", "下設", "includes"),
    { hans: ["隶属于", ""], hant: ["隸屬於", ""] },
    { done: "is part of", base: "become part of" },
  ),
  AFFILIATED_WITH: wording(
    n("任职于", "任職於", "affiliated with"),
    n("人员", "人員", "has affiliate"),
    { hans: ["任职于", ""], hant: ["任職於", ""] },
    { done: "is affiliated with", base: "join" },
  ),
  ACADEMICIAN_OF: wording(
    n("院士", "院士", "academician of"),
    n("院士包括", "院士包括", "has academician"),
    { hans: ["是", "院士"], hant: ["是", "院士"] },
    { done: "is an academician of", base: "become an academician of" },
  ),
  HOLDS_OFFICE_IN: wording(
    n("任职", "任職", "holds office in"),
    n("负责人", "負責人", "has officer"),
    { hans: ["在", "任职"], hant: ["在", "任職"] },
    { done: "holds office in", base: "take office in" },
  ),
  SPOKE_AT: wording(
    n("发言", "發言", "spoke at"),
    n("发言人", "發言人", "had speaker"),
    { hans: ["在", "上发言"], hant: ["在", "上發言"] },
    { done: "spoke at", base: "speak at" },
  ),
  ATTENDED: wording(
    n("出席", "出席", "attended"),
    n("出席者", "出席者", "attended by"),
    { hans: ["出席", ""], hant: ["出席", ""] },
    { done: "attended", base: "attend" },
  ),
  HOSTED: wording(
    n("举办", "舉辦", "hosted"),
    n("举办方", "舉辦方", "hosted by"),
    { hans: ["举办", ""], hant: ["舉辦", ""] },
    { done: "hosted", base: "host" },
  ),
  HELD_IN: wording(
    n("举办地", "舉辦地", "held in"),
    n("举办", "舉辦", "venue of"),
    { hans: ["在", "举行"], hant: ["在", "舉行"] },
    { done: "was held in", base: "be held in" },
  ),
  PARTY_TO: wording(
    n("参与签署", "參與簽署", "party to"),
    n("签署方", "簽署方", "signed by"),
    { hans: ["签署", ""], hant: ["簽署", ""] },
    { done: "is a party to", base: "sign" },
  ),
  SIGNED_AT: wording(
    n("签署于", "簽署於", "signed at"),
    n("签署", "簽署", "signing venue of"),
    { hans: ["在", "上签署"], hant: ["在", "上簽署"] },
    { done: "was signed at", base: "be signed at" },
  ),
  FOUNDED: wording(
    n("创建", "創建", "founded"),
    n("创建方", "創建方", "founded by"),
    { hans: ["创建", ""], hant: ["創建", ""] },
    { done: "founded", base: "found" },
  ),
  LAUNCHED_AT: wording(
    n("发布于", "發佈於", "launched at"),
    n("发布", "發佈", "launch venue of"),
    { hans: ["在", "上发布"], hant: ["在", "上發佈"] },
    { done: "was launched at", base: "be launched at" },
  ),
  FOCUSES_ON: wording(
    n("聚焦", "聚焦", "focuses on"),
    n("关注方", "關注方", "focus of"),
    { hans: ["聚焦", ""], hant: ["聚焦", ""] },
    { done: "focuses on", base: "focus on" },
  ),
  COOPERATES_WITH: wording(
    n("合作", "合作", "cooperates with"),
    n("合作", "合作", "cooperates with"),
    { hans: ["与", "合作"], hant: ["與", "合作"] },
    { done: "cooperates with", base: "cooperate with" },
  ),
  AWARDED: wording(
    n("授予", "授予", "awarded"),
    n("获授", "獲授", "awarded by"),
    { hans: ["授予", "称号"], hant: ["授予", "稱號"] },
    { done: "gave an award to", base: "give an award to" },
  ),
};

/** Role values (src/domain/fact-meaning.ts) by name; the article's own word (roleText) is shown beside them. */
export const ROLE_NAMES: Record<string, Names> = {
  // HostRole
  HOST: n("主办", "主辦", "host"),
  CO_HOST: n("共同主办", "共同主辦", "co-host"),
  ORGANISER: n("承办", "承辦", "organiser"),
  CO_ORGANISER: n("协办", "協辦", "co-organiser"),
  GUIDANCE: n("指导", "指導", "guiding body"),
  SUPPORTER: n("支持", "支持", "supporter"),
  // SpeakerRole
  KEYNOTE: n("主旨演讲", "主旨演講", "keynote"),
  ADDRESS: n("致辞", "致辭", "address"),
  VIDEO_ADDRESS: n("视频致辞", "視頻致辭", "video address"),
  REPORT: n("作报告", "作報告", "report"),
  PRESENTATION: n("推介", "推介", "presentation"),
  PRESIDED: n("主持", "主持", "presided"),
  DIALOGUE: n("对话", "對話", "dialogue"),
  // AttendeeRole
  ATTENDEE: n("出席", "出席", "attendee"),
  GUEST: n("嘉宾", "嘉賓", "guest"),
  WITNESS: n("见证", "見證", "witness"),
  // PartyRole
  SIGNATORY: n("签约方", "簽約方", "signatory"),
  PARTY: n("参与方", "參與方", "party"),
  // OfficeRole
  PARTY_SECRETARY: n("党委书记", "黨委書記", "Party secretary"),
  HEAD: n("主要负责人", "主要負責人", "head"),
  DEPUTY_HEAD: n("副职负责人", "副職負責人", "deputy head"),
  CHAIR: n("主席", "主席", "chair"),
  DIRECTOR: n("主任", "主任", "director"),
  MEMBER: n("成员", "成員", "member"),
  OTHER: n("其他职务", "其他職務", "other office"),
};

/** Modality, evidence kind and date basis, as a person reads them beside a fact. */
export const MEANING_NAMES: Record<string, Names> = {
  ACTUAL: n("已实现", "已實現", "actual"),
  PLANNED: n("计划中", "計劃中", "planned"),
  ASPIRATION: n("目标", "目標", "aspiration"),
  STATED: n("原文明示", "原文明示", "stated"),
  IMPLIED: n("原文隐含", "原文隱含", "implied"),
  BACKGROUND: n("背景知识", "背景知識", "background"),
  FROM_PAGE_DATE: n("年份据发布日期推定", "年份據發佈日期推定", "year inferred from the page date"),
  FROM_CONTEXT: n("据上下文推定", "據上下文推定", "inferred from context"),
  PUBLISHED: n("以发布日期为准", "以發佈日期為準", "date of publication"),
};

export function relationName(type: string, lang: Lang, direction: "forward" | "backward" = "forward"): string {
  return RELATION_WORDING[type]?.[direction][lang] ?? type;
}

export function roleName(role: string, lang: Lang): string {
  return ROLE_NAMES[role]?.[lang] ?? role;
}

/** The sentence a relationship reads as, from its start `a` to its end `b`, worded by its modality. */
export function relationSentence(type: string, a: string, b: string, lang: Lang, modality = "ACTUAL"): string {
  const templates = RELATION_WORDING[type]?.sentence;
  const template = templates?.[modality as keyof SentenceTemplates] ?? templates?.ACTUAL;
  if (!template) return `${a} —${type}→ ${b}`;
  return template[lang].replace("{a}", a).replace("{b}", b);
}
