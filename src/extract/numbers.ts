import { pinyin } from "pinyin-pro";
import { AttributeQualifier } from "../domain/fact-meaning";

/** A figure as the page writes it, before it is given an owner. */
export interface Figure {
  start: number;
  end: number;
  value: number;
  unit: string;
  qualifier?: AttributeQualifier;
  /** The counted noun next to it (项目, 企业 …), which the key is made from. */
  noun: string;
}

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
const UNITS = "万元|亿元|元|%|个|家|项|名|位|人|所|座|批|件|次|城|年|倍|亩|平方米|公里";
// 超过 10 家, 近 20 个, 800 余人, 10 多家, 1,586 家, 37.6%; 上百名 and 数十家 give only the order.
const FIGURE = new RegExp(
  `(超过|超|逾|近|将近|约|上)?(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]+|百|千)(万|亿)?(余|多)?(${UNITS})(以上|左右)?`,
  "g",
);
const QUALIFIER: Record<string, AttributeQualifier> = {
  超过: AttributeQualifier.OVER,
  超: AttributeQualifier.OVER,
  逾: AttributeQualifier.OVER,
  余: AttributeQualifier.OVER,
  多: AttributeQualifier.OVER,
  以上: AttributeQualifier.OVER,
  近: AttributeQualifier.NEARLY,
  将近: AttributeQualifier.NEARLY,
  约: AttributeQualifier.ABOUT,
  左右: AttributeQualifier.ABOUT,
  上: AttributeQualifier.ORDER_OF,
};

export function valueOf(digits: string, scale?: string): number | undefined {
  let v: number;
  if (/^\d/.test(digits)) v = Number(digits);
  else if (digits === "百") v = 100;
  else if (digits === "千") v = 1000;
  else if (digits.length === 1) v = CN_DIGITS[digits] ?? NaN;
  else if (digits.startsWith("十")) v = 10 + (CN_DIGITS[digits[1]!] ?? 0);
  else if (digits[1] === "十") v = (CN_DIGITS[digits[0]!] ?? NaN) * 10 + (CN_DIGITS[digits[2] ?? ""] ?? 0);
  else return undefined;
  if (scale === "万") v *= 10_000;
  if (scale === "亿") v *= 100_000_000;
  return Number.isFinite(v) ? v : undefined;
}

/** Figures with units in a sentence: dates (2023年, 5月), ordinals (第五届) and phone numbers are not figures. */
export function figuresIn(sentence: string, offset: number): Figure[] {
  const out: Figure[] = [];
  for (const m of sentence.matchAll(FIGURE)) {
    const [all, pre, digits, scale, post, unit, suffix] = m;
    const before = sentence.slice(Math.max(0, m.index - 1), m.index);
    const after = sentence.slice(m.index + all.length);
    if (before === "第" || /[\d.]/.test(before)) continue;
    if (unit === "年" && (/^\d{4}$/.test(digits!) || !/^来|^间|^来/.test(after))) continue;
    if (pre === "上" && !/^[百千万]/.test(digits!)) continue;
    if (digits!.length >= 7) continue;
    // 535.35万元 stays 535.35 in 万元, as the page writes it; 3万人 is 30000 people.
    const value = valueOf(digits!, unit === "元" ? undefined : scale);
    // 一个, 两位: small numbers in words are determiners ("the two leaders"), not figures the page reports.
    if (value !== undefined && value < 3 && !/^\d/.test(digits!)) continue;
    if (value === undefined || (unit === "城" && !/^[一二三四五六七八九十]/.test(digits!) && !/^\d/.test(digits!))) {
      continue;
    }
    const noun =
      /^[\p{Script=Han}]{2,4}/u.exec(after.replace(/^(的|个)/, ""))?.[0] ??
      /[\p{Script=Han}]{2,4}$/u.exec(sentence.slice(0, m.index).replace(/[达为有是共计累计]+$/, ""))?.[0] ??
      "";
    const q = pre ?? post ?? suffix;
    const unitText = `${scale && unit!.startsWith("元") ? scale : ""}${unit}`;
    out.push({
      start: offset + m.index,
      end: offset + m.index + all.length,
      value,
      unit: unitText,
      qualifier: q ? QUALIFIER[q] : undefined,
      noun,
    });
  }
  return out;
}

/** A camelCase ascii key from the counted noun (the format wants one); a curator renames it. */
export function keyOf(noun: string, unit: string): string {
  const words = pinyin(noun || unit, { toneType: "none", type: "array", nonZh: "consecutive" })
    .map(s => s.toLowerCase().replace(/[^a-z0-9]/g, ""))
    .filter(Boolean);
  const key = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
  return /^[a-z]/.test(key) ? key : `n${key || "count"}`;
}
