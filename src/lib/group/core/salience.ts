import { findDates } from "../../understand/core/find-dates.ts";
import { extractServices } from "../../understand/core/extract-services.ts";
import { normalizeForMatching } from "../../understand/core/normalize-text.ts";
import type { Service } from "../../understand/definitions.ts";
import type { GroupableArticle } from "../definitions.ts";

/** A calendar day an article names; the year is missing when the text leaves it out. */
export interface DayHint {
  year?: number;
  month: number;
  day: number;
}

/**
 * The services an article is about rather than merely mentions: those named in its title. An
 * outage of Cloudflare lists the sites it took down; the headline names Cloudflare. Empty when
 * the title names none, and then every named service counts the same.
 */
export function toPrimaryServices(
  article: GroupableArticle,
  services: readonly Service[],
): ReadonlySet<string> {
  const inTitle = extractServices(article.title, services).filter((id) => article.services.includes(id));
  return new Set(inTitle);
}

/**
 * The first calendar date an undated article writes ("mardi 25 octobre", "On Dec. 7, 2021"): the
 * only clue to when its outage happened.
 */
export function toDayHint(article: GroupableArticle): DayHint | undefined {
  const [first] = findDates(normalizeForMatching(`${article.title}\n${article.text}`));
  if (!first) return undefined;
  return { ...(first.year !== undefined && { year: first.year }), month: first.month, day: first.day };
}

/** How far back a written date may point before publication and still be taken as the event day. */
const MAX_DAYS_BEFORE_PUBLICATION = 30;

/**
 * The day a dated article says its outage happened, when it writes a date but no clock time ("le
 * vendredi 19 février", published weeks later): midday UTC of that day. Undefined when the text
 * names no date, or one after publication or long before it (a background reference).
 */
export function toReportedDay(hint: DayHint | undefined, publishedAt: string): string | undefined {
  if (hint === undefined) return undefined;
  const published = new Date(publishedAt);
  let year = hint.year ?? published.getUTCFullYear();
  // A date without a year after the publication day is from the year before ("le 28 décembre" in January).
  if (hint.year === undefined && Date.UTC(year, hint.month - 1, hint.day) > published.getTime()) year--;
  const day = Date.UTC(year, hint.month - 1, hint.day, 12);
  const daysBefore = (published.getTime() - day) / 86_400_000;
  if (daysBefore < -0.5 || daysBefore > MAX_DAYS_BEFORE_PUBLICATION) return undefined;
  return new Date(day).toISOString();
}
