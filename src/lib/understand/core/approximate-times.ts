/**
 * Starts and ends said without a clock time: a part of the day ("depuis ce matin", "مساء أمس") placed
 * at its representative hour, or a length of time counted back from publication ("depuis plus de
 * deux heures"). Both need the publication time, and both are only approximate.
 */
import type { DateMention, RelativeDay } from "./find-dates.ts";
import { findDayParts, type DayPartMention } from "./find-day-parts.ts";
import type { DurationMention } from "./find-durations.ts";
import { pickDateMention, resolveDay } from "./resolve-day.ts";
import { speaksOfOutage } from "./speaks-of-outage.ts";
import { findTimeCue } from "./time-roles.ts";
import { addDays, wallTimeToUtc, type Zone } from "./zoned-time.ts";

/** An approximate start or end and where its wording lies in the normalised text. */
export interface ApproximateTime {
  role: "start" | "end";
  instant: number;
  start: number;
  end: number;
}

/** What reading parts of the day needs from the text around them. */
export interface DayPartInput {
  /** Normalised text. */
  text: string;
  sentences: readonly { start: number; end: number }[];
  /** Starts of the sentences that give a clock time: those are read precisely instead. */
  clockSentences: ReadonlySet<number>;
  dates: DateMention[];
  relatives: RelativeDay[];
  publishedMs: number;
  zoneFor: (sentence: { start: number; end: number }) => Zone | undefined;
}

// "Rogers said Friday afternoon", "a indiqué mardi matin": the time of a statement, not of the outage.
const REPORTED =
  /(?<![\p{L}])(?:said|says|told|announced|tweeted|confirmed|acknowledged|wrote|indique|annonce|declare|confirme|reconnu|precise|explique|reagi|tweete|ecrit|prevue?s?|scheduled|planned|قال|قالت|اعلن|اعلنت|اكد|اكدت|افاد|افادت|ذكر|ذكرت|صرح|صرحت|اوضح|اوضحت)(?![\p{L}])[^.,]{0,24}$/u;
/** How close (characters) a day word must be to a part of the day to be quoted with it ("ce matin"). */
const DAY_WORD_REACH = 14;
const DAY = 86_400_000;

function toRole(input: DayPartInput, part: DayPartMention, sentence: { start: number; end: number }) {
  const before = input.text.slice(sentence.start, part.start);
  if (REPORTED.test(before)) return undefined;
  const cue = findTimeCue(before, input.text.slice(part.end, sentence.end));
  if (cue === "other") return undefined;
  if (cue !== undefined) return cue;
  // No word says it began then: only a sentence about the outage itself dates it.
  return speaksOfOutage(input.text.slice(sentence.start, sentence.end)) ? "start" : undefined;
}

function toInstant(input: DayPartInput, part: DayPartMention, sentence: { start: number; end: number }) {
  const zone = input.zoneFor(sentence);
  if (zone === undefined) return undefined;
  const mention = pickDateMention(part.start, sentence, input.dates, input.relatives);
  const day = resolveDay(mention, input.publishedMs, zone);
  if (day?.year === undefined || day.future) return undefined;
  const date = addDays({ year: day.year, month: day.month, day: day.day }, part.dayOffset);
  const at = (hour: number) => wallTimeToUtc({ ...date, hour, minute: 0 }, zone);
  const instant = at(part.hour);
  if (instant <= input.publishedMs) return { instant, mention };
  // A part still under way at publication stands at its beginning; one not yet begun is yesterday's.
  if (at(part.from) <= input.publishedMs) return { instant: at(part.from), mention };
  return day.explicit ? undefined : { instant: instant - DAY, mention };
}

/** The first start and the first later end said as parts of the day, outside sentences with a clock time. */
export function findDayPartTimes(input: DayPartInput): ApproximateTime[] {
  if (Number.isNaN(input.publishedMs)) return [];
  return findDayParts(input.text).flatMap((part) => {
    const sentence = input.sentences.find((s) => part.start >= s.start && part.start < s.end);
    if (sentence === undefined || input.clockSentences.has(sentence.start)) return [];
    const role = toRole(input, part, sentence);
    const resolved = role && toInstant(input, part, sentence);
    if (role === undefined || resolved === undefined) return [];
    const near = resolved.mention;
    const quoted =
      near !== undefined &&
      near.start >= sentence.start &&
      near.end <= sentence.end &&
      Math.max(near.start - part.end, part.start - near.end) <= DAY_WORD_REACH;
    return [
      {
        role,
        instant: resolved.instant,
        start: quoted ? Math.min(part.start, near.start) : part.start,
        end: quoted ? Math.max(part.end, near.end) : part.end,
      },
    ];
  });
}

/** A start counted back from publication by "depuis plus de deux heures", "two hours ago", "منذ ساعتين". */
export function toAgoStart(
  durations: readonly DurationMention[],
  publishedMs: number,
): ApproximateTime | undefined {
  const ago = durations.find((duration) => duration.kind === "ago");
  if (ago === undefined || Number.isNaN(publishedMs)) return undefined;
  return { role: "start", instant: publishedMs - ago.minutes * 60_000, start: ago.start, end: ago.end };
}
