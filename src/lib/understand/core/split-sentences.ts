/** Splits article text into sentences, keeping the original wording of each. */

/** A sentence and where it starts in the text it came from. */
export interface Sentence {
  text: string;
  start: number;
}

// French sets a space before a closing guillemet: "service. » Le".
const CANDIDATE = /[.!?؟…](?:[\s\u00A0\u202F]?["»”’)])*\s+|\n+/gu;
// Words written with a dot that rarely end a sentence: "Dec. 7", "Meta Platforms Inc. said", "M. Dupont".
const ABBREVIATIONS = new Set(
  `jan feb mar apr jun jul aug sep sept oct nov dec janv fev fevr avr juil dr mr mrs ms mme mlle st
  inc corp ltd co jr sr vs no nos approx env cf fig gen gov sen rep prof dept est`.split(/\s+/),
);
// After "U.S." or "a.m." a new sentence is only recognised by a word that usually opens one.
const OPENER =
  /^["«“(]?(?:The|A|An|It|Its|In|On|At|As|But|This|That|These|Those|He|She|They|We|Some|Users|Le|La|Les|L'|Il|Elle|Ils|Elles|Un|Une|Des|Ce|Cette|Ces|Selon|Mais|Et|En|Depuis|Pour)\b/u;

function endsWithInitial(before: string): boolean {
  return /(?:^|[\s.])\p{L}$/u.test(before);
}

function isBoundary(text: string, at: number, match: string): boolean {
  if (match.startsWith("\n") || !match.startsWith(".")) return true;
  const before = text.slice(Math.max(0, at - 24), at);
  const after = text.slice(at + match.length, at + match.length + 24);
  // "env. 16h", "approx. 40 minutes", "Dec. 7": an abbreviation before a number or name continues.
  const word = /(\p{L}+)$/u.exec(before)?.[1];
  if (word !== undefined && ABBREVIATIONS.has(word.toLowerCase()) && /^[\p{Lu}\p{N}]/u.test(after))
    return false;
  if (/^\p{Ll}/u.test(after)) return false;
  if (endsWithInitial(before)) return OPENER.test(after);
  return true;
}

/** The non-empty sentences of `text`, trimmed, with their offsets. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ text: trimmed, start: start + raw.indexOf(trimmed) });
  };
  for (const match of text.matchAll(CANDIDATE)) {
    if (!isBoundary(text, match.index, match[0])) continue;
    // Keep the full stop and closing quotes with the sentence they end.
    const end = match.index + match[0].trimEnd().length;
    push(end);
    start = match.index + match[0].length;
  }
  push(text.length);
  return sentences;
}

/**
 * Sentence ranges in normalised text, found on the original: splitting needs the letter case that
 * normalising removes ("U.S. officials" against "U.S. The").
 */
export function splitNormalizedSentences(
  original: string,
  offsets: readonly number[],
): { start: number; end: number }[] {
  const toNormalized = (index: number): number => {
    let low = 0;
    let high = offsets.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((offsets[middle] ?? Infinity) < index) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return splitSentences(original).map((sentence) => ({
    start: toNormalized(sentence.start),
    end: toNormalized(sentence.start + sentence.text.length),
  }));
}
