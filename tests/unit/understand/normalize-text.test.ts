import { describe, expect, it } from "vitest";
import {
  foldLatin,
  normalizeArabic,
  normalizeForMatching,
  normalizeWithOffsets,
  toOriginalSlice,
  tokenize,
} from "../../../src/lib/understand/core/normalize-text.ts";

describe("normalizeArabic", () => {
  it.each([
    ["strips harakat and tanween", "انقطاعٌ مُفاجِئٌ", "انقطاع مفاجي"],
    ["strips tatweel", "واتـــساب", "واتساب"],
    ["unifies every alef form", "أإآٱ", "اااا"],
    ["writes taa marbuta as haa", "شبكة", "شبكه"],
    ["writes alef maqsura as yaa", "على", "علي"],
    ["writes hamza on waw as waw", "مؤسسة", "موسسه"],
    ["writes hamza on yaa as yaa", "رئيس", "رييس"],
    ["turns Arabic-Indic digits into ASCII", "الساعة ١٦:٤٥", "الساعه 16:45"],
    ["turns Persian digits into ASCII", "۲۰۲۱", "2021"],
    ["leaves Latin text alone", "Panne À Paris", "Panne À Paris"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });
});

describe("foldLatin", () => {
  it.each([
    ["lowercases and strips French accents", "Électricité Coupée À Fès", "electricite coupee a fes"],
    ["unifies typographic apostrophes", "l’heure de l‘Est", "l'heure de l'est"],
    ["spells out ligatures", "Œuvre", "oeuvre"],
    ["strips accents written as combining marks", "cafe\u0301", "cafe"],
    ["turns non-breaking spaces into spaces", "16\u00a0h\u202f45", "16 h 45"],
    ["drops invisible bidi marks", "Face\u200fbook", "facebook"],
  ])("%s", (_name, input, expected) => {
    expect(foldLatin(input)).toBe(expected);
  });
});

describe("normalizeForMatching", () => {
  it.each([
    ["Arabic spelling variants of WhatsApp meet", "واتس آب", "واتس اب"],
    [
      "a mixed French and Arabic line is normalised in both scripts",
      "Panne de واتساب à ١٦h",
      "panne de واتساب a 16h",
    ],
    ["English is lowercased", "WhatsApp Is DOWN", "whatsapp is down"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeForMatching(input)).toBe(expected);
  });

  it("maps every normalised character back to the original wording", () => {
    const original = "Coupure à 16h45 (GMT+1) — انقطاعٌ";
    const normalized = normalizeWithOffsets(original);
    const start = normalized.text.indexOf("16h45");
    expect(toOriginalSlice(original, normalized, start, start + "16h45 (gmt+1)".length)).toBe(
      "16h45 (GMT+1)",
    );
    const arabic = normalized.text.indexOf("انقطاع");
    expect(toOriginalSlice(original, normalized, arabic, arabic + "انقطاع".length)).toBe("انقطاعٌ");
  });
});

describe("tokenize", () => {
  it("splits normalised text into words, keeping elisions together", () => {
    expect(tokenize("l'application est en panne, واتساب متوقف")).toEqual([
      "l'application",
      "est",
      "en",
      "panne",
      "واتساب",
      "متوقف",
    ]);
  });
});
