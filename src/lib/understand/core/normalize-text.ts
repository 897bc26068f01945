/**
 * Canonical forms for matching text written in Arabic and Latin scripts. Every function maps
 * character by character so a match in normalised text can be traced back to the original wording.
 */

// Harakat, Quranic marks and superscript alef: optional in writing, so never part of a match.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/;
// Zero-width joiners and bidi marks that copy-paste leaves inside words.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

const ARABIC_LETTERS: Record<string, string> = {
  "\u0623": "\u0627", // أ
  "\u0625": "\u0627", // إ
  "\u0622": "\u0627", // آ
  "\u0671": "\u0627", // ٱ
  "\u0629": "\u0647", // ة → ه
  "\u0649": "\u064A", // ى → ي
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u064A", // ئ → ي
  "\u06CC": "\u064A", // Persian yeh
  "\u06A9": "\u0643", // Persian kaf
  "\u0640": "", // tatweel
};

const APOSTROPHES = /[\u2018\u2019\u02BC\u02BB\u0060\u00B4\u2032]/;
const LIGATURES: Record<string, string> = { œ: "oe", Œ: "oe", æ: "ae", Æ: "ae", ß: "ss" };

function mapArabicChar(char: string): string {
  if (ARABIC_MARKS.test(char)) return "";
  const letter = ARABIC_LETTERS[char];
  if (letter !== undefined) return letter;
  const code = char.codePointAt(0) ?? 0;
  // Arabic-Indic (U+0660) and Persian (U+06F0) digits.
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return char;
}

function mapLatinChar(char: string): string {
  if (APOSTROPHES.test(char)) return "'";
  const ligature = LIGATURES[char];
  if (ligature !== undefined) return ligature;
  return char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function mapCommonChar(char: string): string | undefined {
  if (INVISIBLE.test(char)) return "";
  if (SPACES.test(char)) return " ";
  return undefined;
}

function mapText(text: string, mapChar: (char: string) => string): string {
  let out = "";
  for (const char of text) out += mapCommonChar(char) ?? mapChar(char);
  return out;
}

/** Arabic without diacritics or tatweel, with one alef, ه for ة, ي for ى/ئ, و for ؤ and ASCII digits. */
export function normalizeArabic(text: string): string {
  return mapText(text, mapArabicChar);
}

/** Latin text lowercased, without accents, with one apostrophe. */
export function foldLatin(text: string): string {
  return mapText(text, mapLatinChar);
}

function mapMatchingChar(char: string): string {
  return mapLatinChar(mapArabicChar(char));
}

/** The form every matcher works on: `normalizeArabic` then `foldLatin`. */
export function normalizeForMatching(text: string): string {
  return mapText(text, mapMatchingChar);
}

/** Normalised text plus, for each of its UTF-16 units, the index of the original unit it came from. */
export interface NormalizedText {
  text: string;
  /** `offsets[i]` is the index in the original of normalised unit `i`; one extra entry for the end. */
  offsets: number[];
}

/** `normalizeForMatching` that remembers where each character came from, to quote the original. */
export function normalizeWithOffsets(text: string): NormalizedText {
  let out = "";
  const offsets: number[] = [];
  let index = 0;
  for (const char of text) {
    const mapped = mapCommonChar(char) ?? mapMatchingChar(char);
    out += mapped;
    for (let i = 0; i < mapped.length; i += 1) offsets.push(index);
    index += char.length;
  }
  offsets.push(index);
  return { text: out, offsets };
}

/** The original wording behind `normalized.text.slice(start, end)`. */
export function toOriginalSlice(
  original: string,
  normalized: NormalizedText,
  start: number,
  end: number,
): string {
  const from = normalized.offsets[start] ?? original.length;
  if (end <= start) return "";
  // The next unit's origin keeps marks stripped after the match (tanween, NFD accents) in the quote.
  const last = normalized.offsets[end - 1] ?? from;
  const to = Math.max(normalized.offsets[end] ?? original.length, last + 1);
  return original.slice(from, to);
}

/** Words of normalised text: runs of letters, digits and apostrophes. */
export function tokenize(normalized: string): string[] {
  return normalized.match(/[\p{L}\p{N}']+/gu) ?? [];
}

/** Whether the text contains an Arabic letter. */
export function hasArabic(text: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(text);
}
