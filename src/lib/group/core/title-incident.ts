import { LANGS, LOCALES, type Lang } from "../../../config/locales.ts";
import type { Cause, Localized } from "../../definitions.ts";
import type { Gazetteer } from "../../understand/definitions.ts";

/** At most this many services are named in a title; the facts box lists them all. */
const MAX_TITLE_SERVICES = 3;

const NETWORK_TITLES: Partial<Record<Cause, Record<Lang, (place: string) => string>>> = {
  "government-shutdown": {
    fr: (place) => `Coupure d’internet imposée : ${place}`,
    ar: (place) => `قطع الإنترنت في ${place}`,
    en: (place) => `Internet shutdown in ${place}`,
  },
  "cable-cut": {
    fr: (place) => `Internet perturbé par un câble sous-marin endommagé : ${place}`,
    ar: (place) => `اضطراب الإنترنت بسبب تضرر كابل بحري في ${place}`,
    en: (place) => `Submarine cable damage disrupts internet in ${place}`,
  },
  power: {
    fr: (place) => `Panne d’électricité : ${place}`,
    ar: (place) => `انقطاع الكهرباء في ${place}`,
    en: (place) => `Power blackout in ${place}`,
  },
};

const SERVICE_TITLES: Record<Lang, (names: string) => string> = {
  fr: (names) => `Panne : ${names}`,
  ar: (names) => `عطل في ${names}`,
  en: (names) => `${names} outage`,
};

const GENERIC_TITLES: Record<Lang, (place: string) => string> = {
  fr: (place) => `Panne des réseaux : ${place}`,
  ar: (place) => `عطل في الشبكات في ${place}`,
  en: (place) => `Network outage in ${place}`,
};

/**
 * Writes an incident's title in each language from its structured facts, so the three read the
 * same whatever language the coverage was in. Without a gazetteer service, the names of services it
 * does not know yet (`candidateServices`) stand in, as written.
 */
export function toIncidentTitle(
  facts: {
    rankedServices: readonly string[];
    rankedCountries: readonly string[];
    cause: Cause;
    candidateServices?: readonly string[];
  },
  gazetteer: Gazetteer,
): Localized {
  const services = facts.rankedServices.slice(0, MAX_TITLE_SERVICES);
  const candidates = (facts.candidateServices ?? []).slice(0, MAX_TITLE_SERVICES);
  const countries = facts.rankedCountries.slice(0, 2);
  const title = {} as Localized;
  for (const lang of LANGS) {
    const list = new Intl.ListFormat(LOCALES[lang].intl, { type: "conjunction" });
    if (services.length > 0) {
      title[lang] = SERVICE_TITLES[lang](list.format(services.map((id) => serviceName(id, lang, gazetteer))));
      continue;
    }
    // A blackout, cut cable or shutdown is the country's: a name beside it is a place or a blocked app.
    if (candidates.length > 0 && !(NETWORK_TITLES[facts.cause] && countries.length > 0)) {
      title[lang] = SERVICE_TITLES[lang](list.format(candidates.map((name) => isolate(name, lang))));
      continue;
    }
    const place = list.format(countries.map((code) => countryName(code, lang, gazetteer)));
    title[lang] = (NETWORK_TITLES[facts.cause]?.[lang] ?? GENERIC_TITLES[lang])(place);
  }
  return title;
}

// A name kept as written has no Arabic form: isolated, "Zoomify" keeps its direction in an Arabic title.
function isolate(name: string, lang: Lang): string {
  return LOCALES[lang].dir === "rtl" ? `\u2068${name}\u2069` : name;
}

function serviceName(id: string, lang: Lang, gazetteer: Gazetteer): string {
  return gazetteer.services.find((service) => service.id === id)?.names[lang] ?? id;
}

function countryName(code: string, lang: Lang, gazetteer: Gazetteer): string {
  return gazetteer.countries.find((country) => country.code === code)?.names[lang] ?? code;
}
