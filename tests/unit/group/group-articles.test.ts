import { describe, expect, it } from "vitest";
import { groupArticles } from "../../../src/lib/group/core/group-articles.ts";
import type { GroupableArticle } from "../../../src/lib/group/definitions.ts";
import { articleFactory } from "./fake-article.ts";
import { GAZETTEER } from "./fixture-gazetteer.ts";

/** An outage article; ids sort in creation order unless given. */
const article = articleFactory("a", "2021-10-04T18:00:00.000Z");

const group = (
  articles: GroupableArticle[],
  existing = groupArticles({ articles: [], existing: [], gazetteer: GAZETTEER }).incidents,
) => groupArticles({ articles, existing, gazetteer: GAZETTEER });

describe("groupArticles", () => {
  it("puts French, Arabic and English reports of the same outage into one incident", () => {
    const articles = [
      article({
        lang: "fr",
        services: ["facebook", "instagram", "whatsapp"],
        startedAt: "2021-10-04T15:45:00.000Z",
        publishedAt: "2021-10-04T16:30:00.000Z",
      }),
      article({ lang: "ar", services: ["whatsapp"], publishedAt: "2021-10-04T17:10:00.000Z" }),
      article({
        lang: "en",
        services: ["facebook", "instagram", "whatsapp"],
        cause: "dns",
        publishedAt: "2021-10-05T02:00:00.000Z",
      }),
    ];
    const { incidents } = group(articles);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({
      slug: "2021-10-04-facebook-instagram-whatsapp",
      startedAt: "2021-10-04T15:45:00.000Z",
      cause: "dns",
      services: ["facebook", "instagram", "whatsapp"],
      // Most-reported first: every article names WhatsApp.
      title: { en: "WhatsApp, Facebook and Instagram outage", ar: "عطل في واتساب وفيسبوك وإنستغرام" },
    });
    expect(incidents[0]!.articleIds).toHaveLength(3);
  });

  it.each([
    [
      "the same service three weeks apart",
      ["aws"],
      "2021-12-07T16:00:00.000Z",
      ["aws"],
      "2021-12-29T12:00:00.000Z",
    ],
    [
      "different services on the same day",
      ["aws"],
      "2021-12-07T16:00:00.000Z",
      ["whatsapp"],
      "2021-12-07T17:00:00.000Z",
    ],
  ])("keeps apart %s", (_case, servicesA, timeA, servicesB, timeB) => {
    const { incidents } = group([
      article({ services: servicesA, publishedAt: timeA }),
      article({ services: servicesB, publishedAt: timeB }),
    ]);
    expect(incidents).toHaveLength(2);
  });

  it("joins a report naming only the group (Meta) to the incident of its apps", () => {
    const { incidents } = group([
      article({ services: ["facebook"], publishedAt: "2021-10-04T16:00:00.000Z" }),
      article({ services: ["meta"], publishedAt: "2021-10-04T19:00:00.000Z" }),
    ]);
    expect(incidents).toHaveLength(1);
  });

  it("groups country-level shutdown reports without a named operator by country, as one series", () => {
    const { incidents } = group([
      article({ countries: ["DZ"], cause: "government-shutdown", publishedAt: "2018-06-20T08:00:00.000Z" }),
      article({ countries: ["DZ"], cause: "government-shutdown", publishedAt: "2018-06-24T08:00:00.000Z" }),
      article({ countries: ["DZ"], cause: "government-shutdown", publishedAt: "2018-06-28T08:00:00.000Z" }),
      article({ countries: ["MA"], cause: "government-shutdown", publishedAt: "2018-06-21T08:00:00.000Z" }),
    ]);
    expect(incidents.map((incident) => [incident.slug, incident.articleIds.length])).toEqual([
      ["2018-06-20-dz-internet-shutdown", 3],
      ["2018-06-21-ma-internet-shutdown", 1],
    ]);
    expect(incidents[0]!.title.en).toBe("Internet shutdown in Algeria");
    // The series' date range: first to last reported day.
    expect([incidents[0]!.startedAt, incidents[0]!.endedAt]).toEqual([
      "2018-06-20T08:00:00.000Z",
      "2018-06-28T08:00:00.000Z",
    ]);
  });

  it("keeps a power blackout and an unrelated operator outage in the same country apart", () => {
    const { incidents } = group([
      article({ countries: ["FR"], cause: "power", publishedAt: "2022-03-01T08:00:00.000Z" }),
      article({ countries: ["FR"], cause: "cyberattack", publishedAt: "2022-03-01T10:00:00.000Z" }),
    ]);
    expect(incidents).toHaveLength(2);
  });

  it("ignores articles that are not outage reports and reports those naming nothing to group on", () => {
    const result = group([
      article({ isOutage: false, services: ["whatsapp"] }),
      article({ id: "f".repeat(64), services: [], countries: [] }),
    ]);
    expect(result.incidents).toEqual([]);
    expect(result.unplaceable).toEqual(["f".repeat(64)]);
  });

  it("keeps an incident's id and slug when a later run adds coverage", () => {
    const first = [article({ services: ["whatsapp"], publishedAt: "2022-10-25T08:00:00.000Z" })];
    const initial = group(first);
    const later = article({
      services: ["whatsapp", "instagram"],
      startedAt: "2022-10-25T07:05:00.000Z",
      publishedAt: "2022-10-25T11:00:00.000Z",
    });
    const next = group([...first, later], initial.incidents);
    expect(next.incidents).toHaveLength(1);
    expect(next.incidents[0]!.id).toBe(initial.incidents[0]!.id);
    expect(next.incidents[0]!.slug).toBe(initial.incidents[0]!.slug);
    expect(next.incidents[0]!.startedAt).toBe("2022-10-25T07:05:00.000Z");
    expect(next.changed).toEqual([initial.incidents[0]!.id]);
    expect(next.created).toEqual([]);
  });

  it("gives the same incidents whatever order the articles come in, and changes nothing when re-run", () => {
    const articles = [
      article({ services: ["aws"], publishedAt: "2021-12-07T16:00:00.000Z" }),
      article({ lang: "ar", services: ["aws"], publishedAt: "2021-12-07T20:00:00.000Z" }),
      article({ services: ["maroc-telecom"], countries: ["MA"], publishedAt: "2021-12-08T09:00:00.000Z" }),
    ];
    const forward = group(articles);
    const backward = group([...articles].reverse());
    expect(backward.incidents).toEqual(forward.incidents);
    const again = group(articles, forward.incidents);
    expect(again.incidents).toEqual(forward.incidents);
    expect(again.changed).toEqual([]);
  });

  it("gives a second incident on the same day and subject a distinct slug", () => {
    const first = group([article({ services: ["aws"], publishedAt: "2021-12-07T01:00:00.000Z" })]);
    const { incidents } = group(
      [
        article({ services: ["aws"], publishedAt: "2021-12-07T01:00:00.000Z" }),
        article({ services: ["aws"], publishedAt: "2021-12-11T22:00:00.000Z" }),
      ],
      first.incidents.map((incident) => ({
        ...incident,
        startedAt: "2021-12-07T01:00:00.000Z",
        articleIds: [],
      })),
    );
    expect(new Set(incidents.map((incident) => incident.slug)).size).toBe(incidents.length);
  });

  it("keeps a curated incident's facts while its coverage grows", () => {
    const curated = {
      id: "curated00000001",
      slug: "2021-10-04-facebook-instagram-whatsapp",
      title: { fr: "Panne mondiale", ar: "عطل عالمي", en: "Worldwide outage" },
      services: ["facebook", "whatsapp"],
      countries: [],
      cause: "bgp" as const,
      startedAt: "2021-10-04T15:39:00.000Z",
      endedAt: "2021-10-04T21:45:00.000Z",
      factSheetId: "2021-10-04-facebook-instagram-whatsapp",
      articleIds: [],
      updatedAt: "2021-10-04T15:39:00.000Z",
    };
    const report = article({ services: ["whatsapp"], cause: "dns", publishedAt: "2021-10-04T17:00:00.000Z" });
    const { incidents } = group([report], [curated]);
    expect(incidents).toEqual([{ ...curated, articleIds: [report.id], updatedAt: report.fetchedAt }]);
  });
});
