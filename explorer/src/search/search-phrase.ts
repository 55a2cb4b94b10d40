// Bloom-style search phrases: a question typed into the search box, answered through the API. Patterns only,
// over any entity name, in Chinese (简体 and 繁體) and English; the names are resolved by the search API.

/** A question the search box understands, with the names still as typed. */
export type SearchPhrase =
  { ask: "partners"; name: string; since: number | null } | { ask: "path"; from: string; to: string };

const YEAR = "((?:19|20)\\d{2})";
const PARTNER_ZH = "(?:合作伙伴|合作夥伴|伙伴|夥伴|合作方|合作者)";
const SINCE_ZH = `(?:自|从|從)?${YEAR}年?(?:以来|以來|起|至今)`;

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => SearchPhrase }[] = [
  // partners of 上海 / partners of Hefei since 2023 / show partners of X
  {
    re: new RegExp(`^(?:show\\s+)?(?:the\\s+)?partners?\\s+of\\s+(.+?)(?:\\s*,?\\s+since\\s+${YEAR})?$`, "i"),
    read: m => ({ ask: "partners", name: m[1]!, since: m[2] ? Number(m[2]) : null }),
  },
  // 上海的合作伙伴 / 合肥2023年以来的合作伙伴 / 2023年以来合肥的合作伙伴
  {
    re: new RegExp(`^(?:${SINCE_ZH}\\s*[，,]?\\s*)?(.+?)\\s*(?:${SINCE_ZH})?\\s*的\\s*${PARTNER_ZH}$`),
    read: m => ({ ask: "partners", name: m[2]!, since: (m[1] ?? m[3]) ? Number(m[1] ?? m[3]) : null }),
  },
  // 上海的合作伙伴（2023年以来）
  {
    re: new RegExp(`^(.+?)\\s*的\\s*${PARTNER_ZH}\\s*[（(]?\\s*${SINCE_ZH}\\s*[）)]?$`),
    read: m => ({ ask: "partners", name: m[1]!, since: Number(m[2]) }),
  },
  // path from 扬州 to 常州 / paths from A to B / how is A connected to B
  {
    re: /^(?:show\s+)?(?:the\s+)?(?:shortest\s+)?paths?\s+(?:from\s+|between\s+)(.+?)\s+(?:to|and)\s+(.+)$/i,
    read: m => ({ ask: "path", from: m[1]!, to: m[2]! }),
  },
  // 扬州 到 常州 / 从扬州到常州 / 扬州到常州的路径 / 扬州→常州
  {
    re: /^(?:从|從)?\s*(.+?)\s*(?:到|至|→|->)\s*(.+?)\s*(?:的?(?:路径|路徑|关系|關係))?$/,
    read: m => ({ ask: "path", from: m[1]!, to: m[2]! }),
  },
];

/** The question a search text asks, or null for a plain name. */
export function parsePhrase(text: string): SearchPhrase | null {
  const clean = text.trim().replace(/\s+/g, " ");
  for (const { re, read } of PATTERNS) {
    const m = re.exec(clean);
    if (!m) continue;
    const phrase = read(m);
    const names = phrase.ask === "partners" ? [phrase.name] : [phrase.from, phrase.to];
    if (names.every(n => n.trim().length > 0)) return phrase;
  }
  return null;
}
