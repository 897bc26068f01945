/**
 * Clock times of an article ("16h45 (GMT+1)", "11:44 a.m. ET", "الساعة الرابعة عصرا") read as UTC
 * instants, each with its role (start, end, other), its zone and the day it falls on.
 */
import type { Country } from "../definitions.ts";
import { extractCountriesNormalized } from "./extract-countries.ts";
import { findClockTimes, toTwentyFourHour, type ClockTime } from "./find-clock-times.ts";
import {
  findDates,
  findDayPart,
  findRelativeDays,
  type DateMention,
  type RelativeDay,
} from "./find-dates.ts";
import { findTimeZone, type ZoneMention } from "./find-time-zone.ts";
import { isTimeRange, toTimeRole, type TimeRole } from "./time-roles.ts";
import { pickDateMention, resolveDay, type ResolvedDay } from "./resolve-day.ts";
import { isValidTimeZone, wallTimeToUtc, type Zone } from "./zoned-time.ts";

/** What `extractTimes` needs besides the text. */
export interface TimeContext {
  /** UTC ISO publication time: anchors "hier", "ce lundi" and dates without a year. */
  publishedAt?: string;
  /** IANA zone of the outlet's country, for times written without a zone. */
  localTimeZone?: string;
  /** Countries, to read "بتوقيت المغرب", "heure marocaine" and "heure locale". */
  countries: readonly Country[];
}

/** A clock time with its sentence, its own zone wording and its role. */
export interface Candidate {
  clock: ClockTime;
  sentence: Range;
  own?: ZoneMention;
  role: TimeRole;
}

/** A span of normalised text. */
export interface Range {
  start: number;
  end: number;
}

