import { describe, expect, it } from "vitest";
import { extractTimes, type TimeContext } from "../../../src/lib/understand/core/extract-times.ts";
import { gazetteer } from "./gazetteer.ts";

const context = (publishedAt?: string, localTimeZone?: string): TimeContext => ({
  countries: gazetteer.countries,
  ...(publishedAt ? { publishedAt } : {}),
  ...(localTimeZone ? { localTimeZone } : {}),
});
const start = (text: string, publishedAt?: string, localTimeZone?: string) =>
  extractTimes(text, context(publishedAt, localTimeZone)).start;

describe("extractTimes: zones", () => {
  it.each([
    [
      "a GMT offset with a country",
      "La panne touche le pays depuis les alentours de 16h45 (GMT+1 au Maroc).",
      "2021-10-04T15:45:00.000Z",
      "16h45 (GMT+1 au Maroc)",
    ],
    [
      "a GMT offset",
      "Les applications sont tombées vers 16h45 (GMT+1).",
      "2021-10-04T15:45:00.000Z",
      "16h45 (GMT+1)",
    ],
    [
      "French Eastern time in October (daylight time)",
      "La panne a commencé à 11h44 heure de l'Est.",
      "2021-10-04T15:44:00.000Z",
      "11h44 heure de l'Est",
    ],
    [
      "English ET with a.m.",
      "The outage began at 11:44 a.m. ET.",
      "2021-10-04T15:44:00.000Z",
      "11:44 a.m. ET",
    ],
    ["UTC with p.m.", "Sites went offline at 3:40 p.m. UTC.", "2021-10-04T15:40:00.000Z", "3:40 p.m. UTC"],
    [
      "Paris time in words",
      "Le site était inaccessible à 17 heures (heure de Paris).",
      "2021-10-04T15:00:00.000Z",
      "17 heures (heure de Paris)",
    ],
    [
      "French time as an adjective",
      "Le service est tombé vers 16 h 45 heure française.",
      "2021-10-04T14:45:00.000Z",
      "16 h 45 heure française",
    ],
    ["CEST", "Les pannes ont débuté à 17h10 CEST.", "2021-10-04T15:10:00.000Z", "17h10 CEST"],
    ["PT with a.m.", "Problems started at 8:30 a.m. PT.", "2021-10-04T15:30:00.000Z", "8:30 a.m. PT"],
    ["PDT", "Problems started at 8:30 a.m. PDT.", "2021-10-04T15:30:00.000Z", "8:30 a.m. PDT"],
    ["EDT", "Problems started at 11:30 a.m. EDT.", "2021-10-04T15:30:00.000Z", "11:30 a.m. EDT"],
    [
      "Greenwich time in Arabic with a feminine ordinal",
      "توقف واتساب الساعة الرابعة بتوقيت غرينتش.",
      "2021-10-04T16:00:00.000Z",
      "الساعة الرابعة بتوقيت غرينتش",
    ],
    [
      "Moroccan time in Arabic with digits",
      "توقف واتساب الساعة 16:45 بتوقيت المغرب.",
      "2021-10-04T15:45:00.000Z",
      "16:45 بتوقيت المغرب",
    ],
    [
      "Mecca time",
      "تعطل التطبيق الساعة السابعة مساء بتوقيت مكة المكرمة.",
      "2021-10-04T16:00:00.000Z",
      "الساعة السابعة مساء بتوقيت مكة المكرمة",
    ],
    [
      "Saudi time",
      "تعطل التطبيق الساعة السابعة مساء بتوقيت السعودية.",
      "2021-10-04T16:00:00.000Z",
      "الساعة السابعة مساء بتوقيت السعودية",
    ],
    [
      "the Arabic abbreviation of Greenwich time",
      "بدأ العطل حوالى الساعة 15,40 ت.غ.",
      "2021-10-04T15:40:00.000Z",
      "15,40 ت.غ",
    ],
    ["GMT in Arabic text", "بدأ العطل الساعة 15:40 GMT.", "2021-10-04T15:40:00.000Z", "15:40 GMT"],
  ])("reads %s", (_name, text, at, wording) => {
    expect(start(text, "2021-10-04T20:00:00Z")).toEqual({ at, text: wording });
  });

  it.each([
    ["October, under daylight time", "2021-10-04T20:00:00Z", "2021-10-04T15:44:00.000Z"],
    ["January, under standard time", "2022-01-10T20:00:00Z", "2022-01-10T16:44:00.000Z"],
  ])("follows daylight saving for heure de l'Est in %s", (_name, publishedAt, at) => {
    expect(start("La panne a commencé à 11h44 heure de l'Est.", publishedAt)?.at).toBe(at);
  });

  it.each([
    ["heure locale", "Le réseau est tombé hier vers 23h, heure locale.", "2022-10-24T22:00:00.000Z"],
    ["local time", "The network went down at 9 p.m. local time yesterday.", "2022-10-24T20:00:00.000Z"],
    ["a time with no zone", "Le réseau est tombé ce matin vers 8h30.", "2022-10-25T07:30:00.000Z"],
  ])("reads %s in the zone of the outlet's country", (_name, text, at) => {
    expect(start(text, "2022-10-25T10:00:00Z", "Africa/Casablanca")?.at).toBe(at);
  });

  it("reads heure locale in the zone of a country the sentence names", () => {
    expect(
      start(
        "Aux États-Unis, le service est tombé à 7h du matin, heure locale.",
        "2021-12-22T20:00:00Z",
        "Europe/Paris",
      )?.at,
    ).toBe("2021-12-22T12:00:00.000Z");
  });

  it("gives no time when neither the text nor the outlet says the zone", () => {
    expect(start("Le réseau est tombé ce matin vers 8h30.", "2022-10-25T10:00:00Z")).toBeUndefined();
  });
});

