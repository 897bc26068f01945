import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/lib/definitions.ts";
import {
  APPROXIMATE_TOLERANCE_MINUTES,
  TOLERANCE_MINUTES,
  toReportedTimes,
  toReportedTimesView,
} from "../../../src/site/view-models/reported-times.ts";
import { anArticle, anIncident } from "./fakes.ts";

const started = (id: string, startedAt: string, fields: Partial<Article> = {}) =>
  anArticle({ id, outlet: `Outlet ${id}`, startedAt, startedAtText: `text ${id}`, ...fields });

const incident = anIncident({ id: "i", startedAt: "2021-10-04T15:39:00.000Z" });

describe("toReportedTimes", () => {
  it.each([
    [
      "three sources within the tolerance",
      ["2021-10-04T15:39:00.000Z", "2021-10-04T15:45:00.000Z", "2021-10-04T16:00:00.000Z"],
      [false, false, false],
    ],
    [
      "one source an hour off the median (a zone misread)",
      ["2021-10-04T15:40:00.000Z", "2021-10-04T15:45:00.000Z", "2021-10-04T16:45:00.000Z"],
      [false, false, true],
    ],
    [
      "a source just past the tolerance",
      ["2021-10-04T15:45:00.000Z", "2021-10-04T15:45:00.000Z", `2021-10-04T16:${15 + 1}:00.000Z`],
      [false, false, true],
    ],
    ["a single source", ["2021-10-04T15:45:00.000Z"], [false]],
  ])("flags %s", (_name, starts, flags) => {
    const articles = starts.map((at, index) => started(`a${index}`, at));
    expect(toReportedTimes(incident, articles, "start").rows.map((row) => row.disagrees)).toEqual(flags);
  });

  it("gives an approximate start a wider tolerance and leaves it out of the median", () => {
    const articles = [
      started("exact-1", "2021-10-04T15:40:00.000Z"),
      started("exact-2", "2021-10-04T15:50:00.000Z"),
      started("morning", "2021-10-04T08:00:00.000Z", { startedAtApproximate: true }),
      started("afternoon", "2021-10-04T13:00:00.000Z", { startedAtApproximate: true }),
    ];
    const times = toReportedTimes(incident, articles, "start");
    expect(times.reference).toEqual({ iso: "2021-10-04T15:45:00.000Z", basis: "median" });
    expect(times.rows.map((row) => [row.articleId, row.approximate, row.disagrees])).toEqual([
      ["morning", true, true],
      ["afternoon", true, false],
      ["exact-1", false, false],
      ["exact-2", false, false],
    ]);
  });

  it("compares with a fact sheet's start when it is known to the minute", () => {
    const curated = anIncident({ id: "c", factSheetId: "meta", startedAt: "2021-10-04T15:39:00.000Z" });
    const articles = [started("a", "2021-10-04T16:30:00.000Z"), started("b", "2021-10-04T16:31:00.000Z")];
    const times = toReportedTimes(curated, articles, "start");
    expect(times.reference?.basis).toBe("fact-sheet");
    expect(times.rows.map((row) => row.disagrees)).toEqual([true, true]);
  });

  it("uses the median when the fact sheet knows only the day", () => {
    const curated = anIncident({ id: "c", factSheetId: "bac", startPrecision: "day" });
    const articles = [started("a", "2021-10-04T16:30:00.000Z")];
    expect(toReportedTimes(curated, articles, "start").reference?.basis).toBe("median");
  });

  it("lists reported ends apart from starts", () => {
    const articles = [
      started("a", "2021-10-04T15:40:00.000Z", {
        endedAt: "2021-10-04T21:50:00.000Z",
        endedAtText: "minuit",
      }),
      started("b", "2021-10-04T15:45:00.000Z"),
    ];
    expect(
      toReportedTimes(incident, articles, "end").rows.map((row) => [row.articleId, row.wording]),
    ).toEqual([["a", "minuit"]]);
  });

  it("leaves out a fact sheet's coverage links: they carry the sheet's time, not their own", () => {
    const link = started("link", "2021-10-04T15:39:00.000Z", {
      sourceId: "archive",
      startedAtText: undefined,
    });
    const rows = toReportedTimes(incident, [link, started("a", "2021-10-04T15:45:00.000Z")], "start").rows;
    expect(rows.map((row) => row.articleId)).toEqual(["a"]);
  });

  it("documents its tolerances", () => {
    expect([TOLERANCE_MINUTES, APPROXIMATE_TOLERANCE_MINUTES]).toEqual([30, 180]);
  });
});

describe("toReportedTimesView", () => {
  it("shows the wording as written and the UTC value in the page's language", () => {
    const articles = [
      started("fr", "2021-10-04T15:45:00.000Z", {
        lang: "fr",
        outlet: "Example Maroc",
        startedAtText: "16h45 (GMT+1)",
        url: "https://example.ma/panne",
      }),
    ];
    const view = toReportedTimesView(incident, articles, "ar");
    expect(view.starts).toEqual([
      {
        outlet: "Example Maroc",
        lang: "fr",
        langName: "الفرنسية",
        wording: "16h45 (GMT+1)",
        utc: expect.stringContaining("15:45"),
        iso: "2021-10-04T15:45:00.000Z",
        approximate: false,
        disagrees: false,
        href: "https://example.ma/panne",
      },
    ]);
    expect(view.ends).toEqual([]);
    expect(view.note).toContain("30");
  });

  it.each([
    ["fr", "30 minutes", "3 heures"],
    ["en", "30 minutes", "3 hours"],
  ] as const)("spells the tolerances out in %s", (lang, exact, approximate) => {
    const note = toReportedTimesView(incident, [], lang).note;
    expect([note.includes(exact), note.includes(approximate)]).toEqual([true, true]);
  });
});
