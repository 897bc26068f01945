import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../../../src/lib/definitions.ts";
import type { FeedItem } from "../../../src/lib/scrape/definitions.ts";
import { normalizePublishedAt, toArticle } from "../../../src/lib/scrape/core/to-article.ts";
import type { FeedSource } from "../../../src/lib/sources/definitions.ts";

const facts: ArticleFacts = {
  lang: "fr",
  isOutage: true,
  services: ["whatsapp"],
  countries: ["MA"],
  cause: "unknown",
};
const item: FeedItem = {
  guid: "g1",
  url: "https://example.ma/a",
  title: "Panne de WhatsApp",
  summaryHtml: "<p>Texte</p>",
  text: "Texte",
  publishedAt: "2021-10-04T16:30:00.000Z",
};
const source = (kind: FeedSource["kind"]): FeedSource => ({
  id: "example-ma",
  name: "Example Maroc",
  url: "https://example.ma/feed",
  kind,
  enabled: true,
});
const fetchedAt = "2021-10-04T18:00:00.000Z";

describe("toArticle", () => {
  it("combines the item, its source and the facts", () => {
    expect(toArticle({ id: "abc", item, source: source("news"), facts, fetchedAt })).toEqual({
      ...facts,
      id: "abc",
      sourceId: "example-ma",
      outlet: "Example Maroc",
      guid: "g1",
      url: "https://example.ma/a",
      title: "Panne de WhatsApp",
      summaryHtml: "<p>Texte</p>",
      text: "Texte",
      publishedAt: "2021-10-04T16:30:00.000Z",
      fetchedAt,
    });
  });

  it("marks items of status feeds as official", () => {
    expect(toArticle({ id: "abc", item, source: source("status"), facts, fetchedAt }).official).toBe(true);
  });
});

describe("normalizePublishedAt", () => {
  it.each([
    ["keeps a past date", "2021-10-04T16:30:00.000Z", "2021-10-04T16:30:00.000Z"],
    [
      "keeps a date up to a day ahead (zones, clock skew)",
      "2021-10-05T17:00:00.000Z",
      "2021-10-05T17:00:00.000Z",
    ],
    ["replaces a date far in the future with the fetch time", "2031-10-04T09:00:00.000Z", fetchedAt],
  ])("%s", (_name, publishedAt, expected) => {
    expect(normalizePublishedAt({ ...item, publishedAt }, fetchedAt).publishedAt).toBe(expected);
  });
});