describe("extractTimes: dates", () => {
  it.each([
    [
      "a French date with weekday and year",
      "Ce lundi 4 octobre 2021, tout s'est arrêté à 17h45 (heure de Paris).",
      undefined,
      "2021-10-04T15:45:00.000Z",
    ],
    [
      "an English date without year",
      "On October 4 the sites went dark at 11:40 a.m. PT.",
      "2021-10-06T09:00:00Z",
      "2021-10-04T18:40:00.000Z",
    ],
    [
      "an Arabic date with the Levantine month",
      "تعطل فيسبوك يوم 4 أكتوبر/تشرين الأول 2021 الساعة 15:40 بتوقيت غرينتش.",
      undefined,
      "2021-10-04T15:40:00.000Z",
    ],
    [
      "a Maghreb Arabic month",
      "انقطع الإنترنت يوم 13 شتنبر 2022 الساعة العاشرة صباحا بتوقيت المغرب.",
      undefined,
      "2022-09-13T09:00:00.000Z",
    ],
    [
      "a numeric date",
      "Le 24/02/2021 vers 9h (GMT+1), la connexion a chuté.",
      undefined,
      "2021-02-24T08:00:00.000Z",
    ],
    [
      "a date said in an earlier sentence",
      "La panne a eu lieu le 8 juin 2021. Les sites sont tombés vers 10h00 GMT.",
      undefined,
      "2021-06-08T10:00:00.000Z",
    ],
    [
      "a date without year from late in the previous year",
      "Depuis le 28 décembre à 9h (GMT+1), le débit est faible.",
      "2022-01-05T09:00:00Z",
      "2021-12-28T08:00:00.000Z",
    ],
  ])("reads %s", (_name, text, publishedAt, at) => {
    expect(start(text, publishedAt)?.at).toBe(at);
  });

  it.each([
    ["aujourd'hui", "La panne a commencé aujourd'hui à 14h (GMT+1).", "2021-10-05T13:00:00.000Z"],
    ["ce lundi", "Depuis ce lundi 16h (heure de Paris), plus rien ne marche.", "2021-10-04T14:00:00.000Z"],
    ["hier", "Le service est tombé hier à 14h (GMT+1).", "2021-10-04T13:00:00.000Z"],
    [
      "cet après-midi",
      "Cet après-midi à 15h (heure de Paris), les messages ne partaient plus.",
      "2021-10-05T13:00:00.000Z",
    ],
    ["ce soir", "Ce soir à 21h GMT, le site était inaccessible.", "2021-10-05T21:00:00.000Z"],
    ["today", "The outage began today at 2 p.m. UTC.", "2021-10-05T14:00:00.000Z"],
    ["yesterday", "The app went down yesterday at 3:40 p.m. UTC.", "2021-10-04T15:40:00.000Z"],
    ["this afternoon", "This afternoon at 1:15 p.m. ET, users lost access.", "2021-10-05T17:15:00.000Z"],
    ["last Monday", "Last Monday the service stopped at 11:40 a.m. PT.", "2021-10-04T18:40:00.000Z"],
    ["اليوم", "تعطل التطبيق اليوم الساعة 13:00 بتوقيت غرينتش.", "2021-10-05T13:00:00.000Z"],
    ["أمس", "تعطل التطبيق أمس الساعة 13:00 بتوقيت غرينتش.", "2021-10-04T13:00:00.000Z"],
    [
      "مساء اليوم with an hour word",
      "تعطل التطبيق مساء اليوم عند الساعة الثامنة بتوقيت غرينتش.",
      "2021-10-05T20:00:00.000Z",
    ],
    [
      "صباح اليوم with an hour word",
      "انقطع الإنترنت صباح اليوم الساعة الثامنة بتوقيت غرينتش.",
      "2021-10-05T08:00:00.000Z",
    ],
    ["الثلاثاء", "تعطل التطبيق يوم الثلاثاء الساعة 10:00 بتوقيت غرينتش.", "2021-10-05T10:00:00.000Z"],
  ])("resolves %s against the publication time", (_name, text, at) => {
    expect(start(text, "2021-10-05T22:30:00Z")?.at).toBe(at);
  });

  it("reads a time late on the evening before when the outlet published just after midnight", () => {
    expect(start("La panne a commencé aujourd'hui à 23h (heure de Paris).", "2021-10-04T22:30:00Z")?.at).toBe(
      "2021-10-04T21:00:00.000Z",
    );
  });

  it("gives no time when there is neither a date nor a publication time", () => {
    expect(start("La panne a commencé à 16h45 (GMT+1).")).toBeUndefined();
  });
});

