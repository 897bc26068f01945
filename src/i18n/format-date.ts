/**
 * Dates for readers. Always UTC, always the locale's own Intl tag: the same database must give the
 * same pages whatever the machine's time zone or locale.
 */
const DATE_TIME: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
  timeZoneName: "short",
};
const DATE: Intl.DateTimeFormatOptions = { dateStyle: "long", timeZone: "UTC" };

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(intl: string, kind: "date" | "date-time"): Intl.DateTimeFormat {
  const key = `${intl}|${kind}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intl, kind === "date" ? DATE : DATE_TIME);
    cache.set(key, format);
  }
  return format;
}

/** A day in words, in UTC: "4 octobre 2021". */
export function formatDate(iso: string, intl: string): string {
  return formatter(intl, "date").format(new Date(iso));
}

/** A day and a time, in UTC and saying so: "4 octobre 2021 à 15:39 UTC". */
export function formatDateTime(iso: string, intl: string): string {
  return formatter(intl, "date-time").format(new Date(iso));
}

/** The UTC calendar year of an ISO time: archives are filed by it. */
export function toUtcYear(iso: string): number {
  return new Date(iso).getUTCFullYear();
}
