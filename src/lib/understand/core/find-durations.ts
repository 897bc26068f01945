/**
 * Finds how long an outage lasted ("pendant près de six heures", "for about two hours",
 * "لمدة ساعتين", "une panne de 40 minutes") and how long ago it began ("depuis plus de deux heures",
 * "three hours ago", "منذ ساعتين") in normalised text. Only wording tied to the outage counts.
 */
import { speaksOfOutage } from "./speaks-of-outage.ts";

/** A length of time as written: `lasted` says how long it went on, `ago` how long before publication it began. */
export interface DurationMention {
  start: number;
  end: number;
  minutes: number;
  kind: "lasted" | "ago";
  /** "près de", "about", "نحو": the length is approximate. */
  hedged: boolean;
}

const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";

// Counts written in words, normalised (ة → ه, أ → ا).
const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  `1 un une a an one; 2 deux two; 3 trois three ثلاث ثلاثه; 4 quatre four اربع اربعه; 5 cinq five خمس خمسه;
  6 six ست سته; 7 sept seven سبع سبعه; 8 huit eight ثماني ثمان ثمانيه; 9 neuf nine تسع تسعه;
  10 dix ten عشر عشره; 11 onze eleven; 12 douze twelve; 15 quinze fifteen; 20 vingt twenty عشرين;
  30 trente thirty ثلاثين; 40 quarante forty اربعين; 50 cinquante fifty خمسين`
    .split(";")
    .flatMap((group) => {
      const [value = "", ...words] = group.trim().split(/\s+/);
      return words.map((word) => [word, Number(value)] as const);
    }),
);
const NUMBER = `\\d+(?:[.,]\\d+)?|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|")}`;
const HALF = "(?:\\s+et\\s+demie?|\\s+and\\s+a\\s+half|\\s+ونصف)?";
const AMOUNT = new RegExp(
  `${L}(${NUMBER})(\\s+and\\s+a\\s+half)?[\\s-]+(heures?|hours?|hrs?|minutes?|mins?|mn|ساعات|ساعه|دقائق|دقيقه)(${HALF})${R}`,
  "gu",
);
// Amounts written as one word or idiom.
const FIXED: [RegExp, number][] = [
  [/(?<![\p{L}])(?:(?:une\s+)?demi-heure|half an hour|نصف ساعه)(?![\p{L}])/gu, 30],
  [/(?<![\p{L}])(?:(?:un\s+)?quart d'heure|quarter of an hour|ربع ساعه)(?![\p{L}])/gu, 15],
  [/(?<![\p{L}])ساعه ونصف(?![\p{L}])/gu, 90],
  [/(?<![\p{L}])(?:ساعتين|ساعتان)(?![\p{L}])/gu, 120],
  [/(?<![\p{L}])(?:دقيقتين|دقيقتان)(?![\p{L}])/gu, 2],
  [/(?<![\p{L}])hour-long(?![\p{L}])/gu, 60],
  // A lone "ساعة" after a duration word ("استمر نحو ساعة"); "الساعة" is a clock and never matches.
  [/(?<![\p{L}])ساعه(?:\s+واحده)?(?![\p{L}])/gu, 60],
];

const HEDGE_WORDS =
  "pres de|plus de|moins de|environ|quelque|a peu pres|about|around|nearly|almost|more than|over|less than|roughly|approximately|some|just over|نحو|لنحو|حوالي|حوالى|قرابه|اكثر من|ما يقارب|زهاء|ما يزيد عن";
const HEDGE = `(?:(?:${HEDGE_WORDS})\\s+)?`;
const HEDGE_END = new RegExp(`${L}(?:${HEDGE_WORDS})\\s+$`, "u");
const ARTICLE = "(?:(?:a|the|les)\\s+)?";
const LASTED_BEFORE = new RegExp(
  `${L}(?:pendant|durant|dure|duree de|for|lasted|lasting|lasts|duration of|panne de|coupure de|interruption de|outage of|disruption of|downtime of|لمده|استمر|استمرت|دام|دامت|طيله|طوال|على مدى|after|apres|بعد)\\s+${ARTICLE}(${HEDGE})$`,
  "u",
);
// "après six heures de panne" says how long it lasted only when it then came back.
const AFTER_WORDS = /^(?:after|apres|بعد)(?![\p{L}])/u;
const RESTORED =
  /(?<![\p{L}])(?:retabli\p{L}*|de nouveau|a nouveau|repris|restored|back|recovered|عاد\p{L}*|استعاد\p{L}*)(?![\p{L}])/u;
const LASTED_AFTER =
  /^(?:\s*-?\s*(?:long\s+)?(?:de panne|d'interruption|de coupure|d'indisponibilite|de perturbations?|(?:of\s+)?downtime|outage|disruption|من العطل|من الانقطاع|من التوقف))(?![\p{L}])/u;
const AGO_BEFORE = new RegExp(`${L}(?:depuis|il y a|for the past|for the last|منذ)\\s+(${HEDGE})$`, "u");
const AGO_AFTER = /^\s+ago(?![\p{L}])/u;
// Verbs that already say the outage went on that long: "elle a duré six heures".
const LASTING = /(?<![\p{L}])(?:dure|duree|lasted|lasting|lasts|duration|استمر|استمرت|دام|دامت)(?![\p{L}])/u;

function toMinutes(number: string, unit: string, half: string): number {
  const value = NUMBER_WORDS[number] ?? Number(number.replace(",", "."));
  const minutes = /^(?:minute|min|mn|دقائق|دقيقه)/u.test(unit) ? value : value * 60;
  return minutes + (half.trim() ? (minutes >= 60 ? 30 : 0.5) : 0);
}

function collectAmounts(text: string): { start: number; end: number; minutes: number }[] {
  const found = [...text.matchAll(AMOUNT)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    minutes: toMinutes(m[1] ?? "", m[3] ?? "", `${m[2] ?? ""}${m[4] ?? ""}`),
  }));
  for (const [regex, minutes] of FIXED) {
    for (const m of text.matchAll(regex)) found.push({ start: m.index, end: m.index + m[0].length, minutes });
  }
  return found
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((amount, i, all) => i === 0 || amount.start >= (all[i - 1]?.end ?? 0));
}

