import { describe, expect, it } from "vitest";
import { LOCALES } from "../../../src/config/locales.ts";
import { formatDate, formatDateTime, toUtcYear } from "../../../src/i18n/format-date.ts";
import { toDurationParts } from "../../../src/i18n/format-duration.ts";
import { useTranslations } from "../../../src/i18n/index.ts";

describe("formatDateTime", () => {
  it.each([
    ["fr", "2021-10-04T15:39:00.000Z", "4 octobre 2021 à 15:39 UTC"],
    ["en", "2021-10-04T15:39:00.000Z", "4 October 2021 at 15:39 UTC"],
    ["ar", "2021-10-04T15:39:00.000Z", "4 أكتوبر 2021 في 15:39 UTC"],
    // Just before midnight UTC is already the next day in Auckland: the page must still say the 4th.
    ["en", "2021-10-04T23:59:00.000Z", "4 October 2021 at 23:59 UTC"],
  ] as const)("writes %s %s as %s, in UTC", (lang, iso, expected) => {
    expect(formatDateTime(iso, LOCALES[lang].intl)).toBe(expected);
  });

  it("writes Arabic dates with Latin digits, on purpose", () => {
    expect(formatDate("2024-12-14T00:00:00.000Z", LOCALES.ar.intl)).toMatch(/^14 .+ 2024$/);
  });

  it("files an instant under its UTC year", () => {
    expect(toUtcYear("2021-12-31T23:30:00.000Z")).toBe(2021);
  });
});

describe("durations", () => {
  it.each([
    ["2021-10-04T15:39:00.000Z", "2021-10-04T21:51:00.000Z", { days: 0, hours: 6, minutes: 12 }],
    ["2021-10-04T15:39:00.000Z", "2021-10-04T15:39:59.000Z", { days: 0, hours: 0, minutes: 0 }],
    ["2024-07-19T04:09:00.000Z", "2024-07-22T05:09:00.000Z", { days: 3, hours: 1, minutes: 0 }],
    ["2021-10-04T21:51:00.000Z", "2021-10-04T15:39:00.000Z", { days: 0, hours: 0, minutes: 0 }],
  ])("splits %s → %s into %o", (start, end, parts) => {
    expect(toDurationParts(start, end)).toEqual(parts);
  });

  it.each([
    ["fr", "2021-10-04T15:39:00.000Z", "2021-10-04T21:51:00.000Z", "6 heures et 12 minutes"],
    ["en", "2021-10-04T15:39:00.000Z", "2021-10-04T16:40:00.000Z", "1 hour and 1 minute"],
    ["ar", "2021-10-04T15:39:00.000Z", "2021-10-04T21:51:00.000Z", "6 ساعات و12 دقيقة"],
    ["ar", "2021-10-04T10:00:00.000Z", "2021-10-04T12:01:00.000Z", "ساعتان ودقيقة واحدة"],
    ["ar", "2021-10-01T10:00:00.000Z", "2021-10-12T11:00:00.000Z", "11 يومًا وساعة واحدة"],
    // Only the two largest units: the minutes of a three-day outage are noise.
    ["en", "2024-07-19T04:09:00.000Z", "2024-07-22T05:10:00.000Z", "3 days and 1 hour"],
    ["fr", "2021-10-04T15:39:00.000Z", "2021-10-04T15:39:30.000Z", "moins d’une minute"],
  ] as const)("says %s %s → %s as %s", (lang, start, end, expected) => {
    expect(useTranslations(lang).formatDuration(start, end)).toBe(expected);
  });
});

describe("plural-aware counts", () => {
  it.each([
    [0, "لا مقالات"],
    [1, "مقال واحد"],
    [2, "مقالان"],
    [3, "3 مقالات"],
    [11, "11 مقالًا"],
    [100, "100 مقال"],
  ])("counts %i Arabic articles as %s", (count, expected) => {
    expect(useTranslations("ar").t("incident.articles", { count })).toBe(expected);
  });

  it.each([
    ["fr", 1, "1 article"],
    ["fr", 2, "2 articles"],
    ["fr", 1_000_000, "1000000 d’articles"],
    ["en", 1, "1 article"],
    ["en", 0, "0 articles"],
  ] as const)("counts %s %i articles as %s", (lang, count, expected) => {
    expect(useTranslations(lang).t("incident.articles", { count })).toBe(expected);
  });
});

describe("useTranslations", () => {
  it.each([
    ["fr", "ltr"],
    ["ar", "rtl"],
    ["en", "ltr"],
  ] as const)("gives %s the direction %s", (lang, dir) => {
    expect(useTranslations(lang).dir).toBe(dir);
  });

  it("lists names with the locale's own conjunction", () => {
    expect(useTranslations("ar").formatList(["فيسبوك", "واتساب"])).toBe("فيسبوك وواتساب");
    expect(useTranslations("fr").formatList(["Facebook", "WhatsApp"])).toBe("Facebook et WhatsApp");
  });
});
