import * as OpenCC from "opencc-js";
import { pinyin } from "pinyin-pro";

const toTraditional = OpenCC.Converter({ from: "cn", to: "t" });
const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export function traditionalOf(simplified: string): string {
  return toTraditional(simplified);
}

export function simplifiedOf(text: string): string {
  return toSimplified(text);
}

/** Toneless pinyin syllables of the Han characters, e.g. 徐州 → ["xu", "zhou"]; other characters are kept as words. */
export function pinyinSyllables(text: string): string[] {
  return pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive", v: true })
    .map(s => s.toLowerCase().replace(/[^a-z0-9]/g, ""))
    .filter(Boolean);
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
