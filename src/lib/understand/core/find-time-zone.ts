/**
 * Reads the zone written right after a time: "(GMT+1)", "heure de l'Est", "ET", "بتوقيت غرينتش",
 * "بتوقيت مكة المكرمة", "heure locale", "heure marocaine" (through the gazetteer's countries).
 */
import type { Country } from "../definitions.ts";
import { extractCountriesNormalized } from "./extract-countries.ts";
import type { Zone } from "./zoned-time.ts";

/** A zone phrase, or "local" for "heure locale"/"local time", with where its wording ends. */
export interface ZoneMention {
  zone: Zone | "local";
  start: number;
  end: number;
}

/** How far after a time its zone may start ("16h35, heure du Pacifique"). */
const ZONE_REACH = 24;

const iana = (name: string): Zone => ({ kind: "iana", name });
const offset = (minutes: number): Zone => ({ kind: "offset", minutes });

// Abbreviations only count in capitals: "et"/"est" are French words, "ET"/"EST" are zones.
const ABBREVIATIONS: Record<string, Zone> = {
  ET: iana("America/New_York"),
  EST: offset(-300),
  EDT: offset(-240),
  CT: iana("America/Chicago"),
  CST: offset(-360),
  CDT: offset(-300),
  PT: iana("America/Los_Angeles"),
  PST: offset(-480),
  PDT: offset(-420),
  CET: offset(60),
  CEST: offset(120),
  BST: offset(60),
  IST: offset(330),
  EAT: offset(180),
  WAT: offset(60),
};

// Named zones, most specific first; "local" is resolved by the caller.
const NAMED: [RegExp, Zone | "local"][] = [
  [
    /^(?:heure\s+)?(?:normale\s+)?de\s+l'est|^(?:us\s+)?eastern(?:\s+(?:standard|daylight))?(?:\s+time)?/u,
    iana("America/New_York"),
  ],
  [/^heure\s+du\s+pacifique|^pacific(?:\s+(?:standard|daylight))?(?:\s+time)?/u, iana("America/Los_Angeles")],
  [/^heure\s+du\s+centre|^central\s+time/u, iana("America/Chicago")],
  [/^central\s+european(?:\s+summer)?\s+time/u, iana("Europe/Paris")],
  [/^british\s+summer\s+time|^heure\s+de\s+londres|^london\s+time/u, iana("Europe/London")],
  [/^indian\s+standard\s+time/u, offset(330)],
  [/^east\s+african?\s+time/u, offset(180)],
  [/^heure\s+de\s+paris|^heure\s+francaise|^heure\s+de\s+france|^paris\s+time/u, iana("Europe/Paris")],
  [
    /^(?:heure\s+de\s+(?:la\s+)?)?mecque|^mecca\s+time|^ب?(?:ال)?توقيت\s+(?:مكه(?:\s+المكرمه)?|(?:ال)?سعوديه)/u,
    iana("Asia/Riyadh"),
  ],
  [/^heure\s+locale|^local\s+time|^ب?(?:ال)?توقيت\s+المحلي/u, "local"],
  [/^(?:ب?(?:ال)?توقيت|بحسب\s+ميقات|ميقات)\s+(?:غ|ج|ق)ري?ني?تش|^ت\s?\.?\s?غ(?![\p{L}])/u, offset(0)],
];

const GMT = /^(?:heure\s+)?(?:gmt|utc)(?:\s*([+\-−])\s*(\d{1,2})(?:[:h]?(\d{2}))?)?(?![\p{L}\p{N}])/u;
// "heure du Maroc", "heure marocaine", "بتوقيت المغرب", "Moroccan time", "au Maroc".
const COUNTRY_PHRASE =
  /^(?:heure\s+(?:de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+|d')?|ب?(?:ال)?توقيت\s+|(?:a|au|en|aux)\s+)((?:[\p{L}'-]+\s*){1,2})|^((?:[\p{L}'-]+\s+){1,2})time\b/u;
const ABBREVIATION = /^([a-z]{2,4})(?![\p{L}\p{N}])/u;

function readGmt(match: RegExpExecArray): Zone {
  if (match[1] === undefined) return offset(0);
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return offset(match[1] === "+" ? minutes : -minutes);
}

function readCountry(words: string, countries: readonly Country[]): Zone | undefined {
  for (const code of extractCountriesNormalized(words, countries)) {
    const timeZone = countries.find((country) => country.code === code)?.timeZone;
    if (timeZone !== undefined) return iana(timeZone);
  }
  return undefined;
}

function readAt(
  text: string,
  original: (start: number, end: number) => string,
  at: number,
  countries: readonly Country[],
) {
  const rest = text.slice(at);
  const gmt = GMT.exec(rest);
  if (gmt) return { zone: readGmt(gmt), length: gmt[0].length };
  for (const [regex, zone] of NAMED) {
    const named = regex.exec(rest);
    if (named) return { zone, length: named[0].length };
  }
  const abbreviation = ABBREVIATION.exec(rest);
  const upper = abbreviation && original(at, at + abbreviation[0].length);
  if (upper && ABBREVIATIONS[upper]) return { zone: ABBREVIATIONS[upper], length: upper.length };
  const phrase = COUNTRY_PHRASE.exec(rest);
  const zone = phrase && readCountry(phrase[1] ?? phrase[2] ?? "", countries);
  return zone ? { zone, length: phrase[0].trimEnd().length } : undefined;
}

/**
 * The zone phrase starting within a few characters after `from` (skipping spaces, commas, "(",
 * "environ"), before `limit`. `original` quotes the original text of a normalised range.
 */
export function findTimeZone(
  text: string,
  original: (start: number, end: number) => string,
  from: number,
  limit: number,
  countries: readonly Country[],
): ZoneMention | undefined {
  const stop = Math.min(limit, from + ZONE_REACH);
  const skip = /^(?:[\s,(–-]|environ\b|around\b|about\b|approximately\b)*/u.exec(text.slice(from, stop));
  const at = from + (skip?.[0].length ?? 0);
  if (at >= stop) return undefined;
  const found = readAt(text, original, at, countries);
  if (found === undefined) return undefined;
  let end = at + found.length;
  // Keep a closing bracket in the quoted wording: "16h45 (GMT+1 au Maroc)".
  const close = text.slice(end, end + 16).indexOf(")");
  if (text.slice(from, at).includes("(") && close !== -1) end += close + 1;
  return { zone: found.zone, start: at, end };
}
