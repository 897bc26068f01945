import { describe, expect, it } from "vitest";
import { extractServices } from "../../../src/lib/understand/core/extract-services.ts";
import { gazetteer } from "./gazetteer.ts";

const find = (text: string, countries: string[] = []) => extractServices(text, gazetteer.services, countries);

describe("extractServices", () => {
  it.each([
    ["واتساب", "تعطل واتساب اليوم"],
    ["وتساب", "تعطل وتساب اليوم"],
    ["واتس آب", "تعطل تطبيق واتس آب اليوم"],
    ["واتس اب", "تعطل تطبيق واتس اب اليوم"],
    ["واتسآب", "تعطل تطبيق واتسآب اليوم"],
    ["الواتساب", "تعطل الواتساب اليوم"],
    ["بواتساب", "مشكلة بواتساب في المغرب"],
    ["والواتساب", "تعطل فيسبوك والواتساب"],
    ["للواتساب", "عطل عالمي للواتساب"],
    ["with harakat and tatweel", "تعطّل واتـــسابُ"],
    ["WhatsApp", "WhatsApp est en panne"],
    ["whatsapp in lowercase", "is whatsapp down?"],
  ])("finds WhatsApp written %s", (_name, text) => {
    expect(find(text)).toContain("whatsapp");
  });

  it.each([
    [
      "Facebook with the Arabic article and a conjunction",
      "تعطل إنستغرام والفيسبوك",
      ["facebook", "instagram"],
    ],
    ["Facebook spelled فايسبوك", "صفحتها على فايسبوك", ["facebook"]],
    ["an operator by its Arabic name with a preposition", "عطل في شبكة لاتصالات المغرب", ["maroc-telecom"]],
    ["an operator by its French name without accents", "Panne chez Algerie Telecom", ["algerie-telecom"]],
    ["several services, sorted and unique", "YouTube, Facebook et YouTube encore", ["facebook", "youtube"]],
    ["Twitter as an alias of X", "Sur Twitter, les plaintes se multiplient", ["x"]],
  ])("finds %s", (_name, text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it.each([
    ["inside another word", "Les facebookeurs et whatsappeurs", []],
    ["a name that is part of a longer Arabic word", "واتسابيون", []],
    ["a short Arabic name behind a preposition that makes another word", "انقطاع الكابل البحري", []],
    ["a two-word Arabic name written as one word", "أصدرت الشركة بيانا حول العطل، وفي بيان آخر", []],
  ])("does not find a service %s", (_name, text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it.each([
    ["Orange near an operator word", "Le réseau mobile d'Orange est en panne", ["orange"]],
    ["Free near an outage word", "Free subit une panne géante de sa box", ["free"]],
    ["X near an outage word", "X est en panne pour des milliers d'utilisateurs", ["x"]],
    ["Meta in an outage story", "Meta a confirmé la panne de ses services", ["meta"]],
    ["Arabic إكس near an outage word", "تعطل منصة إكس لساعات", ["x"]],
  ])("counts an ambiguous alias: %s", (_name, text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it.each([
    ["the longer of two overlapping names", "عطل في شبكة اتصالات المغرب", ["maroc-telecom"]],
    [
      "the name ending later when two overlapping names are as long",
      "مجموعة اتصالات المغرب تعتذر عن العطل",
      ["maroc-telecom"],
    ],
    ["a generic name that is not part of a longer one", "Etisalat confirme une panne", ["e-and"]],
  ])("resolves overlaps: keeps %s", (_name, text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it("counts a caseless ambiguous name of a one-country operator only when its country is named", () => {
    const text = "Panne du réseau mobile de du à Dubaï";
    expect([find(text), find(text, ["AE"])]).toEqual([[], ["du"]]);
  });

  it.each([
    ["orange in lowercase, the fruit", "Le réseau de jus d'orange est en panne"],
    [
      "Orange far from any operator or outage word",
      "La maison Orange de la rue principale, avec ses volets peints en vert et son jardin, accueille une exposition de peinture contemporaine cet été.",
    ],
    ["Free as an ordinary English word", "Free tickets for the concert were given away."],
    ["X as a letter", "Le film X a remporté un prix."],
  ])("ignores an ambiguous alias: %s", (_name, text) => {
    expect(find(text)).toEqual([]);
  });
});
