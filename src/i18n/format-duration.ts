import type { TFunction } from "i18next";

/** A span of time split into the units readers count in. */
export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

const MINUTE = 60_000;

/** Splits the time between two ISO instants into whole days, hours and minutes (never negative). */
export function toDurationParts(startIso: string, endIso: string): DurationParts {
  const minutes = Math.max(0, Math.floor((Date.parse(endIso) - Date.parse(startIso)) / MINUTE));
  return {
    days: Math.floor(minutes / 1440),
    hours: Math.floor((minutes % 1440) / 60),
    minutes: minutes % 60,
  };
}

/**
 * A duration in words with its two largest non-zero units ("6 heures et 12 minutes"): more precision
 * than that is noise for an outage whose end is itself approximate.
 */
export function formatDuration(parts: DurationParts, t: TFunction, intl: string): string {
  const words = (["days", "hours", "minutes"] as const)
    .map((unit) => ({ unit, count: parts[unit] }))
    .filter(({ count }) => count > 0)
    .slice(0, 2)
    .map(({ unit, count }) => t(`duration.${unit}`, { count }));
  if (words.length === 0) return t("duration.under_minute");
  return new Intl.ListFormat(intl, { type: "conjunction" }).format(words);
}
