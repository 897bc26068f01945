import { describe, expect, it } from "vitest";
import { extractTimes, type TimeContext } from "../../../src/lib/understand/core/extract-times.ts";
import { gazetteer } from "./gazetteer.ts";

const context = (publishedAt?: string, localTimeZone?: string): TimeContext => ({
  countries: gazetteer.countries,
  ...(publishedAt ? { publishedAt } : {}),
  ...(localTimeZone ? { localTimeZone } : {}),
});
const times = (text: string, publishedAt?: string, localTimeZone?: string) =>
  extractTimes(text, context(publishedAt, localTimeZone));

// Casablanca is UTC+1 in October 2022; New York is UTC−4 in June and October 2022.
const CASABLANCA = "Africa/Casablanca";
const NEW_YORK = "America/New_York";

describe("extractTimes: parts of the day without a clock time", () => {
  it.each([
    [
      "depuis ce matin",
      "Le réseau mobile est perturbé depuis ce matin.",
      "2022-10-25T10:00:00Z",
      CASABLANCA,
      "2022-10-25T08:00:00.000Z",
      "ce matin",
    ],
    [
      "depuis hier soir",
      "Les abonnés sont privés d'Internet depuis hier soir.",
      "2022-10-25T10:00:00Z",
      CASABLANCA,
      "2022-10-24T19:00:00.000Z",
      "hier soir",
    ],
    [
      "la fin de la matinée",
      "Les services sont inaccessibles depuis la fin de la matinée.",
      "2022-10-25T10:00:00Z",
      CASABLANCA,
      "2022-10-25T10:00:00.000Z",
      "fin de la matinée",
    ],
    [
      "cette nuit, read the morning after",
      "Une panne a touché le réseau cette nuit.",
      "2022-10-25T07:00:00Z",
      CASABLANCA,
      "2022-10-24T22:00:00.000Z",
      "cette nuit",
    ],
    [
      "a dated afternoon",
      "Depuis ce lundi 4 octobre 2021 dans l'après-midi, Facebook est inaccessible.",
      "2021-10-04T20:00:00Z",
      "Europe/Paris",
      "2021-10-04T13:00:00.000Z",
      "4 octobre 2021 dans l'après-midi",
    ],
    [
      "since this afternoon, before its middle",
      "Users have been unable to access the app since this afternoon.",
      "2022-06-21T18:00:00Z",
      NEW_YORK,
      "2022-06-21T16:00:00.000Z",
      "this afternoon",
    ],
    [
      "early Tuesday morning",
      "The messaging app went down early Tuesday morning.",
      "2022-10-25T15:00:00Z",
      NEW_YORK,
      "2022-10-25T10:00:00.000Z",
      "early Tuesday morning",
    ],
    [
      "last night",
      "The network went down last night.",
      "2022-10-25T12:00:00Z",
      NEW_YORK,
      "2022-10-25T03:00:00.000Z",
      "night",
    ],
    [
      "منذ صباح اليوم",
      "انقطع الإنترنت منذ صباح اليوم.",
      "2022-10-25T10:00:00Z",
      CASABLANCA,
      "2022-10-25T08:00:00.000Z",
      "صباح اليوم",
    ],
    [
      "مساء أمس",
      "تعطلت الشبكة مساء أمس.",
      "2022-10-25T10:00:00Z",
      CASABLANCA,
      "2022-10-24T19:00:00.000Z",
      "مساء أمس",
    ],
    [
      "ليلة الجمعة, the night before Friday",
      "انقطعت خدمة الإنترنت ليلة الجمعة.",
      "2022-10-29T12:00:00Z",
      CASABLANCA,
      "2022-10-27T22:00:00.000Z",
      "ليلة الجمعة",
    ],
    [
      "عصر اليوم",
      "توقف التطبيق عصر اليوم.",
      "2022-10-25T19:00:00Z",
      CASABLANCA,
      "2022-10-25T16:00:00.000Z",
      "عصر اليوم",
    ],
  ])("reads %s as an approximate start", (_name, text, publishedAt, zone, at, wording) => {
    expect(times(text, publishedAt, zone).start).toEqual({ at, text: wording, approximate: true });
  });

  it.each([
    ["no publication time", "Le réseau mobile est perturbé depuis ce matin.", undefined, CASABLANCA],
    [
      "no zone for the outlet or the place",
      "Le réseau mobile est perturbé depuis ce matin.",
      "2022-10-25T10:00:00Z",
      undefined,
    ],
    [
      "the time of a statement",
      "The company said Friday afternoon that it was working on a fix for the outage.",
      "2022-07-08T22:00:00Z",
      NEW_YORK,
    ],
    [
      "a statement in Arabic",
      "قال متحدث باسم الشركة صباح اليوم إن العطل قيد الإصلاح.",
      "2022-10-25T12:00:00Z",
      CASABLANCA,
    ],
    [
      "a sentence that is not about an outage",
      "Le ministre a inauguré ce matin un nouveau centre de données.",
      "2022-10-25T12:00:00Z",
      CASABLANCA,
    ],
    [
      "tomorrow morning",
      "La maintenance provoquera une coupure demain matin.",
      "2022-10-25T12:00:00Z",
      CASABLANCA,
    ],
  ])("gives no start with %s", (_name, text, publishedAt, zone) => {
    expect(times(text, publishedAt, zone).start).toBeUndefined();
  });

  it("prefers a clock time of the same article to a part of the day", () => {
    const text = "WhatsApp est en panne depuis ce matin. Les premiers signalements datent de 9h12.";
    expect(times(text, "2022-10-25T12:00:00Z", CASABLANCA).start).toEqual({
      at: "2022-10-25T08:12:00.000Z",
      text: "9h12",
    });
  });

  it("ignores a part of the day that belongs to a clock time", () => {
    expect(times("Le réseau est tombé à 7h du matin.", "2022-10-25T12:00:00Z", CASABLANCA).start).toEqual({
      at: "2022-10-25T06:00:00.000Z",
      text: "7h du matin",
    });
  });

  it("reads a restoration said as a part of the day as an approximate end", () => {
    const text = "The network went down this morning. Service was restored this evening.";
    expect(times(text, "2022-10-25T23:30:00Z", NEW_YORK)).toEqual({
      start: { at: "2022-10-25T13:00:00.000Z", text: "this morning", approximate: true },
      end: { at: "2022-10-25T22:00:00.000Z", text: "this evening", approximate: true },
    });
  });
});

