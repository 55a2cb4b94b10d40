import * as OpenCC from "opencc-js";
import { OutputFormat, pinyin, segment } from "pinyin-pro";

// Built on first use: loading OpenCC's dictionaries costs a third of a second, which every process (and
// every jest test file) that imports this module would otherwise pay even if it never converts a name.
let toTraditional: OpenCC.ConverterFunction | undefined;
let toSimplified: OpenCC.ConverterFunction | undefined;

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export function traditionalOf(simplified: string): string {
  toTraditional ??= OpenCC.Converter({ from: "cn", to: "t" });
  return toTraditional(simplified);
}

export function simplifiedOf(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: "t", to: "cn" });
  return toSimplified(text);
}

/** Toneless pinyin syllables of the Han characters, e.g. 徐州 → ["xu", "zhou"]; other characters are kept as words. */
export function pinyinSyllables(text: string): string[] {
  return pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive", v: true })
    .map(s => s.toLowerCase().replace(/[^a-z0-9]/g, ""))
    .filter(Boolean);
}

const capitalised = (syllables: string): string => syllables.charAt(0).toUpperCase() + syllables.slice(1);

/**
 * A Chinese person's name in pinyin as English text writes it: surname first, each part capitalised, the
 * given name's syllables joined, an apostrophe where a syllable starting with a, o or e would run into the
 * one before (李克强 → Li Keqiang, 欧阳修 → Ouyang Xiu, 张永安 → Zhang Yong'an), surnames read as surnames
 * (单 → Shan, 曾 → Zeng). A name that is not two to four Han characters is returned as it is.
 */
export function personNameEn(name: string): string {
  if (!/^\p{Script=Han}{2,4}$/u.test(name)) return name;
  const [surname] = segment(name, { toneType: "none", surname: "head", format: OutputFormat.AllSegment });
  if (!surname || surname.origin.length >= name.length) return capitalised(surname?.result ?? name);
  const given = pinyin(name.slice(surname.origin.length), { toneType: "none", type: "array" });
  const joined = given.map((syl, i) => (i > 0 && /^[aoe]/.test(syl) ? `'${syl}` : syl)).join("");
  return `${capitalised(surname.result.replace(/\s+/g, ""))} ${capitalised(joined)}`;
}

/** Lowercase, no spaces, no tone marks, Simplified: the form every name and every query is compared in. */
export function searchKey(text: string): string {
  const simplified = hasHan(text) ? simplifiedOf(text) : text;
  return simplified
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[\s\-_'’·.,()（）|]/g, "");
}

export interface DerivedNames {
  nameHant: string | null;
  pinyin: string;
  aliasText: string;
  pinyinText: string;
  searchKeys: string[];
  /** The keys as one "|k1|k2|" string: a TEXT index answers CONTAINS on it, which a list property cannot. */
  searchKeyText: string;
}

/** Everything search needs, derived from the Simplified name, the English name and the aliases. */
export function deriveNames(name: string, nameEn: string | null | undefined, aliases: string[]): DerivedNames {
  const hant = traditionalOf(name);
  const syllables = pinyinSyllables(name);
  const allNames = [name, ...aliases];
  const keys = new Set<string>();
  for (const n of allNames) {
    keys.add(searchKey(n));
    if (hasHan(n)) keys.add(pinyinSyllables(n).join(""));
  }
  if (nameEn) keys.add(searchKey(nameEn));
  return {
    nameHant: hant === name ? null : hant,
    pinyin: syllables.join(" "),
    aliasText: [...new Set([...aliases, ...aliases.map(traditionalOf)])].join(" "),
    pinyinText: [...new Set(allNames.filter(hasHan).map(n => pinyinSyllables(n).join(" ")))].join(" | "),
    searchKeys: [...keys].filter(Boolean),
    searchKeyText: `|${[...keys].filter(Boolean).join("|")}|`,
  };
}
