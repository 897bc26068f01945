/**
 * When an outage started (and ended, when said), read from the text in French, Arabic or English
 * with its zone, as a UTC instant. The date comes from the text, else from relative words resolved
 * against the publication time; the clock is never read.
 */
import type { Country } from "../definitions.ts";
import { extractCountriesNormalized } from "./extract-countries.ts";
import { findClockTimes, toTwentyFourHour, type ClockTime } from "./find-clock-times.ts";
import { findDates, findDayPart, findRelativeDays } from "./find-dates.ts";
import { findTimeZone, type ZoneMention } from "./find-time-zone.ts";
import { normalizeWithOffsets, toOriginalSlice } from "./normalize-text.ts";
import { splitSentences } from "./split-sentences.ts";
import { isTimeRange, toTimeRole, type TimeRole } from "./time-roles.ts";
import { pickDateMention, resolveDay, type ResolvedDay } from "./resolve-day.ts";
import { isValidTimeZone, wallTimeToUtc, type Zone } from "./zoned-time.ts";

/** A UTC instant and the wording it was read from ("16h45 (GMT+1)"). */
export interface TimeMention {
  at: string;
  text: string;
}

/** What `extractTimes` needs besides the text. */
export interface TimeContext {
  /** UTC ISO publication time: anchors "hier", "ce lundi" and dates without a year. */
  publishedAt?: string;
  /** IANA zone of the outlet's country, for times written without a zone. */
  localTimeZone?: string;
  /** Countries, to read "بتوقيت المغرب", "heure marocaine" and "heure locale". */
  countries: readonly Country[];
}

interface Candidate {
  clock: ClockTime;
  sentence: { start: number; end: number };
  own?: ZoneMention;
  role: TimeRole;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function toZone(name: string | undefined): Zone | undefined {
  return name !== undefined && isValidTimeZone(name) ? { kind: "iana", name } : undefined;
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
  if (mention?.zone === "local") {
    // "heure locale" is the time where the story happens when the sentence names a place.
    const named = extractCountriesNormalized(
      text.slice(candidate.sentence.start, candidate.sentence.end),
      context.countries,
    );
    const zone = named.map((code) => context.countries.find((c) => c.code === code)?.timeZone).find(Boolean);
    return toZone(zone ?? context.localTimeZone);
  }
  return toZone(context.localTimeZone);
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
  original: (start: number, end: number) => string,
  countries: readonly Country[],
) {
  const sentences = splitSentences(text).map((s) => ({ start: s.start, end: s.start + s.text.length }));
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
    const role = toTimeRole(text.slice(Math.max(sentence.start, clock.start - 80), clock.start));
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

/** Start and end of the outage as UTC instants with their wording; either is absent when not said. */
export function extractTimes(text: string, context: TimeContext): { start?: TimeMention; end?: TimeMention } {
  const normalized = normalizeWithOffsets(text);
  const norm = normalized.text;
  const original = (start: number, end: number) => toOriginalSlice(text, normalized, start, end);
  const publishedMs = context.publishedAt === undefined ? Number.NaN : Date.parse(context.publishedAt);
  const dates = findDates(norm);
  const relatives = findRelativeDays(norm);
  const candidates = toCandidates(norm, original, context.countries);
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
  const start = resolved.find((time) => time.role === "start");
  const later = resolved.filter((time) => time.role === "end" && (start === undefined || time !== start));
  let end = start === undefined ? later[0] : later.find((time) => time.instant > start.instant);
  if (end === undefined && start !== undefined) {
    // "de 17h45 à minuit": an end read on the same day as its start but before it is the next day.
    const wrapped = later.find(
      (time) => time.dateSource === start.dateSource && time.instant + DAY > start.instant,
    );
    if (wrapped) end = { ...wrapped, instant: wrapped.instant + DAY };
  }
  const toMention = (time: { instant: number; wording: string }): TimeMention => ({
    at: new Date(time.instant).toISOString(),
    text: time.wording,
  });
  return { ...(start ? { start: toMention(start) } : {}), ...(end ? { end: toMention(end) } : {}) };
}
