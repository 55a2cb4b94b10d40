import { pinyinSyllables, traditionalOf } from "./names";
import { Lang } from "./relation-labels";

export interface Named {
  name: string;
  nameHant?: string | null;
  nameEn?: string | null;
  pinyin?: string | null;
}

/**
 * An entity's name in a language. Without an English name, English gets the Chinese name with its
 * pinyin (宿州学院 (Suzhou xue yuan)), never an id.
 */
export function nameIn(e: Named, lang: Lang): string {
  if (lang === Lang.ZH_HANT) return e.nameHant || traditionalOf(e.name);
  if (lang === Lang.EN) {
    if (e.nameEn) return e.nameEn;
    const syllables = e.pinyin ? e.pinyin.split(/\s+/).filter(Boolean) : pinyinSyllables(e.name);
    const spoken = syllables.join(" ");
    return spoken ? `${e.name} (${spoken.charAt(0).toUpperCase()}${spoken.slice(1)})` : e.name;
  }
  return e.name;
}
