/**
 * Wall-clock time in a zone to UTC and back, with Intl only: no dependency, no reliance on the
 * machine's own zone (everything goes through `Date.UTC` and an explicit `timeZone`).
 */

/** A calendar date and wall-clock time, months 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Where a wall-clock time is read: an IANA zone, or a fixed offset east of UTC in minutes. */
export type Zone = { kind: "iana"; name: string } | { kind: "offset"; minutes: number };

const MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether Intl knows the IANA zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock time in `timeZone` at the UTC instant `epochMs`. */
export function toWallTime(epochMs: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
  };
}

function offsetMinutesAt(epochMs: number, timeZone: string): number {
  const wall = toWallTime(epochMs, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return Math.round((asUtc - Math.floor(epochMs / MINUTE) * MINUTE) / MINUTE);
}

/** UTC epoch ms of a wall-clock time in an IANA zone; two passes so DST changes resolve right. */
export function zonedTimeToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const first = asUtc - offsetMinutesAt(asUtc, timeZone) * MINUTE;
  return asUtc - offsetMinutesAt(first, timeZone) * MINUTE;
}

/** UTC epoch ms of a wall-clock time in a zone. */
export function wallTimeToUtc(wall: WallTime, zone: Zone): number {
  if (zone.kind === "iana") {
    return zonedTimeToUtc(wall.year, wall.month, wall.day, wall.hour, wall.minute, zone.name);
  }
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - zone.minutes * MINUTE;
}

/** Wall-clock time in a zone at a UTC instant. */
export function utcToWallTime(epochMs: number, zone: Zone): WallTime {
  if (zone.kind === "iana") return toWallTime(epochMs, zone.name);
  const shifted = new Date(epochMs + zone.minutes * MINUTE);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** The calendar date `days` after the given one (negative for before). */
export function addDays(date: { year: number; month: number; day: number }, days: number) {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Day of the week, 0 = Sunday, of a calendar date. */
export function dayOfWeek(date: { year: number; month: number; day: number }): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}