describe("extractTimes: lengths of time", () => {
  it.each([
    [
      "pendant près de six heures",
      "La panne a commencé à 16h45 (GMT+1). Elle a duré pendant près de six heures.",
      "2021-10-04T21:45:00.000Z",
      "pendant près de six heures",
    ],
    [
      "une panne de 40 minutes",
      "Le site est tombé à 10h00 GMT, une panne de 40 minutes.",
      "2021-10-04T10:40:00.000Z",
      "panne de 40 minutes",
    ],
    [
      "six heures de panne",
      "Après six heures de panne depuis 16h45 (GMT+1), tout est rétabli.",
      "2021-10-04T21:45:00.000Z",
      "Après six heures de panne",
    ],
    [
      "for about two hours",
      "Problems started at 11:44 a.m. ET. The outage lasted for about two hours.",
      "2021-10-04T17:44:00.000Z",
      "for about two hours",
    ],
    [
      "an hour and a half",
      "The outage began at 3:40 p.m. UTC and lasted an hour and a half.",
      "2021-10-04T17:10:00.000Z",
      "lasted an hour and a half",
    ],
    [
      "an hour-long outage",
      "Fastly's hour-long outage began at 09:47 UTC.",
      "2021-10-04T10:47:00.000Z",
      "hour-long outage",
    ],
    [
      "لمدة ساعتين",
      "توقف التطبيق الساعة 07:15 بتوقيت غرينتش. استمر العطل لمدة ساعتين.",
      "2021-10-05T09:15:00.000Z",
      "لمدة ساعتين",
    ],
    [
      "استمر نحو ساعة",
      "توقف التطبيق الساعة 07:15 بتوقيت غرينتش في عطل استمر نحو ساعة.",
      "2021-10-05T08:15:00.000Z",
      "استمر نحو ساعة",
    ],
    [
      "لمدة 30 دقيقة",
      "تعطلت المواقع الساعة 10:00 بتوقيت غرينتش لمدة 30 دقيقة.",
      "2021-10-04T10:30:00.000Z",
      "لمدة 30 دقيقة",
    ],
  ])("ends the outage %s after a known start", (_name, text, at, wording) => {
    expect(times(text, "2021-10-05T08:00:00Z").end).toEqual({ at, text: wording, approximate: true });
  });

  it("keeps a stated end over a length of time", () => {
    const text = "La panne a commencé à 17h45 (heure de Paris), six heures de panne, rétablie à 23h.";
    expect(times(text, "2021-10-05T08:00:00Z").end).toEqual({ at: "2021-10-04T21:00:00.000Z", text: "23h" });
  });

  it.each([
    ["no start", "La panne de six heures a touché le Maroc."],
    ["a length that is not the outage's", "Le bac dure trois heures. Le réseau est tombé à 9h (GMT+1)."],
    [
      "a length after which something else happened",
      "بعد ساعة من العطل الساعة 10:00 بتوقيت غرينتش، نشرت الشركة بيانا.",
    ],
  ])("gives no end from a length of time with %s", (_name, text) => {
    expect(times(text, "2021-10-05T08:00:00Z").end).toBeUndefined();
  });

  it.each([
    [
      "depuis plus de deux heures",
      "Internet est coupé depuis plus de deux heures dans tout le pays.",
      "2022-10-25T08:00:00.000Z",
      "depuis plus de deux heures",
    ],
    [
      "il y a trois heures",
      "Le réseau est tombé en panne il y a trois heures.",
      "2022-10-25T07:00:00.000Z",
      "il y a trois heures",
    ],
    ["three hours ago", "WhatsApp went down three hours ago.", "2022-10-25T07:00:00.000Z", "three hours ago"],
    [
      "for the past two hours",
      "The site has been offline for the past two hours.",
      "2022-10-25T08:00:00.000Z",
      "for the past two hours",
    ],
    ["منذ ساعتين", "تعطل التطبيق منذ ساعتين.", "2022-10-25T08:00:00.000Z", "منذ ساعتين"],
    ["منذ 3 ساعات", "انقطع الإنترنت منذ 3 ساعات.", "2022-10-25T07:00:00.000Z", "منذ 3 ساعات"],
  ])("counts a start back from publication for %s", (_name, text, at, wording) => {
    expect(times(text, "2022-10-25T10:00:00Z").start).toEqual({ at, text: wording, approximate: true });
  });

  it("reads 'depuis 2 heures' as a clock time, not a length", () => {
    expect(times("Le réseau est en panne depuis 2 heures (GMT+1).", "2022-10-25T10:00:00Z").start).toEqual({
      at: "2022-10-25T01:00:00.000Z",
      text: "2 heures (GMT+1)",
    });
  });
});

