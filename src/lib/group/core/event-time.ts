import type { GroupableArticle } from "../definitions.ts";

const HOUR_MS = 3_600_000;

/** When the article says the outage happened: its stated start, else when it was published. */
export function toEventTime(article: GroupableArticle): string {
  return article.startedAt ?? article.publishedAt ?? article.fetchedAt;
}

/** Milliseconds since the epoch of a UTC ISO time. */
export function toMs(iso: string): number {
  return Date.parse(iso);
}

/** Hours from `from` to `to` (negative when `to` is earlier). */
export function hoursBetween(from: string, to: string): number {
  return (toMs(to) - toMs(from)) / HOUR_MS;
}

/** The earlier of two ISO times (ISO-8601 UTC strings of one format compare as text). */
export function earliest(a: string, b: string): string {
  return a <= b ? a : b;
}

/** The later of two ISO times. */
export function latest(a: string, b: string): string {
  return a >= b ? a : b;
}
