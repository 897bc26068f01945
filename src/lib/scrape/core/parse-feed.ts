/** Decoded feed XML (RSS 2.0, RSS 1.0/RDF, Atom) to sanitised `FeedItem`s, leniently. */
import Parser from "rss-parser";
import { isLang } from "../../../config/locales.ts";
import type { Lang } from "../../definitions.ts";
import type { FeedItem } from "../definitions.ts";
import { parseFeedDate } from "./parse-feed-date.ts";
import { sanitizeHtml, toPlainText } from "./sanitize-html.ts";

type RawFeed = Record<string, unknown> & { items: Record<string, unknown>[] };

// rss-parser calls `new Date(published).toISOString()` on Atom dates, which throws on a bad one and
// loses the whole feed; renaming the tags hides them from it, and parseFeedDate reads them instead.
const HIDDEN_DATE_TAGS: Readonly<Record<string, string>> = {
  published: "atom-published",
  updated: "atom-updated",
};

function newParser(): Parser {
  return new Parser({
    // Some feeds send `<rss>` without its version attribute.
    defaultRSS: 2,
    xml2js: { tagNameProcessors: [(name: string) => HIDDEN_DATE_TAGS[name] ?? name] },
    customFields: { feed: ["dc:language"], item: ["atom-published", "atom-updated"] },
  });
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;

function toLang(tag: unknown): Lang | undefined {
  const primary = text(tag)?.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : undefined;
}

function resolveLink(link: string | undefined, feedUrl: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link.trim(), feedUrl);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function rejectNonFeed(xml: string): void {
  const start = xml.replace(/^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*/, "");
  if (start === "") throw new Error("empty response");
  if (/^<!doctype\s+html|^<html[\s>]/i.test(start)) throw new Error("not a feed: got an HTML page");
  if (!start.startsWith("<"))
    throw new Error(`not a feed: the response is not XML ("${start.slice(0, 30)}")`);
}

function toParseError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith("Feed not recognized"))
    return new Error("not a feed: the XML is neither RSS nor Atom");
  if (message.startsWith("Unable to parse XML")) return new Error("empty response");
  // sax errors span four lines ("Unexpected close tag\nLine: 0\nColumn: 60\nChar: >"), lines from 0.
  const [first = "", line = "", column = ""] = message.split("\n");
  const [lineNumber, columnNumber] = [line, column].map((part) => Number(part.replace(/\D/g, "")));
  const where =
    line && column ? ` at line ${(lineNumber ?? 0) + 1}, column ${Math.max(1, columnNumber ?? 0)}` : "";
  return new Error(`invalid XML: ${first.toLowerCase()}${where}`);
}

function toFeedItem(
  raw: Record<string, unknown>,
  feedUrl: string | undefined,
  feedLang: Lang | undefined,
): FeedItem {
  const content =
    text(raw["content:encoded"]) ?? text(raw.content) ?? text(raw.summary) ?? text(raw.contentSnippet) ?? "";
  const guid = text(raw.guid) ?? text(raw.id);
  const url = resolveLink(text(raw.link), feedUrl);
  const publishedAt =
    parseFeedDate(text(raw.pubDate) ?? text(raw.date)) ??
    parseFeedDate(text(raw["atom-published"])) ??
    parseFeedDate(text(raw["atom-updated"]));
  const lang = toLang(raw.language) ?? feedLang;
  return {
    ...(guid && { guid: guid.trim() }),
    ...(url && { url }),
    title: toPlainText(text(raw.title) ?? ""),
    summaryHtml: sanitizeHtml(content, feedUrl),
    text: toPlainText(content),
    ...(publishedAt && { publishedAt }),
    ...(lang && { lang }),
  };
}

/**
 * Parses a feed; `feedUrl` (where it was fetched from) resolves relative links. Throws a one-line
 * Error for an empty body, an HTML page, XML that is not a feed, or malformed XML.
 */
export async function parseFeed(xml: string, feedUrl?: string): Promise<FeedItem[]> {
  rejectNonFeed(xml);
  let feed: RawFeed;
  try {
    feed = (await newParser().parseString(xml)) as unknown as RawFeed;
  } catch (error) {
    throw toParseError(error);
  }
  const rootLang = xml.match(/<(?:feed|rss|rdf:RDF)\b[^>]*?\bxml:lang\s*=\s*["']([^"']+)["']/)?.[1];
  const feedLang = toLang(feed.language) ?? toLang(feed["dc:language"]) ?? toLang(rootLang);
  return (feed.items ?? []).map((raw) => toFeedItem(raw, feedUrl, feedLang));
}
