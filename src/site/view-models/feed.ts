/** RSS items for the per-locale and per-service feeds: new and updated incidents, latest update first. */
import type { RSSFeedItem } from "@astrojs/rss";
import type { Lang } from "../../config/locales.ts";
import type { Incident } from "../../lib/definitions.ts";
import { compareByCodePoint } from "../../lib/core/compare.ts";
import type { Gazetteer } from "../../lib/understand/definitions.ts";
import { useTranslations } from "../../i18n/index.ts";
import { PATHS, toLocalePath } from "../urls.ts";
import { toCauseName, toCountryName, toServiceName } from "./names.ts";
import { toCleanText } from "./text.ts";

/** How many items a feed carries; readers only need the recent ones. */
export const FEED_ITEM_COUNT = 50;

/** Feed items for `incidents` in `lang`, most recently updated first, ties broken by id. */
export function toFeedItems(incidents: readonly Incident[], gazetteer: Gazetteer, lang: Lang): RSSFeedItem[] {
  const { formatDateTime, formatList } = useTranslations(lang);
  return [...incidents]
    .sort((a, b) => compareByCodePoint(b.updatedAt, a.updatedAt) || compareByCodePoint(a.id, b.id))
    .slice(0, FEED_ITEM_COUNT)
    .map((incident) => ({
      title: toCleanText(incident.title[lang]),
      link: toLocalePath(lang, PATHS.incident(incident.slug)),
      pubDate: new Date(incident.updatedAt),
      description: toCleanText(
        [
          formatDateTime(incident.startedAt),
          formatList(incident.services.map((id) => toServiceName(id, gazetteer, lang))),
          formatList(incident.countries.map((code) => toCountryName(code, gazetteer, lang))),
          toCauseName(incident.cause, lang),
        ]
          .filter(Boolean)
          .join(" · "),
      ),
    }));
}
