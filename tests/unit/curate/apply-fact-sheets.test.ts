import { describe, expect, it } from "vitest";
import { applyFactSheets, toCoverageArticles } from "../../../src/lib/curate/core/apply-fact-sheets.ts";
import { parseFactSheet } from "../../../src/lib/curate/core/fact-sheet-schema.ts";
import type { FactSheet } from "../../../src/lib/curate/definitions.ts";
import type { Incident } from "../../../src/lib/definitions.ts";

const hash = (text: string) =>
  `h${text.length.toString(16).padStart(15, "0")}${text.replace(/\W/g, "").slice(-16)}`;

const sheet: FactSheet = parseFactSheet(
  {
    slug: "2021-10-04-facebook-instagram-whatsapp",
    title: { fr: "Panne mondiale de Facebook", ar: "عطل عالمي في فيسبوك", en: "Worldwide Facebook outage" },
    summary: { fr: "Résumé.", ar: "ملخص.", en: "Summary." },
    services: ["whatsapp", "facebook", "instagram"],
    cause: "bgp",
    startedAt: new Date("2021-10-04T15:39:00Z"),
    endedAt: "2021-10-04T21:45:00Z",
    coverage: [
      {
        url: "https://engineering.example.com/outage-details/",
        outlet: "Example Engineering",
        lang: "en",
        official: true,
      },
    ],
  },
  "sheet.yaml",
);

const grouped = (overrides: Partial<Incident>): Incident => ({
  id: "grouped000000001",
  slug: "2021-10-04-whatsapp",
  title: { fr: "Panne : WhatsApp", ar: "عطل في واتساب", en: "WhatsApp outage" },
  services: ["whatsapp"],
  countries: ["MA"],
  cause: "dns",
  startedAt: "2021-10-04T15:45:00.000Z",
  articleIds: ["article-1"],
  updatedAt: "2021-10-04T18:00:00.000Z",
  ...overrides,
});

describe("applyFactSheets", () => {
  const coverage = toCoverageArticles(sheet, hash);
  const coverageIds = new Map([[sheet.slug, coverage.map((a) => a.id)]]);

  it("stores coverage links as official or press articles carrying the sheet's facts", () => {
    expect(coverage).toEqual([
      expect.objectContaining({
        sourceId: "archive",
        outlet: "Example Engineering",
        official: true,
        isOutage: true,
        services: ["facebook", "instagram", "whatsapp"],
        fetchedAt: "2021-10-04T15:39:00.000Z",
      }),
    ]);
  });

  it("creates an incident under the sheet's own slug when no grouped incident matches", () => {
    const [incident] = applyFactSheets({ sheets: [sheet], incidents: [], coverageIds, hash });
    expect(incident).toMatchObject({
      slug: sheet.slug,
      factSheetId: sheet.slug,
      cause: "bgp",
      title: sheet.title,
    });
    expect(incident!.articleIds).toEqual(coverageIds.get(sheet.slug));
  });

  it("takes over the grouped incidents of the same outage, keeping the earliest one's id and slug", () => {
    const later = grouped({
      id: "grouped000000002",
      slug: "2021-10-04-facebook",
      services: ["facebook"],
      startedAt: "2021-10-04T16:00:00.000Z",
      articleIds: ["article-2"],
    });
    const unrelated = grouped({
      id: "grouped000000003",
      slug: "2021-10-20-whatsapp",
      startedAt: "2021-10-20T10:00:00.000Z",
      articleIds: ["article-3"],
    });
    const incidents = applyFactSheets({
      sheets: [sheet],
      incidents: [grouped({}), later, unrelated],
      coverageIds,
      hash,
    });
    expect(incidents.map((incident) => [incident.id, incident.slug, incident.factSheetId])).toEqual([
      ["grouped000000001", "2021-10-04-whatsapp", sheet.slug],
      ["grouped000000003", "2021-10-20-whatsapp", undefined],
    ]);
    expect(incidents[0]!.articleIds).toEqual(
      ["article-1", "article-2", ...coverageIds.get(sheet.slug)!].sort(),
    );
  });

  it("is idempotent: curating twice gives the same incidents", () => {
    const once = applyFactSheets({ sheets: [sheet], incidents: [grouped({})], coverageIds, hash });
    expect(applyFactSheets({ sheets: [sheet], incidents: once, coverageIds, hash })).toEqual(once);
  });
});

describe("parseFactSheet", () => {
  it.each([
    [{ slug: "facebook" }, "sheet.yaml: slug: must look like 2021-10-04-facebook-whatsapp"],
    [{ ...sheet, cause: "aliens" }, "sheet.yaml: cause:"],
    [{ ...sheet, startedAt: "yesterday" }, "sheet.yaml: startedAt: must be an ISO date or date-time"],
    [
      { ...sheet, coverage: [{ url: "javascript:alert(1)", outlet: "X", lang: "en" }] },
      "sheet.yaml: coverage.0.url:",
    ],
  ])("rejects a bad sheet with one line naming the field (%#)", (data, message) => {
    expect(() => parseFactSheet(data, "sheet.yaml")).toThrow(message);
  });
});