describe("extractTimes: hours in words", () => {
  it.each([
    ["الواحدة ظهرا", 13],
    ["الثانية عصرا", 14],
    ["الثالثة عصرا", 15],
    ["الخامسة مساء", 17],
    ["السادسة صباحا", 6],
    ["التاسعة صباحا", 9],
    ["العاشرة والنصف صباحا", 10.5],
    ["الحادية عشرة صباحا", 11],
    ["الثانية عشرة ظهرا", 12],
    ["الحادية عشرة ليلا", 23],
    ["الرابعة إلا ربعا عصرا", 15.75],
  ])("reads الساعة %s", (words, hour) => {
    const at = start(`توقفت الخدمة اليوم الساعة ${words} بتوقيت غرينتش.`, "2021-10-05T23:59:00Z")?.at;
    expect(at).toBe(new Date(Date.UTC(2021, 9, 5, Math.floor(hour), (hour % 1) * 60)).toISOString());
  });

  it("reads an hour word without a day part as the latest such hour already past at publication", () => {
    expect(start("توقف واتساب اليوم الساعة الرابعة بتوقيت غرينتش.", "2021-10-04T18:00:00Z")?.at).toBe(
      "2021-10-04T16:00:00.000Z",
    );
    expect(start("توقف واتساب اليوم الساعة الرابعة بتوقيت غرينتش.", "2021-10-04T09:00:00Z")?.at).toBe(
      "2021-10-04T04:00:00.000Z",
    );
  });
});

describe("extractTimes: start and end", () => {
  it.each([
    [
      "rétabli vers 23h",
      "La panne a commencé à 17h45 (heure de Paris) et le service a été rétabli vers 23h.",
      "2021-10-04T15:45:00.000Z",
      "2021-10-04T21:00:00.000Z",
    ],
    [
      "restored at",
      "Users lost access at 3:40 p.m. UTC; service was restored at 9:20 p.m. UTC.",
      "2021-10-04T15:40:00.000Z",
      "2021-10-04T21:20:00.000Z",
    ],
    [
      "عاد ... الساعة",
      "توقف فيسبوك الساعة 15:40 بتوقيت غرينتش، ثم عاد للعمل الساعة 22:00 بتوقيت غرينتش.",
      "2021-10-04T15:40:00.000Z",
      "2021-10-04T22:00:00.000Z",
    ],
    [
      "a French range that ends at midnight",
      "Facebook est resté inaccessible de 17h45 à minuit (heure de Paris).",
      "2021-10-04T15:45:00.000Z",
      "2021-10-04T22:00:00.000Z",
    ],
    [
      "an English range sharing one zone",
      "The outage lasted between 2:30 a.m. ET and 4:06 a.m.",
      "2021-10-05T06:30:00.000Z",
      "2021-10-05T08:06:00.000Z",
    ],
    [
      "an end on the next day",
      "Les pannes ont commencé à 22h (GMT+1) et ont duré jusqu'à 1h30.",
      "2021-10-04T21:00:00.000Z",
      "2021-10-05T00:30:00.000Z",
    ],
  ])("reads %s", (_name, text, startAt, endAt) => {
    const times = extractTimes(text, context("2021-10-05T12:00:00Z"));
    expect([times.start?.at, times.end?.at]).toEqual([startAt, endAt]);
  });

  it("ignores the time of an update or a statement", () => {
    const times = extractTimes(
      "Mise à jour à 13:35 (heure de Paris) : les services reviennent.",
      context("2021-10-04T20:00:00Z"),
    );
    expect(times).toEqual({});
  });

  it.each([
    ["a duration", "La panne a duré pendant 6h (GMT+1)."],
    ["round-the-clock", "Le service client répond 24h/24."],
    ["a decimal number", "Meta compte 3,14 milliards d'utilisateurs."],
    ["no time at all", "Panne mondiale de WhatsApp."],
  ])("finds no time in %s", (_name, text) => {
    expect(extractTimes(text, context("2021-10-04T20:00:00Z", "Europe/Paris"))).toEqual({});
  });
});
