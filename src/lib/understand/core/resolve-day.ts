/** Which calendar day a time of day is on, from dates and relative words around it. */
import type { DateMention, RelativeDay } from "./find-dates.ts";
import { addDays, dayOfWeek, utcToWallTime, type Zone } from "./zoned-time.ts";

/** A calendar day; `explicit` when the text wrote the date, `future` for "demain"/"tomorrow". */
export interface ResolvedDay {
  year?: number;
  month: number;
  day: number;
  explicit: boolean;
  future?: boolean;
}

/** The date a time is on: same sentence first (a date, then "hier"/"lundi"), then the last one said before. */
export function pickDateMention(
  clockStart: number,
  sentence: { start: number; end: number },
  dates: DateMention[],
  relatives: RelativeDay[],
): DateMention | RelativeDay | undefined {
  const inSentence = <T extends { start: number }>(items: T[]) =>
    items.filter((item) => item.start >= sentence.start && item.start < sentence.end);
  const before = <T extends { start: number }>(items: T[]) => items.filter((item) => item.start < clockStart);
  const nearest = <T extends { start: number }>(items: T[]) =>
    before(items).pop() ?? items.find((item) => item.start > clockStart);
  return (
    nearest(inSentence(dates)) ??
    nearest(inSentence(relatives)) ??
    before(dates).pop() ??
    before(relatives).pop()
  );
}

/** The calendar day of a date mention in `zone`, relative mentions counted from publication. */
export function resolveDay(
  mention: DateMention | RelativeDay | undefined,
  publishedMs: number,
  zone: Zone,
): ResolvedDay | undefined {
  const published = Number.isNaN(publishedMs) ? undefined : utcToWallTime(publishedMs, zone);
  if (mention !== undefined && "month" in mention) {
    const year = mention.year ?? published?.year;
    if (year === undefined) return undefined;
    // A date without a year later than publication is from the year before ("le 28 décembre" in January).
    const late = mention.year === undefined && published && mention.month > published.month + 1 ? 1 : 0;
    return { year: year - late, month: mention.month, day: mention.day, explicit: true };
  }
  if (published === undefined) return undefined;
  if (mention?.days !== undefined) {
    return { ...addDays(published, mention.days), explicit: false, future: mention.days > 0 };
  }
  if (mention?.weekday !== undefined) {
    const back = (dayOfWeek(published) - mention.weekday + 7) % 7 || (mention.past ? 7 : 0);
    return { ...addDays(published, -back), explicit: false };
  }
  return { ...published, explicit: false };
}
