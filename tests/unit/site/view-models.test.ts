import { describe, expect, it } from "vitest";
import type { SourceHealth } from "../../../src/lib/store/sqlite-source-store.ts";
import { toSafeHref } from "../../../src/site/urls.ts";
import { toArchive, toArchiveYear, toArchiveYears } from "../../../src/site/view-models/archive.ts";
import { toFeedItems } from "../../../src/site/view-models/feed.ts";
import { toHome } from "../../../src/site/view-models/home.ts";
import { isOngoing } from "../../../src/site/view-models/incident-card.ts";
import { toIncidentView } from "../../../src/site/view-models/incident.ts";
import { toCountryName, toServiceName } from "../../../src/site/view-models/names.ts";
import { toServiceHistory, toServiceIds } from "../../../src/site/view-models/service-history.ts";
import { toSourceRows } from "../../../src/site/view-models/source-rows.ts";
import { toCleanText } from "../../../src/site/view-models/text.ts";
import { GAZETTEER, anArticle, anIncident } from "./fakes.ts";

const NOW = "2024-12-14T12:00:00.000Z";

describe("isOngoing", () => {
  it.each([
    ["no end, started 3 hours before now", { startedAt: "2024-12-14T09:00:00.000Z" }, true],
    ["no end, started exactly 48 hours before now", { startedAt: "2024-12-12T12:00:00.000Z" }, true],
    ["no end, started 48 hours and a minute before now", { startedAt: "2024-12-12T11:59:00.000Z" }, false],
    ["ended", { startedAt: "2024-12-14T09:00:00.000Z", endedAt: "2024-12-14T10:00:00.000Z" }, false],
  ])("is %s → %s", (_, fields, expected) => {
    expect(isOngoing(anIncident({ id: "i", ...fields }), NOW)).toBe(expected);
  });
});

describe("toHome", () => {
  it("lists ongoing incidents apart from the latest ones, newest first and ties broken by id", () => {
    const incidents = [
      anIncident({ id: "b-old", startedAt: "2021-10-04T15:39:00.000Z", endedAt: "2021-10-04T21:51:00.000Z" }),
      anIncident({ id: "a-old", startedAt: "2021-10-04T15:39:00.000Z", endedAt: "2021-10-04T21:51:00.000Z" }),
      anIncident({ id: "now", startedAt: "2024-12-14T09:30:00.000Z" }),
    ];
    const home = toHome(incidents, GAZETTEER, "en", NOW);
    expect(home.empty).toBe(false);
    expect(home.ongoing.map((card) => card.slug)).toEqual(["now"]);
    expect(home.latest.map((card) => card.slug)).toEqual(["a-old", "b-old"]);
    expect(home.ongoing[0]).toMatchObject({ href: "/en/incidents/now/", ongoing: true, title: "Title now" });
  });

  it("says the site is empty when nothing is stored", () => {
    expect(toHome([], GAZETTEER, "fr", "1970-01-01T00:00:00.000Z")).toEqual({
      empty: true,
      ongoing: [],
      latest: [],
    });
  });
});

