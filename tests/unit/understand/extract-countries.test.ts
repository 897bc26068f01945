import { describe, expect, it } from "vitest";
import { extractCountries } from "../../../src/lib/understand/core/extract-countries.ts";
import { gazetteer } from "./gazetteer.ts";

const find = (text: string) => extractCountries(text, gazetteer.countries);

describe("extractCountries", () => {
  it.each([
    ["a French name", "Panne d'Internet au Maroc", ["MA"]],
    ["a French adjective", "Les internautes marocains privés de réseau", ["MA"]],
    ["an English adjective", "Moroccan users reported the outage", ["MA"]],
    ["an Arabic name with a preposition", "انقطاع الإنترنت بالمغرب", ["MA"]],
    ["an Arabic name with لل", "عطل في الشبكة للجزائر", ["DZ"]],
    ["an Arabic adjective with the article", "الشبكة المغربية متوقفة", ["MA"]],
    ["a capital", "Des coupures signalées à Casablanca et à Alger", ["DZ", "MA"]],
    ["a name without its accents", "Coupure en Algerie", ["DZ"]],
    ["several countries in any script, sorted", "France, الجزائر و USA", ["DZ", "FR", "US"]],
    ["no country", "Panne mondiale de WhatsApp", []],
  ])("finds %s", (_name, text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});
