import { describe, expect, it } from "vitest";
import {
  extractCandidateServices,
  toCandidateKey,
} from "../../../src/lib/understand/core/extract-candidate-services.ts";
import { gazetteer } from "./gazetteer.ts";

const find = (text: string) => extractCandidateServices(text, gazetteer);

describe("extractCandidateServices", () => {
  it.each([
    ["fr: panne de X", "Panne géante de Zoomify depuis ce matin.", ["Zoomify"]],
    ["fr: X en panne, in a headline", "Zoomify en panne : les utilisateurs s'impatientent", ["Zoomify"]],
    [
      "fr: a two-word bank name",
      "Les clients de la Banque Populaire sont privés de services.",
      ["Banque Populaire"],
    ],
    ["fr: chez X", "Un incident technique chez Yalla Shoot a coupé les retransmissions.", ["Yalla Shoot"]],
    ["fr: a name with a connector", "Crédit du Maroc a subi une panne informatique.", ["Crédit du Maroc"]],
    ["fr: after l'application", "L'application Zoomify est inaccessible depuis ce matin.", ["Zoomify"]],
    ["en: X is down", "Zoomify is down for thousands of users.", ["Zoomify"]],
    ["en: outage at X", "An outage at Zoomify left users unable to log in.", ["Zoomify"]],
    ["en: X outage", "The Zoomify outage began at 9 a.m.", ["Zoomify"]],
    ["en: X users unable to", "Thousands of Zoomify users were unable to access the app.", ["Zoomify"]],
    ["en: X's servers went down", "Zoomify's servers went down on Tuesday.", ["Zoomify"]],
    ["ar: a Latin name after عطل في", "عطل في Zoomify يحرم المستخدمين من الخدمة", ["Zoomify"]],
    ["ar: توقف تطبيق X", "توقف تطبيق زوميفاي منذ صباح اليوم", ["زوميفاي"]],
    ["ar: منصة X", "عطل مفاجئ في منصة مسار يربك التلاميذ", ["مسار"]],
    ["ar: موقع X with a preposition glued on", "تعطل بموقع جوميا لساعات", ["جوميا"]],
    ["ar: بنك X", "انقطاع خدمات بنك زوميفاي", ["زوميفاي"]],
    ["ar: a Latin name after منصة", "عطل تقني في منصة Yalla Shoot", ["Yalla Shoot"]],
  ])("finds %s", (_case, text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it("keeps one spelling per name, the one used most, not an all-caps headline's", () => {
    expect(find("ZOOMIFY EN PANNE\nPanne de Zoomify depuis ce matin : Zoomify est inaccessible.")).toEqual([
      "Zoomify",
    ]);
  });

  it("keeps the three names most said to be down, sorted", () => {
    const text =
      "Panne chez Bravo. Panne chez Alpha. Panne chez Charlie. Panne chez Delta. Panne chez Bravo.";
    expect(find(text)).toEqual(["Alpha", "Bravo", "Charlie"]);
  });

  it.each([
    ["a sentence-initial common word", "Guichets en panne : les guichets automatiques ne répondent plus."],
    ["a sentence-initial adjective", "Nouvelle panne sur le réseau mobile."],
    ["a weekday", "The Monday outage lasted two hours."],
    ["a month", "Panne de Mars : le réseau a tenu."],
    ["a country", "Le Maroc privé d'internet pendant deux heures."],
    ["a capital named as a country alias", "An outage at Casablanca left offices offline."],
    ["a known service", "Panne de WhatsApp depuis ce matin."],
    ["a known service inside a longer name", "Facebook Messenger is down."],
    ["an ambiguous alias of a known operator", "Orange en panne dans tout le pays."],
    ["a known service in Arabic", "عطل في تطبيق واتساب"],
    [
      "a person quoted with selon",
      "Les abonnés, selon Jean Dupont privés de réseau depuis hier, s'impatientent.",
    ],
    ["a person quoted with according to", "The app failed at noon, according to John Smith's outage log."],
    ["a person quoted with قال", "وقال Karim Benali يعاني من انقطاع الخدمة منذ أمس"],
    ["a generic word", "Panne d'Internet dans plusieurs villes."],
    ["an outage tracker", "Downdetector outage reports spiked at noon."],
    ["a Title Case headline", "Major Outage Hits Banks Across Morocco"],
    [
      "a name not next to outage wording",
      "Zoomify lance une nouvelle fonctionnalité ; la panne d'hier est oubliée.",
    ],
    ["a place after a verb", "La coupure touchant Marseille a duré une heure."],
    ["an Arabic word with the article", "عطل في موقع الوزارة"],
    ["an Arabic nisba adjective", "توقف منصة تعليمية عن العمل"],
    ["an Arabic noun in ة", "توقف موقع مؤسسة عن العمل"],
    ["a verb after a definite noun", "عادت خدمات الشركة تعود بعد العطل"],
  ])("does not take %s for a service", (_case, text) => {
    expect(find(text)).toEqual([]);
  });
});

describe("toCandidateKey", () => {
  it.each([
    ["Yalla-Shoot", "yalla shoot"],
    ["YALLA  Shoot", "yalla shoot"],
    ["Crédit du Maroc", "credit du maroc"],
    ["زوميفاي", "زوميفاي"],
  ])("compares %s as %s", (name, key) => {
    expect(toCandidateKey(name)).toBe(key);
  });
});