describe("toIncidentView", () => {
  const incident = anIncident({
    id: "inc",
    slug: "2021-10-04-whatsapp",
    services: ["whatsapp", "unknown-service"],
    countries: ["MA", "TN"],
    cause: "bgp",
    startedAt: "2021-10-04T15:39:00.000Z",
    endedAt: "2021-10-04T21:51:00.000Z",
    summary: { fr: "Résumé", ar: "ملخص", en: "Summary" },
    articleIds: ["en-2", "fr-1", "ar-1", "en-1"],
  });
  const articles = [
    anArticle({ id: "en-2", lang: "en", publishedAt: "2021-10-04T18:00:00.000Z", official: true }),
    anArticle({
      id: "en-1",
      lang: "en",
      publishedAt: "2021-10-04T16:00:00.000Z",
      url: "javascript:alert(1)",
    }),
    anArticle({ id: "fr-1", lang: "fr", url: "https://example.ma/a" }),
    anArticle({ id: "ar-1", lang: "ar", title: "عنوان\u0007 المقال" }),
    anArticle({ id: "elsewhere", lang: "fr" }),
  ];

  it("puts the page's language first, then the others in site order, each oldest first", () => {
    const view = toIncidentView(incident, articles, GAZETTEER, "ar");
    expect(view.coverage.map((group) => [group.lang, group.articles.map((a) => a.id)])).toEqual([
      ["ar", ["ar-1"]],
      ["fr", ["fr-1"]],
      ["en", ["en-1", "en-2"]],
    ]);
    expect(view.coverage.map((group) => group.count)).toEqual(["مقال واحد", "مقال واحد", "مقالان"]);
  });

  it("writes the facts in the page's language, falling back to the id or Intl for unknown names", () => {
    const { facts, summary, title } = toIncidentView(incident, articles, GAZETTEER, "fr");
    expect(title).toBe("Titre inc");
    expect(summary).toBe("Résumé");
    expect(facts.services).toEqual([
      { href: "/fr/services/whatsapp/", label: "WhatsApp" },
      { href: "/fr/services/unknown-service/", label: "unknown-service" },
    ]);
    expect(facts.countries).toEqual(["Maroc", "Tunisie"]);
    expect(facts).toMatchObject({ cause: "Routage (BGP)", duration: "6 heures et 12 minutes" });
  });

  it("keeps article text clean and links only to http(s) URLs", () => {
    const view = toIncidentView(incident, articles, GAZETTEER, "en");
    const byId = new Map(view.coverage.flatMap((group) => group.articles).map((a) => [a.id, a]));
    expect(byId.get("ar-1")).toMatchObject({ title: "عنوان المقال", lang: "ar" });
    expect(byId.get("en-1")?.href).toBeUndefined();
    expect(byId.get("fr-1")?.href).toBe("https://example.ma/a");
    expect(byId.get("en-2")?.official).toBe(true);
  });

  it("shows a start known only to the day as a date, without a time", () => {
    const dayOnly = { ...incident, startedAt: "2024-02-24T00:00:00.000Z", startPrecision: "day" as const };
    expect(toIncidentView(dayOnly, articles, GAZETTEER, "en").facts.startedAt).toBe("24 February 2024");
  });

  it("names a curated link without a verified headline by its host", () => {
    const link = anArticle({ id: "link", lang: "en", title: "", url: "https://www.example.org/report/" });
    const view = toIncidentView({ ...incident, articleIds: ["link"] }, [link], GAZETTEER, "en");
    expect(view.coverage[0]?.articles[0]?.title).toBe("example.org");
  });

  it("lists services the gazetteer does not know yet by name, apart from the linked ones", () => {
    const { facts } = toIncidentView(
      { ...incident, candidateServices: ["Zoomify"] },
      articles,
      GAZETTEER,
      "ar",
    );
    expect(facts.candidateServices).toEqual(["Zoomify"]);
    expect(facts.services.map((service) => service.label)).not.toContain("Zoomify");
    expect(toIncidentView(incident, articles, GAZETTEER, "ar").facts).not.toHaveProperty("candidateServices");
  });

  it("leaves end and duration out when the end is unknown", () => {
    const { facts } = toIncidentView({ ...incident, endedAt: undefined }, articles, GAZETTEER, "en");
    expect(facts.endedAt).toBeUndefined();
    expect(facts.duration).toBeUndefined();
  });
});

describe("services and archive", () => {
  const incidents = [
    anIncident({ id: "x", services: ["whatsapp"], startedAt: "2021-10-04T15:39:00.000Z" }),
    anIncident({ id: "y", services: ["maroc-telecom", "whatsapp"], startedAt: "2024-12-14T09:30:00.000Z" }),
    anIncident({ id: "z", services: [], startedAt: "2021-12-31T23:59:00.000Z" }),
  ];

  it("gives a page only to services with incidents, in id order", () => {
    expect(toServiceIds(incidents)).toEqual(["maroc-telecom", "whatsapp"]);
  });

  it("shows a service's history newest first with a plural-aware count", () => {
    const view = toServiceHistory("whatsapp", incidents, GAZETTEER, "ar", NOW);
    expect(view).toMatchObject({ id: "whatsapp", name: "واتساب", count: "حادثتان مسجَّلتان" });
    expect(view.incidents.map((card) => card.slug)).toEqual(["y", "x"]);
  });

  it("files incidents by UTC year, newest year first", () => {
    expect(toArchiveYears(incidents)).toEqual([2024, 2021]);
    expect(toArchive(incidents, "en")).toEqual([
      { year: 2024, href: "/en/archive/2024/", count: "1 incident" },
      { year: 2021, href: "/en/archive/2021/", count: "2 incidents" },
    ]);
    expect(toArchiveYear(2021, incidents, GAZETTEER, "en", NOW).map((card) => card.slug)).toEqual(["z", "x"]);
  });
});

