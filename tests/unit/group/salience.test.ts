import { describe, expect, it } from "vitest";
import { toDayHint, toReportedDay } from "../../../src/lib/group/core/salience.ts";
import { summarizeIncident } from "../../../src/lib/group/core/summarize-incident.ts";
import { TextProfile, toIdf, toTokens } from "../../../src/lib/group/core/text-profile.ts";
import type { GroupableArticle } from "../../../src/lib/group/definitions.ts";

const article = (title: string, text: string): GroupableArticle => ({
  id: "a",
  title,
  text,
  lang: "fr",
  isOutage: true,
  services: [],
  countries: [],
  cause: "unknown",
  fetchedAt: "2030-01-01T00:00:00.000Z",
});

describe("toDayHint", () => {
  it.each([
    [
      "a French weekday and date without a year",
      "Une panne a touché WhatsApp mardi 25 octobre au matin.",
      { month: 10, day: 25 },
    ],
    [
      "an English date with its year",
      "On Dec. 7, 2021, an outage hit the cloud.",
      { year: 2021, month: 12, day: 7 },
    ],
    ["an Arabic date", "تعطل واتساب يوم 25 أكتوبر 2022 لساعتين", { year: 2022, month: 10, day: 25 }],
    ["no date at all", "WhatsApp est en panne.", undefined],
  ])("reads %s", (_case, text, expected) => {
    expect(toDayHint(article("", text))).toEqual(expected);
  });
});

describe("toReportedDay", () => {
  it.each([
    [
      "a day written weeks before publication",
      { month: 2, day: 19 },
      "2021-03-10T09:00:00.000Z",
      "2021-02-19T12:00:00.000Z",
    ],
    [
      "a late-December day read in January",
      { month: 12, day: 28 },
      "2022-01-05T09:00:00.000Z",
      "2021-12-28T12:00:00.000Z",
    ],
    ["a day after publication", { month: 3, day: 20 }, "2021-03-10T09:00:00.000Z", undefined],
    [
      "a background date months earlier",
      { year: 2020, month: 6, day: 1 },
      "2021-03-10T09:00:00.000Z",
      undefined,
    ],
  ])("takes %s", (_case, hint, publishedAt, expected) => {
    expect(toReportedDay(hint, publishedAt)).toBe(expected);
  });
});

describe("TextProfile", () => {
  const docs = [
    toTokens("Panne Atlas Offshore", "le câble sous-marin Atlas Offshore est coupé"),
    toTokens("Panne mobile", "le réseau mobile de l'opérateur est en panne"),
    toTokens("Panne générale", "une panne touche le pays"),
  ];
  const idf = toIdf(docs);

  it("finds an article closer to coverage sharing its rare words than to coverage sharing common ones", () => {
    const cable = new TextProfile(idf);
    cable.add(docs[0]!);
    const mobile = new TextProfile(idf);
    mobile.add(docs[1]!);
    const query = toTokens("Atlas Offshore réparé", "le câble Atlas Offshore fonctionne de nouveau");
    expect(cable.similarity(query)).toBeGreaterThan(mobile.similarity(query));
    expect(cable.similarity(query)).toBeLessThanOrEqual(1);
  });

  it("matches words across Arabic spellings", () => {
    expect(toTokens("", "إنستغرام")).toEqual(toTokens("", "انستغرام"));
  });
});

describe("summarizeIncident", () => {
  const member = (fields: Partial<GroupableArticle>): GroupableArticle => ({ ...article("", ""), ...fields });

  it("lets a clock time reported by one source win over another's part-of-day guess", () => {
    const summary = summarizeIncident([
      member({
        id: "a",
        startedAt: "2021-10-04T14:00:00.000Z",
        startedAtApproximate: true,
        publishedAt: "2021-10-04T16:00:00.000Z",
      }),
      member({ id: "b", startedAt: "2021-10-04T15:40:00.000Z", publishedAt: "2021-10-04T17:00:00.000Z" }),
    ]);
    expect(summary.startedAt).toBe("2021-10-04T15:40:00.000Z");
  });

  it("falls back on the guess when no source gives a clock time", () => {
    const summary = summarizeIncident([
      member({
        id: "a",
        startedAt: "2021-10-04T14:00:00.000Z",
        startedAtApproximate: true,
        publishedAt: "2021-10-04T16:00:00.000Z",
      }),
    ]);
    expect(summary.startedAt).toBe("2021-10-04T14:00:00.000Z");
  });
});
