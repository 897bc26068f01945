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
