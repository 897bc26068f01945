/**
 * Whole-word matching of gazetteer terms on normalised text. Arabic glues conjunctions,
 * prepositions and the article to the next word ("بواتساب", "والفيسبوك", "للمغرب"), so Arabic terms
 * accept those prefixes; Latin terms match between non-letters.
 */
import { hasArabic, normalizeForMatching } from "./normalize-text.ts";

const BEFORE = "(?<![\\p{L}\\p{N}])";
const AFTER = "(?![\\p{L}\\p{N}])";
// و/ف (and), then ب/ك (with, like) and the article, or ل/لل (for, for the).
const ARABIC_PREFIX = "[وف]?(?:[بك]?(?:ال)?|لل?)";
const ARABIC_PREFIX_BEFORE_ARTICLE = "[وف]?(?:[بك]?ال|لل)";
// A short word with ب/ك/ل glued on is too often another word: ك + ابل (Apple) is كابل (cable).
const SHORT_ARABIC_PREFIX = "[وف]?(?:ال)?";
const SHORT_ARABIC = 3;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

// Latin brands get written glued ("MarocTelecom"); Arabic words glued make other words (بي ان → بيان).
function joinWords(words: string[], separator: string): string {
  return words.map(escapeRegExp).join(separator);
}

function arabicPrefix(article: boolean, short: boolean): string {
  if (short) return article ? "[وف]?ال" : SHORT_ARABIC_PREFIX;
  return article ? ARABIC_PREFIX_BEFORE_ARTICLE : ARABIC_PREFIX;
}

/** How terms are matched: `properNames` keeps short Arabic names from taking ب/ك/ل prefixes. */
export interface TermOptions {
  properNames?: boolean;
}

// Regex source for one normalised term, without word boundaries; "" if blank.
function toTermPattern(term: string, options: TermOptions = {}): string {
  const words = term.replace(/-/g, " ").trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (first === undefined) return "";
  if (!hasArabic(first)) return joinWords(words, "[\\s\\-]*");
  const article = first.startsWith("ال") && first.length > 3;
  const rest = article ? [first.slice(2), ...words.slice(1)] : words;
  const short = options.properNames === true && words.length === 1 && (rest[0]?.length ?? 0) <= SHORT_ARABIC;
  return `${arabicPrefix(article, short)}${joinWords(rest, "[\\s\\-]+")}`;
}

function toAlternation(terms: readonly string[], options: TermOptions): string {
  return [...new Set(terms.map((term) => toTermPattern(normalizeForMatching(term), options)))]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .join("|");
}

// One boundary check around the whole alternation: per-alternative lookbehinds made matching slow.
/** One global regex matching any of the terms (normalised here) as whole words; undefined if none. */
export function compileTerms(terms: readonly string[], options: TermOptions = {}): RegExp | undefined {
  const alternation = toAlternation(terms, options);
  return alternation ? new RegExp(`${BEFORE}(?:${alternation})${AFTER}`, "gu") : undefined;
}

/** A match of a compiled term list in normalised text. */
export interface TermMatch {
  start: number;
  end: number;
}

/** Every match of `regex` in `normalized`, in order; `overlapping` also finds matches inside others. */
export function findTerms(regex: RegExp | undefined, normalized: string, overlapping = false): TermMatch[] {
  if (regex === undefined) return [];
  const matches: TermMatch[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(normalized); match !== null; match = regex.exec(normalized)) {
    matches.push({ start: match.index, end: match.index + match[0].length });
    if (overlapping || match[0].length === 0) regex.lastIndex = match.index + 1;
  }
  return matches;
}

/** Terms of many entries in one regex, and per entry a test of whether a match is one of its terms. */
export interface TermIndex<K> {
  regex: RegExp | undefined;
  entries: { key: K; anchored: RegExp }[];
}

/** Compiles entries' terms into one `TermIndex`, so a text is scanned once for all of them. */
export function compileTermIndex<K>(
  entries: readonly { key: K; terms: readonly string[] }[],
  options: TermOptions = {},
): TermIndex<K> {
  const compiled = entries.flatMap(({ key, terms }) => {
    const alternation = toAlternation(terms, options);
    return alternation ? [{ key, anchored: new RegExp(`^(?:${alternation})$`, "u") }] : [];
  });
  return {
    regex: compileTerms(
      entries.flatMap((entry) => entry.terms),
      options,
    ),
    entries: compiled,
  };
}

/** Every match of an index in normalised text (overlapping ones too), with the entries it names. */
export function findIndexedTerms<K>(index: TermIndex<K>, normalized: string): (TermMatch & { key: K })[] {
  return findTerms(index.regex, normalized, true).flatMap((match) => {
    const found = normalized.slice(match.start, match.end);
    return index.entries.filter((entry) => entry.anchored.test(found)).map(({ key }) => ({ ...match, key }));
  });
}

/** Splits a comma-separated word list written in a template literal (keeps vocabularies compact). */
export function listTerms(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((term) => term.trim())
    .filter(Boolean);
}
