/**
 * What a fact means beyond its type: how sure the article is (modality), how the article supports it
 * (evidence kind), how its date was obtained, and the part an entity plays in it (role).
 * Stored as plain string properties on relationships and on Agreement/Event nodes; an absent value
 * reads as the first value of each enum (facts loaded before these fields existed were all of that kind).
 */

/** Whether the article reports the fact as done, as a stated next step, or as a goal. */
export enum Modality {
  /** Done or in force: signed, founded, held, cooperating. */
  ACTUAL = "ACTUAL",
  /** A stated intention or next step: 将…, 拟…, 计划…, 下一步…. */
  PLANNED = "PLANNED",
  /** A goal or aspiration: 力争…, 努力…, 打造…. */
  ASPIRATION = "ASPIRATION",
}

/** How the quoted article supports the fact. */
export enum EvidenceKind {
  /** The quote states the fact. */
  STATED = "STATED",
  /** The quote implies it by name or context (市政府 in an article about 扬州). */
  IMPLIED = "IMPLIED",
  /** General knowledge the article does not state; such a fact never carries a quote. */
  BACKGROUND = "BACKGROUND",
}

/** Where a resolved date comes from. */
export enum DateBasis {
  /** The article states the date with this precision. */
  STATED = "STATED",
  /** The article gives a day or month without a year: the latest such date not after the page's date. */
  FROM_PAGE_DATE = "FROM_PAGE_DATE",
  /** The year or month comes from the surrounding text (上月, 今年, an earlier sentence). */
  FROM_CONTEXT = "FROM_CONTEXT",
  /** The fact is undated; the page's publication date is when it was reported, an upper bound. */
  PUBLISHED = "PUBLISHED",
}

export enum DatePrecision {
  YEAR = "YEAR",
  MONTH = "MONTH",
  DAY = "DAY",
}

/** The part an organisation plays in an event it HOSTED (主办, 承办, 共同举办, 指导 …). */
export enum HostRole {
  HOST = "HOST",
  CO_HOST = "CO_HOST",
  ORGANISER = "ORGANISER",
  CO_ORGANISER = "CO_ORGANISER",
  GUIDANCE = "GUIDANCE",
  SUPPORTER = "SUPPORTER",
}

/** What a person or organisation did when it SPOKE_AT an event. */
export enum SpeakerRole {
  KEYNOTE = "KEYNOTE",
  ADDRESS = "ADDRESS",
  VIDEO_ADDRESS = "VIDEO_ADDRESS",
  REPORT = "REPORT",
  PRESENTATION = "PRESENTATION",
  PRESIDED = "PRESIDED",
  DIALOGUE = "DIALOGUE",
}

/** How someone ATTENDED an event. */
export enum AttendeeRole {
  ATTENDEE = "ATTENDEE",
  GUEST = "GUEST",
  WITNESS = "WITNESS",
}

/** How an entity is PARTY_TO an agreement. */
export enum PartyRole {
  SIGNATORY = "SIGNATORY",
  PARTY = "PARTY",
}

/** The office a person HOLDS_OFFICE_IN an organisation; the article's exact title sits beside it. */
export enum OfficeRole {
  PARTY_SECRETARY = "PARTY_SECRETARY",
  HEAD = "HEAD",
  DEPUTY_HEAD = "DEPUTY_HEAD",
  CHAIR = "CHAIR",
  DIRECTOR = "DIRECTOR",
  MEMBER = "MEMBER",
  OTHER = "OTHER",
}

/** How a figure relates to the number the article writes (余, 超, 近, 约, 上百 …); the key never carries it. */
export enum AttributeQualifier {
  /** 余, 超, 以上, 多: more than the number. */
  OVER = "OVER",
  /** 近, 将近: just under the number. */
  NEARLY = "NEARLY",
  /** 约, 左右: about the number. */
  ABOUT = "ABOUT",
  /** 上百, 数十, 上千: only the order of magnitude is given. */
  ORDER_OF = "ORDER_OF",
}