describe("extractTimes: restoration and zones", () => {
  it.each([
    [
      "a restoration word after the time",
      "Rogers a indiqué vers 7 h samedi matin avoir rétabli ses services.",
      "America/Toronto",
      "2022-07-09T11:00:00.000Z",
    ],
    [
      "a sentence opened by the time",
      "À 23h, le service a été rétabli.",
      "Europe/Paris",
      "2021-10-04T21:00:00.000Z",
    ],
    [
      "an English sentence opened by the time",
      "At 9:30 p.m. UTC, service was restored.",
      undefined,
      "2021-10-04T21:30:00.000Z",
    ],
    [
      "عاد after the time",
      "الساعة 22:00 بتوقيت غرينتش عاد فيسبوك للعمل.",
      undefined,
      "2021-10-04T22:00:00.000Z",
    ],
  ])("reads %s as an end", (_name, text, zone, at) => {
    const published = text.includes("Rogers") ? "2022-07-09T16:00:00Z" : "2021-10-04T23:00:00Z";
    expect(times(text, published, zone)).toEqual({ end: { at, text: expect.any(String) } });
  });

  it("keeps a start whose sentence later says the service came back", () => {
    const text =
      "À 17h45 (heure de Paris), les applications sont tombées en panne et ont été rétablies à minuit.";
    expect(times(text, "2021-10-05T10:00:00Z")).toEqual({
      start: { at: "2021-10-04T15:45:00.000Z", text: "17h45 (heure de Paris)" },
      end: { at: "2021-10-04T22:00:00.000Z", text: "minuit" },
    });
  });

  it("reads a time without a zone in the zone of the country named, when the outlet's is unknown", () => {
    expect(times("Au Maroc, le réseau est tombé ce mardi à 8h30.", "2022-10-25T12:00:00Z").start?.at).toBe(
      "2022-10-25T07:30:00.000Z",
    );
  });

  it("reads a time without a zone in the zone the article names elsewhere, when the outlet's is unknown", () => {
    const text = "Les applications sont tombées à 17h45. Elles ont repris peu après minuit, heure française.";
    expect(times(text, "2021-10-05T12:00:00Z").start?.at).toBe("2021-10-04T15:45:00.000Z");
  });

  it("reads 'Last Monday' at the very start of the text as the Monday before publication", () => {
    const text = "Last Monday, the service had a large outage. Problems started at 3:47 am PT.";
    expect(times(text, "2020-12-21T12:00:00Z").start?.at).toBe("2020-12-14T11:47:00.000Z");
  });
});
