/** Display names of services, countries and causes in one locale, from the gazetteer and UI strings. */
import { LOCALES, type Lang } from "../../config/locales.ts";
import type { Cause } from "../../lib/definitions.ts";
import type { Gazetteer } from "../../lib/understand/definitions.ts";
import { useTranslations } from "../../i18n/index.ts";

/** A service's name in `lang`; its id when the gazetteer does not know it. */
export function toServiceName(id: string, gazetteer: Gazetteer, lang: Lang): string {
  return gazetteer.services.find((service) => service.id === id)?.names[lang] ?? id;
}

/** A country's name in `lang`: the gazetteer's, else the one Intl knows, else the code. */
export function toCountryName(code: string, gazetteer: Gazetteer, lang: Lang): string {
  const known = gazetteer.countries.find((country) => country.code === code)?.names[lang];
  if (known) return known;
  try {
    return new Intl.DisplayNames(LOCALES[lang].intl, { type: "region", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A cause category in words. */
export function toCauseName(cause: Cause, lang: Lang): string {
  return useTranslations(lang).t(`cause.${cause}`);
}
