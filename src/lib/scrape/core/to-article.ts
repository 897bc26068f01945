/** Maps a feed item and what was understood of it to the stored `Article`. */
import type { Article, ArticleFacts } from "../../definitions.ts";
import type { FeedSource } from "../../sources/definitions.ts";
import type { FeedItem } from "../definitions.ts";

/** One `Article`: the item's own words, the source's name, the facts; status feeds are official. */
export function toArticle(input: {
  id: string;
  item: FeedItem;
  source: FeedSource;
  facts: ArticleFacts;
  fetchedAt: string;
}): Article {
  const { id, item, source, facts, fetchedAt } = input;
  return {
    ...facts,
    id,
    sourceId: source.id,
    outlet: source.name,
    ...(item.guid !== undefined && { guid: item.guid }),
    ...(item.url !== undefined && { url: item.url }),
    title: item.title,
    summaryHtml: item.summaryHtml,
    text: item.text,
    ...(item.publishedAt !== undefined && { publishedAt: item.publishedAt }),
    fetchedAt,
    ...(source.kind === "status" && { official: true }),
  };
}

const ONE_DAY_MS = 86_400_000;

/**
 * Replaces a publication time more than a day after the fetch with the fetch time: some CMSs
 * stamp items with a scheduled or mistyped date, which would pin them to the top for months.
 */
export function normalizePublishedAt(item: FeedItem, fetchedAt: string): FeedItem {
  if (item.publishedAt === undefined) return item;
  const ahead = Date.parse(item.publishedAt) - Date.parse(fetchedAt);
  return ahead > ONE_DAY_MS ? { ...item, publishedAt: fetchedAt } : item;
}
