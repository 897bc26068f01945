/** Renders an RSS 2.0 feed for a set of incidents in one locale, with `@astrojs/rss`. */
import rss from "@astrojs/rss";
import { LOCALES, type Lang } from "../config/locales.ts";
import type { Incident } from "../lib/definitions.ts";
import type { Gazetteer } from "../lib/understand/definitions.ts";
import { toAbsoluteUrl } from "./urls.ts";
import { toFeedItems } from "./view-models/feed.ts";
import { toCleanText } from "./view-models/text.ts";

/** What a feed is about and where its HTML counterpart lives. */
export interface FeedOptions {
  lang: Lang;
  title: string;
  description: string;
  /** Root-relative path of the page the feed mirrors (`/fr/services/whatsapp/`). */
  pagePath: string;
  site: URL;
  incidents: readonly Incident[];
  gazetteer: Gazetteer;
}

/** The feed as an HTTP response; `<language>` says which locale it is written in. */
export function toFeedResponse(options: FeedOptions): Promise<Response> {
  const { lang, title, description, pagePath, site, incidents, gazetteer } = options;
  return rss({
    title: toCleanText(title),
    description: toCleanText(description),
    site: toAbsoluteUrl(site, pagePath),
    items: toFeedItems(incidents, gazetteer, lang),
    customData: `<language>${LOCALES[lang].rssLanguage}</language>`,
    trailingSlash: true,
  });
}
