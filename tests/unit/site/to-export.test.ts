import { describe, expect, it } from "vitest";
import { toExport, toNewestTime } from "../../../src/lib/export/core/to-export.ts";
import { exportSchema } from "../../../src/lib/export/export-schema.ts";
import { anArticle, anIncident } from "./fakes.ts";

const articles = [
  anArticle({
    id: "b",
    url: "https://example.ma/b",
    outlet: "Example Maroc",
    title: "Panne",
    publishedAt: "2021-10-04T17:00:00.000Z",
    fetchedAt: "2021-10-05T00:00:00.000Z",
    services: ["whatsapp"],
    countries: ["MA"],
    cause: "bgp",
  }),
  anArticle({ id: "a", lang: "ar", outlet: "مثال", title: "عطل", fetchedAt: "2021-10-04T16:00:00.000Z" }),
  anArticle({ id: "c", isOutage: false, fetchedAt: "2024-12-13T10:00:00.000Z" }),
];
const incidents = [
  anIncident({ id: "later", startedAt: "2024-01-01T00:00:00.000Z", updatedAt: "2024-12-14T12:00:00.000Z" }),
  anIncident({
    id: "first",
    slug: "2021-10-04-whatsapp",
    services: ["whatsapp"],
    countries: ["MA"],
    cause: "bgp",
    startedAt: "2021-10-04T15:39:00.000Z",
    endedAt: "2021-10-04T21:51:00.000Z",
    articleIds: ["a", "b", "missing"],
    updatedAt: "2021-10-05T00:00:00.000Z",
  }),
];

describe("toExport", () => {
  const document = toExport({ incidents, articles, generatedAt: "2024-12-14T12:00:00.000Z" });

  it("produces a document that validates against the export schema", () => {
    expect(exportSchema.parse(document)).toEqual(document);
  });

  it("orders incidents by start and their articles by time, and skips ids it cannot find", () => {
    expect(document.incidents.map((incident) => incident.id)).toEqual(["first", "later"]);
    expect(document.incidents[0]).toEqual({
      id: "first",
      slug: "2021-10-04-whatsapp",
      title: { fr: "Titre first", ar: "عنوان first", en: "Title first" },
      services: ["whatsapp"],
      countries: ["MA"],
      cause: "bgp",
      startedAt: "2021-10-04T15:39:00.000Z",
      endedAt: "2021-10-04T21:51:00.000Z",
      articles: [
        { url: null, source: "مثال", lang: "ar", title: "عطل", publishedAt: null },
        {
          url: "https://example.ma/b",
          source: "Example Maroc",
          lang: "fr",
          title: "Panne",
          publishedAt: "2021-10-04T17:00:00.000Z",
        },
      ],
    });
    expect(document.incidents[1]?.endedAt).toBeNull();
  });

  it("lists every stored article, outage or not, with its incident or null", () => {
    expect(document.articles.map((article) => [article.isOutage, article.incidentId])).toEqual([
      [true, "first"],
      [true, "first"],
      [false, null],
    ]);
  });

  it("rejects a document with a field the contract does not have", () => {
    expect(exportSchema.safeParse({ ...document, extra: 1 }).success).toBe(false);
  });
});

describe("toNewestTime", () => {
  it("is the latest article fetch or incident update", () => {
    expect(toNewestTime(incidents, articles)).toBe("2024-12-14T12:00:00.000Z");
    expect(toNewestTime([], articles)).toBe("2024-12-13T10:00:00.000Z");
  });

  it("is the Unix epoch when nothing is stored", () => {
    expect(toNewestTime([], [])).toBe("1970-01-01T00:00:00.000Z");
  });
});
