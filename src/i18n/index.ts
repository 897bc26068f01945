/**
 * One i18next instance for the whole site, initialised synchronously from the per-locale JSON:
 * pages call `useTranslations(lang)` and get strings, direction and Intl formatters together.
 */
import i18next, { type TFunction } from "i18next";
import { LANGS, LOCALES, type Lang } from "../config/locales.ts";
import { formatDate, formatDateTime } from "./format-date.ts";
import { formatDuration, toDurationParts } from "./format-duration.ts";
import ar from "./ui/ar.json";
import en from "./ui/en.json";
import fr from "./ui/fr.json";

/** The UI strings of each locale, flat dotted keys with i18next plural suffixes. */
export const UI: Record<Lang, Record<string, string>> = { fr, ar, en };

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  showSupportNotice: false,
  resources: Object.fromEntries(LANGS.map((lang) => [lang, { translation: UI[lang] }])),
  lng: "fr",
  fallbackLng: false,
  supportedLngs: [...LANGS],
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes whatever it renders; escaping here too would double it.
  interpolation: { escapeValue: false },
});

/** Everything a page needs to speak one locale. */
export interface Translations {
  lang: Lang;
  dir: "ltr" | "rtl";
  intl: string;
  t: TFunction;
  formatDate: (iso: string) => string;
  formatDateTime: (iso: string) => string;
  formatNumber: (value: number) => string;
  formatDuration: (startIso: string, endIso: string) => string;
  /** "Facebook, Instagram et WhatsApp", with the locale's own commas and conjunction. */
  formatList: (items: readonly string[]) => string;
}

const cache = new Map<Lang, Translations>();

/** Strings, direction and formatters for one locale (built once per locale). */
export function useTranslations(lang: Lang): Translations {
  let translations = cache.get(lang);
  if (!translations) {
    translations = toTranslations(lang);
    cache.set(lang, translations);
  }
  return translations;
}

function toTranslations(lang: Lang): Translations {
  const { dir, intl } = LOCALES[lang];
  const t = i18n.getFixedT(lang);
  const numbers = new Intl.NumberFormat(intl);
  const lists = new Intl.ListFormat(intl, { type: "conjunction" });
  return {
    lang,
    dir,
    intl,
    t,
    formatDate: (iso) => formatDate(iso, intl),
    formatDateTime: (iso) => formatDateTime(iso, intl),
    formatNumber: (value) => numbers.format(value),
    formatDuration: (startIso, endIso) => formatDuration(toDurationParts(startIso, endIso), t, intl),
    formatList: (items) => lists.format(items),
  };
}