/** A start, end or other time read as a UTC instant, with its wording. */
export interface Resolved {
  role: TimeRole;
  instant: number;
  dateSource?: DateMention | RelativeDay;
  wording: string;
  approximate?: true;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function toZone(name: string | undefined): Zone | undefined {
  return name !== undefined && isValidTimeZone(name) ? { kind: "iana", name } : undefined;
}

function namedZone(text: string, sentence: Range, countries: readonly Country[]): string | undefined {
  const named = extractCountriesNormalized(text.slice(sentence.start, sentence.end), countries);
  return named.map((code) => countries.find((c) => c.code === code)?.timeZone).find(Boolean);
}

/**
 * The zone of a time written without one: the outlet's, else (an outlet of unknown country) that
 * of the country the sentence names, where the story happens.
 */
export function defaultZone(text: string, sentence: Range, context: TimeContext): Zone | undefined {
  return toZone(context.localTimeZone ?? namedZone(text, sentence, context.countries));
}

function resolveZone(
  candidates: Candidate[],
  index: number,
  text: string,
  context: TimeContext,
): Zone | undefined {
  const candidate = candidates[index];
  if (candidate === undefined) return undefined;
  const sameSentence = candidates.filter((other) => other.sentence.start === candidate.sentence.start);
  const position = sameSentence.indexOf(candidate);
  const mention =
    candidate.own ??
    sameSentence.slice(position + 1).find((other) => other.own)?.own ??
    sameSentence
      .slice(0, position)
      .reverse()
      .find((other) => other.own)?.own;
  if (mention !== undefined && mention.zone !== "local") return mention.zone;
  // "heure locale" is the time where the story happens when the sentence names a place.
  if (mention?.zone === "local") {
    return toZone(namedZone(text, candidate.sentence, context.countries) ?? context.localTimeZone);
  }
  // An article that named its zone once ("minuit, heure française") writes its other times in it.
  const nearest = [...candidates]
    .filter((other) => other.own !== undefined && other.own.zone !== "local")
    .sort(
      (a, b) =>
        Math.abs(a.clock.start - candidate.clock.start) - Math.abs(b.clock.start - candidate.clock.start),
    )[0]?.own?.zone;
  return defaultZone(text, candidate.sentence, context) ?? (nearest === "local" ? undefined : nearest);
}

function toInstant(
  candidate: Candidate,
  day: ResolvedDay,
  zone: Zone,
  publishedMs: number,
  sentence: string,
): number | undefined {
  if (day.year === undefined) return undefined;
  const at = (meridiem: ClockTime["meridiem"]) => {
    const hour = toTwentyFourHour(candidate.clock, meridiem);
    const wall = {
      year: day.year ?? 0,
      month: day.month,
      day: day.day,
      hour: hour % 24,
      minute: candidate.clock.minute,
    };
    return wallTimeToUtc(wall, zone) + (hour === 24 ? DAY : 0);
  };
  let instant: number;
  if (candidate.clock.meridiem === "twelve-hour") {
    // Arabic hour words say "four", not which four: a day part decides, else the later one already past.
    const hint = findDayPart(sentence);
    const pm = at("pm");
    const fallback =
      !Number.isNaN(publishedMs) && pm > publishedMs
        ? "am"
        : candidate.clock.hour >= 7 && candidate.clock.hour < 12
          ? "am"
          : "pm";
    instant = hint ? at(hint) : fallback === "pm" ? pm : at("am");
  } else {
    instant = at(candidate.clock.meridiem);
  }
  // A report does not describe an outage still to come: "aujourd'hui à 23h" read after midnight.
  if (!day.explicit && !day.future && !Number.isNaN(publishedMs) && instant > publishedMs + HOUR)
    instant -= DAY;
  return instant;
}

function toCandidates(
  text: string,
  sentences: readonly Range[],
  original: (start: number, end: number) => string,
  countries: readonly Country[],
) {
  const clocks = findClockTimes(text);
  const candidates: Candidate[] = [];
  clocks.forEach((clock, index) => {
    const sentence = sentences.find((s) => clock.start >= s.start && clock.start < s.end) ?? {
      start: 0,
      end: text.length,
    };
    const limit = Math.min(sentence.end, clocks[index + 1]?.start ?? text.length);
    const own = findTimeZone(text, original, clock.end, limit, countries);
    if (clock.needsZone && own === undefined) return;
    const role = toTimeRole(
      text.slice(Math.max(sentence.start, clock.start - 80), clock.start),
      text.slice(own?.end ?? clock.end, limit),
    );
    candidates.push({ clock, sentence, role, ...(own ? { own } : {}) });
  });
  // "de 17h45 à minuit": the second time of a range is when it ended.
  candidates.forEach((candidate, index) => {
    const next = candidates[index + 1];
    if (next === undefined || next.sentence !== candidate.sentence) return;
    const gapStart = candidate.own?.end ?? candidate.clock.end;
    if (
      isTimeRange(
        text.slice(candidate.sentence.start, candidate.clock.start),
        text.slice(gapStart, next.clock.start),
      )
    ) {
      candidate.role = "start";
      next.role = "end";
    }
  });
  return candidates;
}

/** Clock times read as UTC instants with their role, in text order, and the day words they were dated by. */
export function extractClockTimes(
  norm: string,
  sentences: readonly Range[],
  original: (start: number, end: number) => string,
  context: TimeContext,
  publishedMs: number,
): { candidates: Candidate[]; resolved: Resolved[]; dates: DateMention[]; relatives: RelativeDay[] } {
  const dates = findDates(norm);
  const relatives = findRelativeDays(norm);
  const candidates = toCandidates(norm, sentences, original, context.countries);
  const resolved = candidates.flatMap((candidate, index) => {
    const zone = resolveZone(candidates, index, norm, context);
    const dateSource = pickDateMention(candidate.clock.start, candidate.sentence, dates, relatives);
    const day = zone && resolveDay(dateSource, publishedMs, zone);
    if (zone === undefined || day === undefined) return [];
    const sentence = norm.slice(candidate.sentence.start, candidate.sentence.end);
    const instant = toInstant(candidate, day, zone, publishedMs, sentence);
    if (instant === undefined || Number.isNaN(instant)) return [];
    const wording = original(candidate.clock.start, candidate.own?.end ?? candidate.clock.end).trim();
    return [{ role: candidate.role, instant, dateSource, wording }];
  });
  return { candidates, resolved, dates, relatives };
}
