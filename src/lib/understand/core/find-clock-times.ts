/**
 * Finds wall-clock times in normalised text: "16h45", "17 heures", "11:44 a.m.", "5.45pm",
 * "الساعة الرابعة عصرا", "الساعة 16:45", "minuit". Zones and dates are read elsewhere.
 */

/** A time of day as written, before any zone or date is applied. */
export interface ClockTime {
  start: number;
  end: number;
  hour: number;
  minute: number;
  /** "am"/"pm" when said; "twelve-hour" for a 1–12 hour that could be either (Arabic number words). */
  meridiem?: "am" | "pm" | "twelve-hour";
  /** Written "11,50" or "5.45": only a time when a meridiem or a zone follows, else a number. */
  needsZone: boolean;
}

const B = "(?<![\\p{L}\\p{N}:.,/])";
const MERIDIEM = "(a\\.?\\s?m\\b\\.?|p\\.?\\s?m\\b\\.?)";
const FR_DAY_PART = "(\\s+du\\s+matin|\\s+de\\s+l'apres-midi|\\s+de\\s+l'apres\\s+midi|\\s+du\\s+soir)?";
const AR_DAY_PART = "(?:\\s+(صباحا|فجرا|ظهرا|بعد الظهر|عصرا|مساء|مساءا|ليلا))?";
const AR_MINUTES = "(?:\\s*(والنصف|والربع|والثلث|الا ربعا|الا الربع|الا ثلثا|و\\s*\\d{1,2}\\s*دقيق\\S*))?";

const AR_HOURS: [string, number][] = [
  ["الحاديه عشره?", 11],
  ["الثانيه عشره?", 12],
  ["الواحده", 1],
  ["الثانيه", 2],
  ["الثالثه", 3],
  ["الرابعه", 4],
  ["الخامسه", 5],
  ["السادسه", 6],
  ["السابعه", 7],
  ["الثامنه", 8],
  ["التاسعه", 9],
  ["العاشره", 10],
];

