/**
 * Finds parts of the day said without a clock time ("ce matin", "dans l'après-midi", "early Tuesday
 * morning", "صباح اليوم", "مساء أمس") in normalised text, each with the hour that stands for it.
 */

/** A part of the day as written, with its representative hour and the hour it begins (local time). */
export interface DayPartMention {
  start: number;
  end: number;
  /** The hour that stands for the whole part: see `DAY_PARTS`. */
  hour: number;
  /** When the part begins: used instead of `hour` when the article was published before `hour`. */
  from: number;
  /** Days to add to the day it is attached to: Arabic "ليلة الجمعة" is the night before Friday. */
  dayOffset: number;
}

type Part = "morning" | "midday" | "afternoon" | "evening" | "night";
type Modifier = "early" | "mid" | "late" | "plain";

/**
 * Representative hours, local time, as [hour, from]. A part is represented by an hour inside it,
 * near its middle, so the error is at most half the part; "fin de matinée", "late afternoon" and
 * "early morning" narrow it. The values are a documented convention, not a measurement.
 */
export const DAY_PARTS: Record<
  Part,
  Partial<Record<Modifier, [number, number]>> & { plain: [number, number] }
> = {
  morning: { early: [6, 4], mid: [10, 9], late: [11, 10], plain: [9, 6] },
  midday: { plain: [12, 11] },
  afternoon: { early: [13, 12], late: [17, 16], plain: [15, 12] },
  evening: { early: [18, 17], late: [22, 21], plain: [20, 18] },
  night: { plain: [23, 21] },
};

const L = "(?<![\\p{L}])";
const R = "(?![\\p{L}])";
// Longest wording first: "بعد الظهر" is the afternoon, "الظهر" midday.
// Arabic glues "and", "in" and the article to the word: "وصباح", "في المساء", "بالليل".
const AR = "[وفب]?(?:ال)?";
const WORDS: [string, Part, Modifier?][] = [
  [`apres-midi|apres midi|afternoon|${AR}بعد الظهر|${AR}بعد الظهيره`, "afternoon"],
  [`${AR}عصر|عصرا`, "afternoon", "late"],
  [`petit matin|aurore|aube|${AR}فجر|فجرا|${AR}صباح الباكر`, "morning", "early"],
  [`matinee|matin|morning|${AR}صباح|صباحا`, "morning"],
  [`mi-journee|midday|lunchtime|heure du dejeuner|${AR}ظهيره|ظهرا`, "midday"],
  [`soiree|soir|evening|tonight|${AR}مساء|مساءا`, "evening"],
  [`nuit|overnight|night|${AR}ليل|ليلا|${AR}ليله`, "night"],
];
const PATTERN = new RegExp(WORDS.map(([words]) => `${L}(?:${words})${R}`).join("|"), "gu");

const EARLY =
  /(?:^|[\s'])(?:tot|debut|early|اوائل)(?:\s+(?:de|d'|dans|le|la|ce|cette|l'|in|the|on))*[\s']*(?:\p{L}+\s+)?$/u;
const MID = /(?:^|\s)(?:milieu|mid|mi|منتصف)(?:\s+(?:de|d'|la|l'|the))*[\s'-]*$/u;
const LATE =
  /(?:^|[\s'])(?:fin|tard|late|اواخر|اخر)(?:\s+(?:de|d'|dans|la|l'|in|the|on))*[\s']*(?:\p{L}+\s+)?$/u;
const MODIFIERS: [RegExp, Modifier][] = [
  [MID, "mid"],
  [LATE, "late"],
  [EARLY, "early"],
];
// Arabic "ليلة الجمعة": the night that leads into the named day.
const NIGHT_BEFORE_WEEKDAY = /^\s+(?:يوم\s+)?ال(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)(?![\p{L}])/u;

function toPart(word: string): { part: Part; modifier?: Modifier } | undefined {
  for (const [words, part, modifier] of WORDS) {
    if (new RegExp(`^(?:${words})$`, "u").test(word)) return { part, ...(modifier ? { modifier } : {}) };
  }
  return undefined;
}

function toModifier(before: string): { modifier: Modifier; length: number } {
  for (const [regex, modifier] of MODIFIERS) {
    const found = regex.exec(before);
    if (found) return { modifier, length: found[0].trimStart().length };
  }
  return { modifier: "plain", length: 0 };
}

/** Parts of the day in normalised text, in order; a mention starts at its modifier ("fin de la"). */
export function findDayParts(text: string): DayPartMention[] {
  const found: DayPartMention[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const known = toPart(m[0]);
    if (known === undefined) continue;
    const said = toModifier(text.slice(Math.max(0, m.index - 24), m.index));
    const modifier = known.modifier ?? said.modifier;
    const hours = DAY_PARTS[known.part];
    const [hour, from] = hours[modifier] ?? hours.plain;
    const end = m.index + m[0].length;
    const nightBefore = /ليل/u.test(m[0]) && NIGHT_BEFORE_WEEKDAY.test(text.slice(end, end + 16));
    const start = m.index - (known.modifier ? 0 : said.length);
    found.push({ start, end, hour, from, dayOffset: nightBefore ? -1 : 0 });
  }
  return found;
}
