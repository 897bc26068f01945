import type { GroupableArticle } from "../definitions.ts";

const HOUR_MS = 3_600_000;

/**
 * When the article says the outage happened: its stated start, else its publication. Undefined for
 * an undated article: its fetch time says when we read it, not when the outage was.
 */
export function toEventTime(article: GroupableArticle): string | undefined {
  return article.startedAt ?? article.publishedAt;
}

/** Hours from `from` to `to` (negative when `to` is earlier). */
export function hoursBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / HOUR_MS;
}

/** The earlier of two ISO times (ISO-8601 UTC strings of one format compare as text). */
export function earliest(a: string, b: string): string {
  return a <= b ? a : b;
}

/** The later of two ISO times. */
export function latest(a: string, b: string): string {
  return a >= b ? a : b;
}
