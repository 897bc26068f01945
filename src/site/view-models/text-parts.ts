/**
 * A translated sentence split around its variables, so a component can wrap an outlet name in
 * `<bdi>` or a date in `<time>` without giving up the translation's word order.
 */
import type { TFunction } from "i18next";

/** A run of a sentence: plain text, an isolated name, or a date with its machine-readable value. */
export type TextPart =
  { text: string } | { text: string; bdi: true; lang?: string } | { text: string; datetime: string };

// Private-use characters never occur in UI strings: they mark where each variable went.
const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKER = new RegExp(`${OPEN}(\\d+)${CLOSE}`, "gu");

/** `t(key, values)` as parts; a value given as a part keeps its markup, a string is plain text. */
export function toTextParts(
  t: TFunction,
  key: string,
  values: Record<string, string | TextPart>,
): TextPart[] {
  const parts = Object.values(values).map((value) => (typeof value === "string" ? { text: value } : value));
  const markers = Object.fromEntries(
    Object.keys(values).map((name, index) => [name, `${OPEN}${index}${CLOSE}`]),
  );
  const sentence: string = t(key, markers);
  const result: TextPart[] = [];
  let last = 0;
  for (const match of sentence.matchAll(MARKER)) {
    if (match.index > last) result.push({ text: sentence.slice(last, match.index) });
    const part = parts[Number(match[1])];
    if (part) result.push(part);
    last = match.index + match[0].length;
  }
  if (last < sentence.length) result.push({ text: sentence.slice(last) });
  return result;
}
