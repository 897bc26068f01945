/**
 * Finds calendar dates ("lundi 4 octobre 2021", "October 4", "4 أكتوبر/تشرين الأول 2021",
 * "24/02/2021") and relative days ("hier", "today", "اليوم", "ce lundi") in normalised text.
 */
import { compileTerms, findTerms } from "./match-terms.ts";
import { normalizeForMatching } from "./normalize-text.ts";

/** A date as written; the year is missing when the text leaves it out. */
export interface DateMention {
  start: number;
  end: number;
  year?: number;
  month: number;
  day: number;
}

/** A day said relative to publication: `days` from it, or the last such `weekday` (0 = Sunday). */
export interface RelativeDay {
  start: number;
  end: number;
  days?: number;
  weekday?: number;
  /** "lundi dernier", "last Monday", "الاثنين الماضي": never the publication day itself. */
  past?: boolean;
}

const months = (names: string): string[][] =>
  names.split(";").map((month) => month.split(",").map((name) => normalizeForMatching(name.trim())));

const MONTHS = months(`
  janvier,january,jan,يناير,جانفي,كانون الثاني; février,february,feb,فبراير,فيفري,شباط;
  mars,march,mar,مارس,آذار; avril,april,apr,أبريل,ابريل,أفريل,نيسان; mai,may,ماي,مايو,أيار;
  juin,june,jun,يونيو,يونيه,جوان,حزيران; juillet,july,jul,يوليو,يوليوز,جويلية,جويلية,تموز;
  août,august,aug,أغسطس,غشت,أوت,آب; septembre,september,sept,sep,سبتمبر,شتنبر,أيلول;
  octobre,october,oct,أكتوبر,اكتوبر,تشرين الأول; novembre,november,nov,نوفمبر,نونبر,تشرين الثاني;
  décembre,december,dec,ديسمبر,دجنبر,كانون الأول`);

const MONTH_NUMBER = new Map(
  MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);
const MONTH = `(${[...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join("|")})\\.?`;
const YEAR = "(\\d{4})";
const DAY = "(1er|\\d{1,2})(?:st|nd|rd|th)?";
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";

const DATE_PATTERNS: { regex: RegExp; order: "dmy" | "mdy" }[] = [
  // 4 octobre 2021, 4 أكتوبر/تشرين الأول 2021, 14th of December
  {
    regex: new RegExp(
      `${B}${DAY}\\s+(?:of\\s+|من\\s+)?${MONTH}${E}(?:\\s*/\\s*(?:\\p{L}+\\s+)?\\p{L}+)?(?:,?\\s+(?:عام\\s+|سنه\\s+)?${YEAR}${E})?`,
      "gu",
    ),
    order: "dmy",
  },
  // October 4, 2021
  { regex: new RegExp(`${B}${MONTH}\\s+${DAY}${E}(?:,?\\s+${YEAR}${E})?`, "gu"), order: "mdy" },
];
const NUMERIC_DATE =
  /(?<![\p{N}/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\p{N}])|(?<![\p{N}])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/gu;

const WEEKDAYS = [
  "dimanche,sunday,الأحد",
  "lundi,monday,الإثنين,الاثنين",
  "mardi,tuesday,الثلاثاء",
  "mercredi,wednesday,الأربعاء",
  "jeudi,thursday,الخميس",
  "vendredi,friday,الجمعة",
  "samedi,saturday,السبت",
].map((names) => compileTerms(names.split(",")));

const RELATIVE: [RegExp, number][] = [
  [/(?<![\p{L}])(?:hier|yesterday|امس|البارحه)(?![\p{L}])/gu, -1],
  [/(?<![\p{L}])(?:demain|tomorrow|غدا)(?![\p{L}])/gu, 1],
  [
    /(?<![\p{L}])(?:aujourd'hui|today|tonight|اليوم|ce matin|this morning|cet apres-midi|this afternoon|ce soir|this evening|cette nuit)(?![\p{L}])/gu,
    0,
  ],
];

const PAST_AFTER = /^\s(?:dernier|derniere|passe|الماضي)(?![\p{L}])/u;

function toDate(day: number, month: number, year: number | undefined, start: number, end: number) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { start, end, day, month, ...(year === undefined ? {} : { year }) };
}

/** Calendar dates in normalised text, in order. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const { regex, order } of DATE_PATTERNS) {
    for (const m of text.matchAll(regex)) {
      const [day, monthName, year] = order === "dmy" ? [m[1], m[2], m[3]] : [m[2], m[1], m[3]];
      const month = MONTH_NUMBER.get(monthName ?? "") ?? 0;
      const date = toDate(
        day === "1er" ? 1 : Number(day),
        month,
        year ? Number(year) : undefined,
        m.index,
        m.index + m[0].length,
      );
      if (date) found.push(date);
    }
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const end = m.index + m[0].length;
    const date = m[4]
      ? toDate(Number(m[6]), Number(m[5]), Number(m[4]), m.index, end)
      : // Day first, as written in French and Arabic; month first only when the day cannot be a month.
        Number(m[2]) > 12
        ? toDate(Number(m[2]), Number(m[1]), Number(m[3]), m.index, end)
        : toDate(Number(m[1]), Number(m[2]), Number(m[3]), m.index, end);
    if (date) found.push(date);
  }
  return found
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((date, i, all) => i === 0 || date.start >= (all[i - 1]?.end ?? 0));
}

/** Relative days ("hier", "today", "ce lundi", "الثلاثاء") in normalised text, in order. */
export function findRelativeDays(text: string): RelativeDay[] {
  const found: RelativeDay[] = [];
  for (const [regex, days] of RELATIVE) {
    for (const m of text.matchAll(regex)) found.push({ start: m.index, end: m.index + m[0].length, days });
  }
  WEEKDAYS.forEach((regex, weekday) => {
    for (const { start, end } of findTerms(regex, text)) {
      const past =
        /(?:^|\s)last\s$/.test(text.slice(Math.max(0, start - 6), start)) || PAST_AFTER.test(text.slice(end));
      found.push({ start, end, weekday, ...(past ? { past } : {}) });
    }
  });
  return found.sort((a, b) => a.start - b.start);
}

/** "am" or "pm" when the text says which part of the day ("ce matin", "this afternoon", "مساء"). */
export function findDayPart(text: string): "am" | "pm" | undefined {
  if (
    /(?<![\p{L}])(?:apres-midi|apres midi|soir|soiree|afternoon|evening|tonight|مساء|عصر|ظهر|ليلا)/u.test(
      text,
    )
  )
    return "pm";
  if (/(?<![\p{L}])(?:matin|matinee|morning|صباح|صباحا|فجر)/u.test(text)) return "am";
  return undefined;
}
