/** Tells French, Arabic and English apart, for feeds that do not say which they are in. */
import { DEFAULT_LANG, type Lang } from "../../../config/locales.ts";
import { foldLatin, tokenize } from "./normalize-text.ts";

/** Arabic-script share of letters above which a text is Arabic, even when full of Latin brand names. */
const ARABIC_SHARE = 0.4;

// Short function words, frequent in running text and rare in the other language.
const FRENCH_WORDS = new Set(
  (
    "le la les des du de un une et est sont dans pour sur avec par au aux ce cette ces qui que " +
    "pas plus ont été ses son sa leur leurs ne se il elle ils nous vous depuis mais ou où selon " +
    "l' d' n' qu' c' s' j' en lors après avant entre chez très aussi encore tout tous toute"
  ).split(" "),
);
const ENGLISH_WORDS = new Set(
  (
    "the and of to in is are was were for on with by at from that this it its has have had be " +
    "been as an which who their they we you our not but or after before about into over than " +
    "also more all would will can could said says what when"
  ).split(" "),
);

function countScripts(text: string): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  for (const char of text) {
    if (/\p{Script=Arabic}/u.test(char) && /\p{L}/u.test(char)) arabic += 1;
    else if (/\p{Script=Latin}/u.test(char)) latin += 1;
  }
  return { arabic, latin };
}

function scoreFrenchEnglish(text: string): number {
  let score = 0;
  for (const token of tokenize(foldLatin(text))) {
    // Elided articles stay glued to their word: "l'application" counts as "l'".
    const word = /^[a-z]'/.test(token) ? token.slice(0, 2) : token;
    if (FRENCH_WORDS.has(word)) score += 1;
    else if (ENGLISH_WORDS.has(word)) score -= 1;
  }
  // French diacritics are a tie-breaker for very short texts such as headlines.
  score += (text.match(/[éèêàçùâîôû]/gi) ?? []).length * 0.25;
  return score;
}

/** The language of `text` (fr, ar or en), the default language for text with no letters. */
export function detectLanguage(text: string): Lang {
  const { arabic, latin } = countScripts(text);
  if (arabic + latin === 0) return DEFAULT_LANG;
  if (arabic / (arabic + latin) >= ARABIC_SHARE) return "ar";
  const score = scoreFrenchEnglish(text);
  if (score > 0) return "fr";
  if (score < 0) return "en";
  return DEFAULT_LANG;
}
