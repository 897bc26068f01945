/**
 * Where a text may name a service: runs of capitalised Latin words ("Zoomify", "CIH Bank", "Crédit
 * du Maroc") and, Arabic having no capitals, the word after "تطبيق", "منصة", "بنك"… Whether a name
 * is known, or said to be down, is for the caller to decide.
 */
import {
  LINKS_AFTER_NAME,
  LINKS_BEFORE_NAME,
  NAME_CONNECTORS,
  NAME_INTRODUCERS,
  NOT_NAMES,
} from "./candidate-vocabulary.ts";
import { isListed, type NameToken } from "./name-tokens.ts";

/** A possible name: its first and last token indices (inclusive). */
export interface NameOccurrence {
  first: number;
  last: number;
}

/** Longer capitalised runs are titles or lists, not one name. */
const MAX_NAME_WORDS = 4;

/** Capitalised runs that can be names; `inOutage` marks tokens that are outage wording. */
export function findLatinNames(tokens: readonly NameToken[], inOutage: readonly boolean[]): NameOccurrence[] {
  const isNameWord = (i: number): boolean => {
    const token = tokens[i];
    if (token === undefined || inOutage[i] || !token.capitalised || token.titleCase) return false;
    // "ATMs", "ISPs" are common nouns; "Meta-owned", "Paris-based" adjectives.
    if (/^\p{Lu}+s$|-\p{Ll}+$/u.test(token.written)) return false;
    return token.word.length >= 2 && !NOT_NAMES.has(token.word);
  };
  const joins = (i: number) => tokens[i]?.breakBefore === false;
  const isCommonInitial = toInitialFilter(tokens);
  const runs: NameOccurrence[] = [];
  for (let first = 0; first < tokens.length; first++) {
    if (!isNameWord(first)) continue;
    let last = first;
    for (;;) {
      if (joins(last + 1) && isNameWord(last + 1)) last += 1;
      else if (isConnector(tokens[last + 1]) && joins(last + 1) && joins(last + 2) && isNameWord(last + 2))
        last += 2;
      else break;
    }
    const start = isCommonInitial(first, last) ? first + 1 : first;
    // After a capitalised word that is no name on its own, this is the tail of a longer name ("New York Times").
    const before = tokens[first - 1];
    const tail = before?.capitalised === true && !before.initial && joins(first);
    const words = tokens.slice(start, last + 1);
    const onlyLinks = words.every((t) => LINKS_BEFORE_NAME.has(t.word) || LINKS_AFTER_NAME.has(t.word));
    if (!tail && words.length > 0 && words.length <= MAX_NAME_WORDS && !onlyLinks && isNameWord(start))
      runs.push({ first: start, last });
    first = last;
  }
  return runs;
}

/**
 * Arabic names: the word after an indefinite "تطبيق", "منصة", "بنك"… that is no ordinary word.
 * Words with the article ("موقع الوزارة"), nisba adjectives ("منصة تعليمية", "تطبيق حكومي") and
 * nouns in ة ("موقع مؤسسة") are not names.
 */
export function findArabicNames(tokens: readonly NameToken[]): NameOccurrence[] {
  return tokens.flatMap((token, i) => {
    const next = tokens[i + 1];
    if (!token.arabic || !next?.arabic || next.breakBefore || !isIntroducer(token.word)) return [];
    const word = next.word;
    const ordinary =
      word.length < 3 ||
      word.startsWith("ال") ||
      /ه$|[^اوي]ي$/u.test(word) ||
      isListed(NOT_NAMES, word) ||
      isListed(NAME_INTRODUCERS, word);
    return ordinary ? [] : [{ first: i + 1, last: i + 1 }];
  });
}

// A sentence-initial capital says nothing: a word also written in lowercase, and never capitalised
// inside a sentence, is an ordinary word ("Application Zoomify en panne", "l'application" later). It
// stays when the rest is no name of its own elsewhere ("Banque Populaire", "la banque" later).
function toInitialFilter(tokens: readonly NameToken[]): (first: number, last: number) => boolean {
  const lower = new Set(tokens.filter((t) => !t.arabic && !t.capitalised).map((t) => t.word));
  // Words that begin a capitalised run inside a sentence: "Zoomify" in "l'application Zoomify".
  const inner = new Set(
    tokens
      .filter((t, i) => t.capitalised && !t.initial && (t.breakBefore || !tokens[i - 1]?.capitalised))
      .map((t) => t.word),
  );
  return (first, last) => {
    const word = tokens[first]?.word ?? "";
    if (!tokens[first]?.initial || !lower.has(word) || inner.has(word)) return false;
    return first === last || inner.has(tokens[first + 1]?.word ?? "");
  };
}

function isConnector(token: NameToken | undefined): boolean {
  return token !== undefined && !token.capitalised && NAME_CONNECTORS.has(token.word);
}

// A name follows an indefinite noun ("شركة X"), never one with the article ("خدمات الشركة تعود").
function isIntroducer(word: string): boolean {
  return !/^[وف]?(?:[بكل]?ال|لل)/u.test(word) && isListed(NAME_INTRODUCERS, word);
}
