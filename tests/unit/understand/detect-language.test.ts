import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../src/lib/understand/core/detect-language.ts";

describe("detectLanguage", () => {
  it.each([
    [
      "French running text",
      "fr",
      "Le réseau mobile de l'opérateur est en panne depuis ce matin dans plusieurs villes.",
    ],
    ["a short French headline with accents", "fr", "Panne géante chez l'opérateur"],
    [
      "English running text",
      "en",
      "The messaging app was down for most users in the afternoon, the company said.",
    ],
    ["a short English headline", "en", "Cloud provider suffers outage in the east"],
    ["Arabic text", "ar", "تعطل تطبيق واتساب في عدة دول اليوم الثلاثاء"],
    [
      "Arabic text full of Latin brand names",
      "ar",
      "توقف Gmail و YouTube و Google Drive عن العمل في عدة دول اليوم",
    ],
    [
      "French text quoting an English tweet",
      "fr",
      "Le groupe a publié sur Twitter : « We are aware of the issue ». La panne dure depuis deux heures.",
    ],
    [
      "English text quoting a French name",
      "en",
      "Users of Maroc Telecom said that the network has been unreachable since the morning.",
    ],
    ["text without letters, which gets the default language", "fr", "16:45 — 2021"],
  ])("recognises %s", (_name, expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it("gives the same answer every time for the same text", () => {
    const text = "Internet coupé pendant le bac";
    expect(new Set(Array.from({ length: 5 }, () => detectLanguage(text)))).toEqual(new Set(["fr"]));
  });
});
