/** Finds the countries an article names, by name, adjective, capital or spelling, in any script. */
import type { Country } from "../definitions.ts";
import { compileTermIndex, findIndexedTerms, type TermIndex } from "./match-terms.ts";
import { normalizeForMatching } from "./normalize-text.ts";

const indexCache = new WeakMap<readonly Country[], TermIndex<string>>();

function indexCountries(countries: readonly Country[]): TermIndex<string> {
  let index = indexCache.get(countries);
  if (index === undefined) {
    const entries = countries.map((country) => ({
      key: country.code,
      terms: [country.names.fr, country.names.ar, country.names.en, ...country.aliases],
    }));
    index = compileTermIndex(entries, { properNames: true });
    indexCache.set(countries, index);
  }
  return index;
}

/** ISO codes of the countries named in text that is already `normalizeForMatching`-ed, sorted. */
export function extractCountriesNormalized(normalized: string, countries: readonly Country[]): string[] {
  return [
    ...new Set(findIndexedTerms(indexCountries(countries), normalized).map((match) => match.key)),
  ].sort();
}

/** ISO 3166-1 alpha-2 codes of the countries named in `text`, sorted and unique. */
export function extractCountries(text: string, countries: readonly Country[]): string[] {
  return extractCountriesNormalized(normalizeForMatching(text), countries);
}
