import type { Article } from "../../src/lib/definitions.ts";
import type { FeedSource } from "../../src/lib/sources/definitions.ts";

/** The fictional outlet stored articles come from in store tests. */
export const EXAMPLE_SOURCE: FeedSource = {
  id: "example-ma",
  name: "Example MA",
  url: "https://example.ma/feed",
  kind: "news",
  enabled: true,
};

/** A stored French outage article of EXAMPLE_SOURCE; tests override what they are about. */
export function aStoredArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: "a1",
    sourceId: EXAMPLE_SOURCE.id,
    outlet: EXAMPLE_SOURCE.name,
    title: "Panne",
    summaryHtml: "<p>Texte</p>",
    text: "Texte",
    fetchedAt: "2021-10-04T18:00:00.000Z",
    lang: "fr",
    isOutage: true,
    services: [],
    countries: ["MA"],
    cause: "unknown",
    ...overrides,
  };
}
