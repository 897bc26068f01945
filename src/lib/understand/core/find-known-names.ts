/** Where a text names something the gazetteer already knows: a service, an operator or a country. */
import type { Gazetteer } from "../definitions.ts";
import { compileTermIndex, findIndexedTerms, type TermIndex } from "./match-terms.ts";
import { normalizeForMatching } from "./normalize-text.ts";

/** A known name's place in normalised text. */
export interface KnownName {
  start: number;
  end: number;
  /**
   * Set for names that are ordinary words elsewhere (ambiguous aliases such as "Orange", "du") and
   * for countries: they only rule out a name they cover entirely, not "Crédit du Maroc".
   */
  whole: boolean;
}

const indexCache = new WeakMap<Gazetteer["services"], WeakMap<Gazetteer["countries"], TermIndex<boolean>>>();

function indexKnown(gazetteer: Gazetteer): TermIndex<boolean> {
  const byCountries = indexCache.get(gazetteer.services) ?? new WeakMap();
  indexCache.set(gazetteer.services, byCountries);
  let index = byCountries.get(gazetteer.countries);
  if (index === undefined) {
    const services = gazetteer.services.flatMap((service) => {
      const ambiguous = new Set(service.ambiguousAliases.map(normalizeForMatching));
      const plain = [service.names.fr, service.names.ar, service.names.en, ...service.aliases].filter(
        (term) => !ambiguous.has(normalizeForMatching(term)),
      );
      return [
        { key: false, terms: plain },
        { key: true, terms: service.ambiguousAliases },
      ];
    });
    const countries = gazetteer.countries.map((country) => ({
      key: true,
      terms: [country.names.fr, country.names.ar, country.names.en, ...country.aliases],
    }));
    index = compileTermIndex([...services, ...countries], { properNames: true });
    byCountries.set(gazetteer.countries, index);
  }
  return index;
}

/** How much text around a span can hold a known name that overlaps it (longer names are rare). */
const REACH = 60;

/**
 * Known service, operator and country names in normalised text that overlap `start`–`end`,
 * overlapping ones included. Only the text around the span is scanned: the gazetteer's regex is
 * the costly part, and a name far from the span cannot touch it.
 */
export function findKnownNamesAround(
  normalized: string,
  start: number,
  end: number,
  gazetteer: Gazetteer,
): KnownName[] {
  const from = Math.max(0, start - REACH);
  const window = normalized.slice(from, Math.min(normalized.length, end + REACH));
  return findIndexedTerms(indexKnown(gazetteer), window)
    .map((match) => ({ start: from + match.start, end: from + match.end, whole: match.key }))
    .filter((name) => name.start < end && start < name.end);
}