describe("toSourceRows", () => {
  const source: SourceHealth = {
    id: "example-ma",
    name: "Example Maroc",
    url: "https://example.ma/feed",
    kind: "news",
    lastNewItems: 0,
    consecutiveFailures: 0,
    articleCount: 1234,
  };

  it.each([
    ["never fetched", {}, { statusKind: "unknown", lastFetch: "Never", status: "Not fetched yet" }],
    [
      "failing",
      {
        lastFetchedAt: "2024-12-14T11:00:00.000Z",
        lastStatus: "failed",
        lastError: "HTTP 500",
        consecutiveFailures: 3,
      },
      { statusKind: "failed", status: "Failing", failures: "Consecutive failures: 3", lastError: "HTTP 500" },
    ],
    [
      "not modified",
      { lastFetchedAt: "2024-12-14T11:00:00.000Z", lastStatus: "not-modified" },
      { status: "Unchanged" },
    ],
  ])("describes a source %s", (_, fields, expected) => {
    const [row] = toSourceRows([{ ...source, ...fields }], "en");
    expect(row).toMatchObject({
      ...expected,
      articles: "1,234",
      kind: "News",
      href: "https://example.ma/feed",
    });
  });

  it("leaves the curated archive off the sources page: nothing is fetched from it", () => {
    expect(
      toSourceRows([{ ...source, id: "archive", kind: "archive" }, source], "en").map((r) => r.id),
    ).toEqual(["example-ma"]);
  });

  it("does not link a file-path source", () => {
    expect(toSourceRows([{ ...source, url: "/srv/feeds/local.xml" }], "fr")[0]?.href).toBeUndefined();
  });
});

describe("toFeedItems", () => {
  it("orders by last update, newest first, ties broken by id, with clean text", () => {
    const items = toFeedItems(
      [
        anIncident({ id: "b", updatedAt: "2024-01-02T00:00:00.000Z" }),
        anIncident({
          id: "a",
          updatedAt: "2024-01-02T00:00:00.000Z",
          title: { fr: "A\u0000\u0007 & B", ar: "", en: "" },
        }),
        anIncident({
          id: "c",
          updatedAt: "2024-01-03T00:00:00.000Z",
          services: ["whatsapp"],
          countries: ["MA"],
        }),
      ],
      GAZETTEER,
      "fr",
    );
    expect(items.map((item) => item.link)).toEqual([
      "/fr/incidents/c/",
      "/fr/incidents/a/",
      "/fr/incidents/b/",
    ]);
    expect(items[1]?.title).toBe("A & B");
    expect(items[0]?.description).toBe("1 janvier 2024 à 00:00 UTC · WhatsApp · Maroc · Inconnue");
  });
});

describe("small helpers", () => {
  it.each([
    ["https://example.ma/a", "https://example.ma/a"],
    ["http://example.ma/a", "http://example.ma/a"],
    ["javascript:alert(1)", undefined],
    ["/relative/path", undefined],
    [undefined, undefined],
  ])("links %s as %s", (url, expected) => {
    expect(toSafeHref(url)).toBe(expected);
  });

  it.each([
    ["a\u0000b\u0008c", "abc"],
    ["  two\n\tlines  ", "two lines"],
    ["lone \uD800 surrogate", "lone surrogate"],
    ["emoji 🌐 stays", "emoji 🌐 stays"],
  ])("cleans %j to %j", (text, expected) => {
    expect(toCleanText(text)).toBe(expected);
  });

  it("names services and countries from the gazetteer in each language", () => {
    expect(toServiceName("maroc-telecom", GAZETTEER, "ar")).toBe("اتصالات المغرب");
    expect(toCountryName("MA", GAZETTEER, "en")).toBe("Morocco");
    expect(toCountryName("DZ", GAZETTEER, "ar")).toBe("الجزائر");
  });
});
