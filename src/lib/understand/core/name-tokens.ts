/**
 * Words of a text with what telling names from ordinary words needs: letter case as written,
 * sentence starts, punctuation between words, and headlines written in Title Case.
 */
import { hasArabic, toOriginalSlice, type NormalizedText } from "./normalize-text.ts";
import { splitNormalizedSentences } from "./split-sentences.ts";

/** One word, normalised, with where it sits and how it was written. */
export interface NameToken {
  /** The normalised word. */
  word: string;
  /** As written in the original text. */
  written: string;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  arabic: boolean;
  /** A Latin word written with a capital: "Zoomify", "CIH", "iCloud". */
  capitalised: boolean;
  /** The first word of its sentence, capitalised whatever it is. */
  initial: boolean;
  /** Punctuation, a line break or a sentence end separates it from the word before. */
  breakBefore: boolean;
  /** Its sentence capitalises most words (an English headline): capitals there say nothing. */
  titleCase: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-.&][\p{L}\p{N}]+)*/gu;
// Spaces, apostrophes and quotation marks keep words together; anything else separates them.
const JOINING = /^[ \t'"«»“”„]*$/u;
/** In a Title Case headline at least this share of ordinary words after the first is capitalised. */
const TITLE_CASE_SHARE = 0.5;

function isCapitalised(written: string): boolean {
  return /^\p{Lu}/u.test(written) || /^\p{Ll}+\p{Lu}/u.test(written);
}

// Judged on ordinary words only ("Outage Hits Users"): a sentence naming three banks is not a headline.
function markTitleCase(
  tokens: NameToken[],
  sentenceOf: number[],
  isOrdinary: (word: string) => boolean,
): void {
  const tallies = new Map<number, { all: number; capitalised: number }>();
  tokens.forEach((token, i) => {
    if (token.arabic || token.initial || !isOrdinary(token.word)) return;
    const tally = tallies.get(sentenceOf[i] ?? 0) ?? { all: 0, capitalised: 0 };
    tally.all += 1;
    if (token.capitalised) tally.capitalised += 1;
    tallies.set(sentenceOf[i] ?? 0, tally);
  });
  tokens.forEach((token, i) => {
    const tally = tallies.get(sentenceOf[i] ?? 0);
    token.titleCase =
      tally !== undefined && tally.all >= 2 && tally.capitalised / tally.all >= TITLE_CASE_SHARE;
  });
}

/** The words of `text` (already normalised as `normalized`), in order; `isOrdinary` tells common words. */
export function toNameTokens(
  text: string,
  normalized: NormalizedText,
  isOrdinary: (word: string) => boolean,
): NameToken[] {
  const sentences = splitNormalizedSentences(text, normalized.offsets);
  const tokens: NameToken[] = [];
  const sentenceOf: number[] = [];
  let sentence = 0;
  for (const match of normalized.text.matchAll(WORD)) {
    const start = match.index;
    while (sentence < sentences.length - 1 && start >= (sentences[sentence]?.end ?? Infinity)) sentence++;
    const previous = tokens.at(-1);
    const newSentence = previous !== undefined && sentenceOf.at(-1) !== sentence;
    const gap = previous ? normalized.text.slice(previous.end, start) : "";
    const arabic = hasArabic(match[0]);
    const written = toOriginalSlice(text, normalized, start, start + match[0].length);
    tokens.push({
      word: match[0],
      written,
      start,
      end: start + match[0].length,
      arabic,
      capitalised: !arabic && isCapitalised(written),
      initial: previous === undefined || newSentence,
      breakBefore: previous !== undefined && (newSentence || !JOINING.test(gap)),
      titleCase: false,
    });
    sentenceOf.push(sentence);
  }
  markTitleCase(tokens, sentenceOf, isOrdinary);
  return tokens;
}

// Arabic glues و/ف, ب/ك/ل and the article to words: "بتطبيق" is "تطبيق" for a word list.
function toArabicStems(word: string): string[] {
  return [
    word,
    word.replace(/^[وف]/u, ""),
    word.replace(/^[وف]?[بكل]/u, ""),
    word.replace(/^[وف]?[بكل]?ال/u, ""),
    word.replace(/^[وف]?لل/u, ""),
  ];
}

/** Whether a normalised word, or for Arabic the word without glued particles, is in `words`. */
export function isListed(words: ReadonlySet<string>, word: string): boolean {
  return words.has(word) || (hasArabic(word) && toArabicStems(word).some((stem) => words.has(stem)));
}
