/**
 * When an outage started (and ended, when said), read from the text in French, Arabic or English
 * with its zone, as a UTC instant. The date comes from the text, else from relative words resolved
 * against the publication time; the clock is never read.
 */
import { findDayPartTimes, toAgoStart, type ApproximateTime } from "./approximate-times.ts";
import { defaultZone, extractClockTimes, type Resolved, type TimeContext } from "./extract-clock-times.ts";
import { findDurations } from "./find-durations.ts";
import { normalizeWithOffsets, toOriginalSlice } from "./normalize-text.ts";
import { splitNormalizedSentences } from "./split-sentences.ts";

export type { TimeContext };

/** A UTC instant and the wording it was read from ("16h45 (GMT+1)", "depuis ce matin"). */
export interface TimeMention {
  at: string;
  text: string;
  /** Read from a part of the day or a length of time, not a clock time: right to within hours. */
  approximate?: true;
}

const DAY = 86_400_000;

function pickEnd(start: Resolved | undefined, ends: Resolved[]): Resolved | undefined {
  const later = ends.filter((time) => time !== start);
  const end = start === undefined ? later[0] : later.find((time) => time.instant > start.instant);
  if (end !== undefined || start === undefined || start.approximate) return end;
  // "de 17h45 à minuit": an end read on the same day as its start but before it is the next day.
  const wrapped = later.find(
    (time) => time.dateSource === start.dateSource && time.instant + DAY > start.instant,
  );
  return wrapped && { ...wrapped, instant: wrapped.instant + DAY };
}

/**
 * Start and end of the outage as UTC instants with their wording; either is absent when not said.
 * Clock times come first; a part of the day or "two hours ago" gives an approximate start, and a
 * length of time ("pendant six heures") an end from a known start.
 */
export function extractTimes(text: string, context: TimeContext): { start?: TimeMention; end?: TimeMention } {
  const normalized = normalizeWithOffsets(text);
  const norm = normalized.text;
  const original = (start: number, end: number) => toOriginalSlice(text, normalized, start, end);
  const publishedMs = context.publishedAt === undefined ? Number.NaN : Date.parse(context.publishedAt);
  const sentences = splitNormalizedSentences(text, normalized.offsets);
  const { candidates, resolved, dates, relatives } = extractClockTimes(
    norm,
    sentences,
    original,
    context,
    publishedMs,
  );
  const durations = findDurations(norm, sentences);
  const toResolved = (time: ApproximateTime): Resolved => ({
    role: time.role,
    instant: time.instant,
    wording: original(time.start, time.end).trim(),
    approximate: true,
  });
  const parts = findDayPartTimes({
    text: norm,
    sentences,
    clockSentences: new Set(candidates.map((candidate) => candidate.sentence.start)),
    dates,
    relatives,
    publishedMs,
    zoneFor: (sentence) => defaultZone(norm, sentence, context),
  }).map(toResolved);
  const ago = toAgoStart(durations, publishedMs);
  const start =
    resolved.find((time) => time.role === "start") ??
    parts.find((time) => time.role === "start") ??
    (ago && toResolved(ago));
  let end =
    pickEnd(
      start,
      resolved.filter((time) => time.role === "end"),
    ) ??
    pickEnd(
      start,
      parts.filter((time) => time.role === "end"),
    );
  const lasted = durations.find((duration) => duration.kind === "lasted");
  if (end === undefined && start !== undefined && lasted !== undefined) {
    const wording = original(lasted.start, lasted.end).trim();
    end = { role: "end", instant: start.instant + lasted.minutes * 60_000, wording, approximate: true };
  }
  const toMention = (time: Resolved): TimeMention => ({
    at: new Date(time.instant).toISOString(),
    text: time.wording,
    ...(time.approximate ? { approximate: true } : {}),
  });
  return { ...(start ? { start: toMention(start) } : {}), ...(end ? { end: toMention(end) } : {}) };
}
