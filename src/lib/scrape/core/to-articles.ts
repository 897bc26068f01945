/** The adapt step: one fetched feed's bytes to the articles to store, with nothing but pure code. */
import type { Article, ArticleFacts } from "../../definitions.ts";
import type { FeedSource } from "../../sources/definitions.ts";
import type { ArticleInput } from "../../understand/definitions.ts";
import type { FeedItem } from "../definitions.ts";
import { toArticleId } from "./article-identity.ts";
import { decodeFeed } from "./decode-feed.ts";
import { parseFeed } from "./parse-feed.ts";
import { normalizePublishedAt, toArticle } from "./to-article.ts";

/** A fetched feed and what turning it into articles needs. */
export interface FeedToArticles {
  source: FeedSource;
  bytes: Uint8Array;
  contentType?: string;
  /** Base for relative links. */
  finalUrl: string;
  fetchedAt: string;
  understand: (input: ArticleInput) => ArticleFacts;
  /** sha256 hex, for article ids. */
  hash: (text: string) => string;
}

const TITLE_FROM_TEXT_LENGTH = 120;

// Microblog-style feeds have items without a title: the start of the text stands in for one.
function withTitle(item: FeedItem): FeedItem {
  if (item.title !== "") return item;
  const cut = item.text.length > TITLE_FROM_TEXT_LENGTH;
  return { ...item, title: cut ? `${item.text.slice(0, TITLE_FROM_TEXT_LENGTH).trimEnd()}…` : item.text };
}

/** Decodes, parses, understands and maps every usable item; throws a one-line Error for a bad feed. */
export async function toArticles(input: FeedToArticles): Promise<{ items: number; articles: Article[] }> {
  const { source, fetchedAt } = input;
  const { xml } = decodeFeed(input.bytes, {
    ...(source.charset && { override: source.charset }),
    ...(input.contentType && { contentType: input.contentType }),
  });
  const items = (await parseFeed(xml, input.finalUrl))
    .filter((item) => item.title !== "" || item.text !== "")
    .map((item) => withTitle(normalizePublishedAt(item, fetchedAt)));
  const articles = items.map((item) => {
    const lang = item.lang ?? source.lang;
    const facts = input.understand({
      title: item.title,
      text: item.text,
      ...(lang && { lang }),
      ...(item.publishedAt && { publishedAt: item.publishedAt }),
      ...(source.country && { sourceCountry: source.country }),
      sourceKind: source.kind,
      ...(source.services && { sourceServices: source.services }),
    });
    const id = toArticleId(source.id, item, input.hash);
    return toArticle({ id, item, source, facts, fetchedAt });
  });
  return { items: items.length, articles };
}
