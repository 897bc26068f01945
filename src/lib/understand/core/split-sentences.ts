/** Splits article text into sentences, keeping the original wording of each. */

/** A sentence and where it starts in the text it came from. */
export interface Sentence {
  text: string;
  start: number;
}

// A sentence ends at . ! ? ؟ … or a line break; not after dotted initials ("a.m. ET", "U.S. officials").
const BOUNDARY = /(?<=(?<!(?:^|[\s.])\p{L})[.!?؟…]["»”’)]*)\s+|\n+/gu;

/** The non-empty sentences of `text`, trimmed, with their offsets. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ text: trimmed, start: start + raw.indexOf(trimmed) });
  };
  for (const match of text.matchAll(BOUNDARY)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return sentences;
}
