/** The single source of truth for the site's languages: code, direction, labels, Intl locale. */
export const LANGS = ["fr", "ar", "en"] as const;

/** A language the site is written in and the pipeline understands. */
export type Lang = (typeof LANGS)[number];

/** French is the default locale: `/` redirects to `/fr/`. */
export const DEFAULT_LANG: Lang = "fr";

export interface LocaleConfig {
  lang: Lang;
  dir: "ltr" | "rtl";
  /** The language's own name, shown in the language switcher. */
  label: string;
  /**
   * BCP 47 tag handed to Intl. Arabic uses Latin digits on purpose: Maghreb readers (our first
   * audience) write 1, 2, 3, and timestamps must read the same in all three locales. Plain `ar`
   * (not `ar-MA`) gives the month names understood across the Arab world (ديسمبر, not دجنبر).
   */
  intl: string;
  /** Value for RSS `<language>` and Open Graph. */
  rssLanguage: string;
}

export const LOCALES: Record<Lang, LocaleConfig> = {
  fr: { lang: "fr", dir: "ltr", label: "Français", intl: "fr-FR", rssLanguage: "fr" },
  ar: { lang: "ar", dir: "rtl", label: "العربية", intl: "ar-u-nu-latn", rssLanguage: "ar" },
  en: { lang: "en", dir: "ltr", label: "English", intl: "en-GB", rssLanguage: "en" },
};

/** Narrows an unknown string to a supported language. */
export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}