interface Reading {
  kind: DurationMention["kind"];
  hedged: boolean;
  /** Characters of wording before and after the amount that belong to the phrase ("pendant près de", "ago"). */
  lead: number;
  trail: number;
}

function toReading(before: string, after: string, sentence: string, digits: boolean): Reading | undefined {
  const lasted = LASTED_BEFORE.exec(before);
  if (lasted) {
    if (AFTER_WORDS.test(lasted[0]) && !RESTORED.test(sentence)) return undefined;
    const trail = LASTED_AFTER.exec(after)?.[0].length ?? 0;
    return { kind: "lasted", hedged: (lasted[1] ?? "") !== "", lead: lasted[0].length, trail };
  }
  const noun = LASTED_AFTER.exec(after);
  if (noun) {
    const hedge = HEDGE_END.exec(before);
    return { kind: "lasted", hedged: hedge !== null, lead: hedge?.[0].length ?? 0, trail: noun[0].length };
  }
  const ago = AGO_BEFORE.exec(before);
  // "depuis 2 heures" is as often "since two o'clock": only words or a hedge make it a length.
  if (ago && !(digits && ago[0].startsWith("depuis") && ago[1] === "")) {
    return { kind: "ago", hedged: ago[1] !== "", lead: ago[0].length, trail: 0 };
  }
  const suffix = AGO_AFTER.exec(after);
  return suffix ? { kind: "ago", hedged: false, lead: 0, trail: suffix[0].length } : undefined;
}

/** Lengths of time tied to an outage in normalised text split into `sentences`, in order. */
export function findDurations(
  text: string,
  sentences: readonly { start: number; end: number }[],
): DurationMention[] {
  return collectAmounts(text).flatMap((amount) => {
    const at = sentences.findIndex((s) => amount.start >= s.start && amount.start < s.end);
    const sentence = sentences[at];
    if (sentence === undefined || amount.minutes <= 0) return [];
    const sentenceText = text.slice(sentence.start, sentence.end);
    // "Elle a duré six heures" speaks of the outage the sentence before names.
    const spoken = text.slice(sentences[at - 1]?.start ?? sentence.start, sentence.end);
    const before = text.slice(Math.max(sentence.start, amount.start - 40), amount.start);
    const after = text.slice(amount.end, Math.min(sentence.end, amount.end + 30));
    const digits = /^\d/.test(text.slice(amount.start, amount.end));
    const reading = toReading(before, after, sentenceText, digits);
    if (reading === undefined) return [];
    // A length is the outage's only where the sentence speaks of one (not "a 12-minute read").
    const tied = reading.kind === "lasted" && (reading.trail > 0 || LASTING.test(before));
    if (!(tied ? speaksOfOutage(spoken) : speaksOfOutage(sentenceText)) && !RESTORED.test(sentenceText))
      return [];
    return [
      {
        start: amount.start - reading.lead,
        end: amount.end + reading.trail,
        minutes: amount.minutes,
        kind: reading.kind,
        hedged: reading.hedged,
      },
    ];
  });
}
