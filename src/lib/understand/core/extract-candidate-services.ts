/**
 * Services the gazetteer does not know yet: proper names written right next to outage wording
 * ("panne de Zoomify", "Zoomify is down", "عطل في تطبيق زوميفاي"), so that the outage of a new app
 * is still recorded and grouped rather than dropped. Names of known services and countries are
 * left to their own extractors.
 */
import { compareByCodePoint } from "../../core/compare.ts";
import type { Gazetteer } from "../definitions.ts";
import { ATTRIBUTION, LINKS_AFTER_NAME, LINKS_BEFORE_NAME, NOT_NAMES } from "./candidate-vocabulary.ts";
import { findKnownNamesAround } from "./find-known-names.ts";
import { findArabicNames, findLatinNames } from "./find-name-occurrences.ts";
import { compileTerms, findTerms, type TermMatch } from "./match-terms.ts";
import { isListed, toNameTokens, type NameToken } from "./name-tokens.ts";
import { normalizeForMatching, normalizeWithOffsets, toOriginalSlice } from "./normalize-text.ts";
import { OUTAGE_TERMS } from "./outage-vocabulary.ts";
import { BREAK_TERMS } from "./speaks-of-outage.ts";

const BREAKING = compileTerms([...OUTAGE_TERMS, ...BREAK_TERMS]);
/** At most this many link words between a name and the outage word ("a subi une panne"). */
const MAX_LINKS = 4;
const MAX_CANDIDATES = 3;

/** The form candidate names are compared in: normalised, words separated by single spaces. */
export function toCandidateKey(name: string): string {
  return normalizeForMatching(name)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Up to three names of services the gazetteer does not know, as written, that the text says are
 * down; sorted, one spelling per name. Empty when every name near outage wording is known.
 */
export function extractCandidateServices(text: string, gazetteer: Gazetteer): string[] {
  const normalized = normalizeWithOffsets(text);
  const tokens = toNameTokens(text, normalized, (word) => NOT_NAMES.has(word));
  const outage = findTerms(BREAKING, normalized.text);
  if (outage.length === 0) return [];
  const inOutage = tokens.map((token) => outage.some((term) => overlaps(term, token)));
  const near = [...findLatinNames(tokens, inOutage), ...findArabicNames(tokens)].filter(
    (occurrence) =>
      !isAttributed(tokens, occurrence.first) &&
      (reaches(tokens, inOutage, occurrence.first - 1, -1, LINKS_BEFORE_NAME) ||
        reaches(tokens, inOutage, occurrence.last + 1, 1, LINKS_AFTER_NAME)),
  );
  const found = new Map<string, { spellings: Map<string, number>; count: number; at: number }>();
  for (const occurrence of near) {
    const from = tokens[occurrence.first];
    const to = tokens[occurrence.last];
    if (!from || !to || isKnown(from.start, to.end, normalized.text, gazetteer)) continue;
    const name = toOriginalSlice(text, normalized, from.start, to.end);
    const key = toCandidateKey(name);
    const entry = found.get(key) ?? { spellings: new Map<string, number>(), count: 0, at: from.start };
    entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
    found.set(key, { ...entry, count: entry.count + 1 });
  }
  return [...found.values()]
    .sort((a, b) => b.count - a.count || a.at - b.at)
    .slice(0, MAX_CANDIDATES)
    .map((entry) => toSpelling(entry.spellings))
    .sort(compareByCodePoint);
}

// The spelling used most; on a tie, not the one from an all-caps headline ("ZOOMIFY EN PANNE").
function toSpelling(spellings: ReadonlyMap<string, number>): string {
  const shouting = (name: string) => (name === name.toUpperCase() ? 1 : 0);
  const [first] = [...spellings].sort(([a, x], [b, y]) => y - x || shouting(a) - shouting(b));
  return first?.[0] ?? "";
}

function overlaps(a: TermMatch, b: TermMatch): boolean {
  return a.start < b.end && b.start < a.end;
}

// A known service or country takes precedence; an ambiguous alias ("Orange") only when it is the whole name.
function isKnown(start: number, end: number, normalized: string, gazetteer: Gazetteer): boolean {
  return findKnownNamesAround(normalized, start, end, gazetteer).some(
    (name) => !name.whole || (name.start <= start && name.end >= end),
  );
}

// "selon Jean Dupont", "according to John Smith", "قال Karim": a person quoted, not a service.
function isAttributed(tokens: readonly NameToken[], first: number): boolean {
  const previous = tokens[first - 1]?.word ?? "";
  return isListed(ATTRIBUTION, previous) || (previous === "to" && tokens[first - 2]?.word === "according");
}

/** Whether outage wording is reached from `from`, stepping by `step` over link words only. */
function reaches(
  tokens: readonly NameToken[],
  inOutage: readonly boolean[],
  from: number,
  step: 1 | -1,
  links: ReadonlySet<string>,
): boolean {
  for (let i = from, hops = 0; i >= 0 && i < tokens.length; i += step, hops++) {
    // The break that matters is the one between this word and the previous one in reading order.
    if ((step === 1 ? tokens[i] : tokens[i + 1])?.breakBefore !== false) return false;
    if (inOutage[i]) return true;
    if (hops >= MAX_LINKS || !isListed(links, tokens[i]?.word ?? "")) return false;
  }
  return false;
}
