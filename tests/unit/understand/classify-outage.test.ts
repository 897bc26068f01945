import { describe, expect, it } from "vitest";
import { classifyOutage } from "../../../src/lib/understand/core/classify-outage.ts";
import { extractCountries } from "../../../src/lib/understand/core/extract-countries.ts";
import { extractServices } from "../../../src/lib/understand/core/extract-services.ts";
import { gazetteer } from "./gazetteer.ts";

function classify(title: string, text: string, sourceKind: "news" | "status" = "news") {
  const full = `${title}\n${text}`;
  return classifyOutage({
    title,
    text,
    services: extractServices(full, gazetteer.services),
    countries: extractCountries(full, gazetteer.countries),
    sourceKind,
  }).isOutage;
}

describe("classifyOutage", () => {
  it.each([
    [
      "a French report of an app outage",
      "WhatsApp en panne dans le monde",
      "Les messages ne partent plus depuis 9 heures.",
    ],
    [
      "a French report of an operator's network",
      "Maroc Telecom : le réseau fixe hors service",
      "Des abonnés de plusieurs villes n'ont plus d'Internet.",
    ],
    [
      "an English report of a worldwide outage",
      "Facebook and Instagram down worldwide",
      "Users could not load their feeds on Monday.",
    ],
    [
      "an English report with a disruption",
      "",
      "A disruption at Cloudflare took thousands of websites offline on Tuesday.",
    ],
    ["an Arabic report with عطل", "عطل مفاجئ يضرب واتساب", "أبلغ مستخدمون عن عدم قدرتهم على إرسال الرسائل."],
    [
      "a French restoration story after cable works",
      "Maroc Telecom : la connexion redevient normale",
      "L'opérateur annonce la fin des travaux sur son câble sous-marin.",
    ],
    [
      "an English restoration story after an outage",
      "Shutdown ends: Algeria's internet comes back",
      "Algeria cut the internet for exams; connections are back to normal and services restored.",
    ],
    ["an Arabic report with انقطاع", "", "انقطاع خدمة الإنترنت في عدة مدن مغربية منذ صباح اليوم."],
    ["an Arabic report with توقف and تعطل", "", "توقف فيسبوك وتعطل إنستغرام لساعات في عدة دول."],
    [
      "a government-ordered exam shutdown in French",
      "Internet coupé en Algérie pendant le bac",
      "Les autorités suspendent l'accès chaque matin d'épreuve.",
    ],
    [
      "a government-ordered exam shutdown in Arabic",
      "",
      "قطع الإنترنت في الجزائر خلال امتحانات البكالوريا لمدة ساعة.",
    ],
    [
      "a submarine cable cut",
      "",
      "Un câble sous-marin endommagé provoque des perturbations de l'Internet au Maroc.",
    ],
    [
      "a power blackout taking networks down",
      "",
      "A power blackout left the mobile network unavailable across Morocco for hours.",
    ],
  ])("says yes to %s", (_name, title, text) => {
    expect(classify(title, text)).toBe(true);
  });

  it.each([
    [
      "a data breach at a telco (fr)",
      "Fuite de données chez Orange",
      "Les données personnelles de clients de l'opérateur ont été dérobées.",
    ],
    [
      "a data breach at a telco (en)",
      "Telecom operator confirms data breach",
      "Hackers stole customer data from Maroc Telecom, the operator said; the network was not affected.",
    ],
    ["a data breach at a telco (ar)", "", "تسريب بيانات شخصية لزبناء اتصالات المغرب على الإنترنت."],
    [
      "a fact-check of a rumoured outage (fr)",
      "Non, WhatsApp ne sera pas coupé ce soir",
      "Ce message qui circule est un faux : aucune panne n'est prévue.",
    ],
    [
      "a fact-check of a rumoured outage (en)",
      "Fact check: viral post about a WhatsApp shutdown is fake",
      "There is no outage planned, the company said.",
    ],
    [
      "a fact-check of a rumoured outage (ar)",
      "",
      "شائعة توقف واتساب الليلة غير صحيحة، والتطبيق يعمل بشكل عادي.",
    ],
    [
      "a product launch mentioning WhatsApp (fr)",
      "WhatsApp lance une nouvelle fonctionnalité",
      "L'application permet désormais de modifier un message envoyé.",
    ],
    [
      "a product launch mentioning WhatsApp (en)",
      "WhatsApp launches a new feature for groups",
      "The app now rolls out polls to all users.",
    ],
    [
      "a product launch mentioning WhatsApp (ar)",
      "واتساب يختبر ميزة جديدة",
      "أطلق التطبيق تحديثا يتيح تثبيت الرسائل.",
    ],
    [
      "funding and earnings news",
      "Résultats semestriels de Maroc Telecom",
      "Le chiffre d'affaires de l'opérateur progresse de 3 %.",
    ],
    [
      "an investment announcement",
      "Cloud provider to invest billions",
      "The company announced a new investment in data centers this quarter.",
    ],
    [
      "an advice column",
      "Astuces : comment sauvegarder ses discussions WhatsApp",
      "Quelques conseils pour ne rien perdre en changeant de téléphone.",
    ],
    [
      "an article with no subject that can go down",
      "Une panne de voiture sur l'autoroute",
      "Le conducteur attendait la dépanneuse.",
    ],
  ])("says no to %s", (_name, title, text) => {
    expect(classify(title, text)).toBe(false);
  });

  it("takes a status-page incident as an outage even when no outage word is used", () => {
    expect(
      classify("Elevated error rates on API requests", "Investigating - We are looking into it.", "status"),
    ).toBe(true);
  });

  it("does not take a scheduled maintenance notice from a status page as an outage", () => {
    expect(classify("Scheduled maintenance of the dashboard", "We will perform maintenance.", "status")).toBe(
      false,
    );
  });
});