const PATTERNS = {
  // 16h45, 16 h 45, 17h, 17 heures, 17 heures 30
  french: new RegExp(
    `${B}(\\d{1,2})\\s?(?:h|heures?)(?:\\s?(\\d{2}))?(?![\\p{L}\\p{N}/])${FR_DAY_PART}`,
    "gu",
  ),
  // 15:45, 11:44 a.m., 5.45pm, 11,50 (then needs a zone)
  separated: new RegExp(`${B}(\\d{1,2})([:.,])(\\d{2})(?![\\p{N}]|[:.,]\\d)(?:\\s?${MERIDIEM})?`, "gu"),
  // 7 a.m., 6pm
  meridiem: new RegExp(`${B}(\\d{1,2})\\s?${MERIDIEM}`, "gu"),
  // الساعة 4, الساعة الرابعة والنصف عصرا
  arabic: new RegExp(
    `الساعه\\s+(?:(\\d{1,2})(?![\\p{N}:.,])|(${AR_HOURS.map(([word]) => word).join("|")}))${AR_MINUTES}${AR_DAY_PART}`,
    "gu",
  ),
  // à minuit, vers midi, at noon, منتصف الليل
  named:
    /(?<=(?:^|\s)(?:a|vers|apres|jusqu'a|avant|des|depuis|at|around|after|until|before|by|since)\s+)(minuit|midi|midnight|noon)\b|منتصف الليل/gu,
};

// Durations ("pendant 6h", "plus de 2 heures", "6h de panne") are not times of day.
const DURATION_BEFORE =
  /(?<![\p{L}])(?:pendant|durant|plus de|moins de|pres de|il y a|en|pour|for|over|lasted|لمده|مده)\s*$/u;
const DURATION_AFTER = /^\s*(?:de panne|d'interruption|de coupure|durant|plus tard|later|de suite)/u;

function toMeridiem(word: string | undefined): ClockTime["meridiem"] {
  if (word === undefined || word === "") return undefined;
  if (/^a|matin|صباحا|فجرا/.test(word.trim())) return "am";
  return "pm";
}

function arabicMinutes(word: string | undefined): { delta: number; minutes: number } {
  if (word === undefined) return { delta: 0, minutes: 0 };
  if (word === "والنصف") return { delta: 0, minutes: 30 };
  if (word === "والربع") return { delta: 0, minutes: 15 };
  if (word === "والثلث") return { delta: 0, minutes: 20 };
  if (word.startsWith("الا ربع") || word === "الا الربع") return { delta: -1, minutes: 45 };
  if (word === "الا ثلثا") return { delta: -1, minutes: 40 };
  return { delta: 0, minutes: Number(/\d+/.exec(word)?.[0] ?? 0) };
}

function isDuration(text: string, start: number, end: number): boolean {
  return (
    DURATION_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
    DURATION_AFTER.test(text.slice(end, end + 20))
  );
}

function valid(time: ClockTime): boolean {
  return time.hour >= 0 && time.hour <= 24 && time.minute >= 0 && time.minute < 60;
}

function collect(text: string): ClockTime[] {
  const times: ClockTime[] = [];
  for (const m of text.matchAll(PATTERNS.french)) {
    const base = {
      start: m.index,
      end: m.index + m[0].length,
      hour: Number(m[1]),
      minute: Number(m[2] ?? 0),
    };
    times.push({ ...base, meridiem: m[3] ? toMeridiem(m[3]) : undefined, needsZone: false });
  }
  for (const m of text.matchAll(PATTERNS.separated)) {
    const base = { start: m.index, end: m.index + m[0].length, hour: Number(m[1]), minute: Number(m[3]) };
    times.push({ ...base, meridiem: toMeridiem(m[4]), needsZone: m[2] !== ":" && m[4] === undefined });
  }
  for (const m of text.matchAll(PATTERNS.meridiem)) {
    const base = { start: m.index, end: m.index + m[0].length, hour: Number(m[1]), minute: 0 };
    times.push({ ...base, meridiem: toMeridiem(m[2]), needsZone: false });
  }
  for (const m of text.matchAll(PATTERNS.arabic)) {
    const word = AR_HOURS.find(([pattern]) => new RegExp(`^${pattern}$`, "u").test(m[2] ?? ""));
    const { delta, minutes } = arabicMinutes(m[3]);
    const hour = (word?.[1] ?? Number(m[1])) + delta;
    const meridiem = m[4] ? toMeridiem(m[4]) : hour >= 1 && hour <= 12 ? "twelve-hour" : undefined;
    times.push({
      start: m.index,
      end: m.index + m[0].length,
      hour,
      minute: minutes,
      meridiem,
      needsZone: false,
    });
  }
  for (const m of text.matchAll(PATTERNS.named)) {
    const hour = m[0] === "midi" || m[0] === "noon" ? 12 : 0;
    times.push({ start: m.index, end: m.index + m[0].length, hour, minute: 0, needsZone: false });
  }
  return times;
}

/** Times of day in `text` (normalised), in order, overlaps resolved to the longest match. */
export function findClockTimes(text: string): ClockTime[] {
  const sorted = collect(text)
    .filter((time) => valid(time) && !isDuration(text, time.start, time.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ClockTime[] = [];
  for (const time of sorted) {
    const last = kept[kept.length - 1];
    if (last !== undefined && time.start < last.end) continue;
    kept.push(time);
  }
  return kept;
}

/** The 24-hour clock hour of a time with its meridiem applied ("twelve-hour" is left as written). */
export function toTwentyFourHour(time: ClockTime, meridiem = time.meridiem): number {
  const hour = time.hour % 24;
  if (meridiem === "am") return hour === 12 ? 0 : hour;
  if (meridiem === "pm") return hour < 12 ? hour + 12 : hour;
  return hour;
}
