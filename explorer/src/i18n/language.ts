import { Lang } from "../../../src/domain/relation-labels";
import { KIND_NAMES, MESSAGES, type MessageKey } from "./messages";

/** The interface language, which is also the language of the captions: 简体, 繁體 or English. */
export type Language = "hans" | "hant" | "en";

const INDEX: Record<Language, 0 | 1 | 2> = { hans: 0, hant: 1, en: 2 };
const HTML_LANG: Record<Language, string> = { hans: "zh-Hans", hant: "zh-Hant", en: "en" };
export const API_LANG: Record<Language, Lang> = { hans: Lang.ZH_HANS, hant: Lang.ZH_HANT, en: Lang.EN };
const STORE = "innograph.language";

let current: Language = "hans";

export function language(): Language {
  return current;
}

export function isLanguage(v: unknown): v is Language {
  return v === "hans" || v === "hant" || v === "en";
}

/** The remembered choice, else the browser's first language we speak, else 简体. */
export function initialLanguage(): Language {
  const stored = (() => {
    try {
      return localStorage.getItem(STORE);
    } catch {
      return null;
    }
  })();
  if (isLanguage(stored)) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const t = tag.toLowerCase();
    if (/^zh-(hant|tw|hk|mo)/.test(t)) return "hant";
    if (t.startsWith("zh")) return "hans";
    if (t.startsWith("en")) return "en";
  }
  return "hans";
}

export function setLanguage(lang: Language, remember = true): void {
  current = lang;
  document.documentElement.lang = HTML_LANG[lang];
  if (remember) {
    try {
      localStorage.setItem(STORE, lang);
    } catch {
      // A private window may refuse storage: the choice then lasts for the page.
    }
  }
  translatePage();
}

/** A message in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = MESSAGES[key][INDEX[current]];
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export function kindName(kind: string): string {
  return KIND_NAMES[kind]?.[INDEX[current]] ?? kind;
}

/** Elements in index.html name their message in data-i18n (text), data-i18n-title, -placeholder and -aria. */
export function translatePage(root: ParentNode = document): void {
  for (const e of root.querySelectorAll<HTMLElement>("[data-i18n]")) e.textContent = t(e.dataset.i18n as MessageKey);
  for (const e of root.querySelectorAll<HTMLElement>("[data-i18n-title]")) {
    e.title = t(e.dataset.i18nTitle as MessageKey);
  }
  for (const e of root.querySelectorAll<HTMLInputElement>("[data-i18n-placeholder]")) {
    e.placeholder = t(e.dataset.i18nPlaceholder as MessageKey);
  }
  for (const e of root.querySelectorAll<HTMLElement>("[data-i18n-aria]")) {
    e.setAttribute("aria-label", t(e.dataset.i18nAria as MessageKey));
  }
  document.title = t("app.title");
}
