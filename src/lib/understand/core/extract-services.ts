/** Finds gazetteer services and operators named in an article, in any script. */
import type { Service } from "../definitions.ts";
import {
  compileTermIndex,
  findIndexedTerms,
  findTerms,
  type TermIndex,
  type TermMatch,
} from "./match-terms.ts";
import { normalizeForMatching, normalizeWithOffsets, toOriginalSlice } from "./normalize-text.ts";
import { CONTEXT_REGEX } from "./outage-vocabulary.ts";

/** How far (in normalised characters) an operator or outage word may be from an ambiguous alias. */
const CONTEXT_WINDOW = 80;

interface Ambiguous {
  id: string;
  country: string | undefined;
  exact: string;
}

interface ServiceIndex {
  plain: TermIndex<string>;
  ambiguous: TermIndex<Ambiguous>;
}

interface ServiceMatch extends TermMatch {
  id: string;
}

const indexCache = new WeakMap<readonly Service[], ServiceIndex>();

function plainTerms(service: Service): string[] {
  const ambiguousKeys = new Set(service.ambiguousAliases.map(normalizeForMatching));
  return [service.names.fr, service.names.ar, service.names.en, ...service.aliases].filter(
    (term) => !ambiguousKeys.has(normalizeForMatching(term)),
  );
}

function indexServices(services: readonly Service[]): ServiceIndex {
  let index = indexCache.get(services);
  if (index === undefined) {
    const plain = services.map((service) => ({ key: service.id, terms: plainTerms(service) }));
    const ambiguous = services.flatMap((service) =>
      service.ambiguousAliases.map((exact) => ({
        key: { id: service.id, country: service.country, exact },
        terms: [exact],
      })),
    );
    index = {
      plain: compileTermIndex(plain, { properNames: true }),
      ambiguous: compileTermIndex(ambiguous, { properNames: true }),
    };
    indexCache.set(services, index);
  }
  return index;
}

// Latin ambiguous aliases count only in their exact case ("Orange", not "orange").
function isExactCase(original: string, alias: string): boolean {
  return !/\p{Script=Latin}/u.test(alias) || original === alias;
}

function isNear(match: TermMatch, words: TermMatch[]): boolean {
  return words.some(
    (word) =>
      (word.start < match.start || word.end > match.end) &&
      word.end >= match.start - CONTEXT_WINDOW &&
      word.start <= match.end + CONTEXT_WINDOW,
  );
}

// Overlapping names: the longer wins ("اتصالات المغرب" is Maroc Telecom, not every "اتصالات"); on a
// tie the one ending later, as the qualifier comes last ("مجموعة اتصالات المغرب", "Orange Maroc").
function isOutranked(match: ServiceMatch, all: ServiceMatch[]): boolean {
  const length = match.end - match.start;
  return all.some(
    (other) =>
      other.id !== match.id &&
      other.start < match.end &&
      other.end > match.start &&
      (other.end - other.start > length || (other.end - other.start === length && other.end > match.end)),
  );
}

/**
 * Gazetteer ids of the services named in `text`, sorted and unique. An ambiguous alias needs an
 * operator or outage word nearby; one without letter case ("du", "فوري") of a one-country operator
 * also needs that country among `mentionedCountries`.
 */
export function extractServices(
  text: string,
  services: readonly Service[],
  mentionedCountries: readonly string[] = [],
): string[] {
  const normalized = normalizeWithOffsets(text);
  const index = indexServices(services);
  const plain = findIndexedTerms(index.plain, normalized.text).map((match) => ({ ...match, id: match.key }));
  const context = findTerms(CONTEXT_REGEX, normalized.text);
  const ambiguous = findIndexedTerms(index.ambiguous, normalized.text)
    .filter(
      ({ key }) =>
        key.exact !== key.exact.toLowerCase() ||
        key.country === undefined ||
        mentionedCountries.includes(key.country),
    )
    .filter((match) =>
      isExactCase(toOriginalSlice(text, normalized, match.start, match.end), match.key.exact),
    )
    .filter((match) => isNear(match, context))
    .map((match) => ({ ...match, id: match.key.id }));
  const all: ServiceMatch[] = [...plain, ...ambiguous];
  return [...new Set(all.filter((match) => !isOutranked(match, all)).map((match) => match.id))].sort();
}
