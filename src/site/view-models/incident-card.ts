/** Incidents as list entries, and the orders lists use. */
import type { Lang } from "../../config/locales.ts";
import type { Incident } from "../../lib/definitions.ts";
import { compareByCodePoint } from "../../lib/core/compare.ts";
import type { Gazetteer } from "../../lib/understand/definitions.ts";
import { useTranslations } from "../../i18n/index.ts";
import { PATHS, toLocalePath } from "../urls.ts";
import type { IncidentCardView } from "./definitions.ts";
import { toCauseName, toCountryName, toServiceName } from "./names.ts";

/** How long after its start an incident without an end still counts as ongoing. */
export const ONGOING_WINDOW_MS = 48 * 3_600_000;

/** No known end, and started within the 48 hours before `now` (the newest stored time). */
export function isOngoing(incident: Incident, now: string): boolean {
  if (incident.endedAt) return false;
  const age = Date.parse(now) - Date.parse(incident.startedAt);
  return age <= ONGOING_WINDOW_MS;
}

/** Newest start first, ties broken by id. */
export function compareNewestFirst(a: Incident, b: Incident): number {
  return compareByCodePoint(b.startedAt, a.startedAt) || compareByCodePoint(a.id, b.id);
}

/** One incident as a list entry in `lang`. */
export function toIncidentCard(
  incident: Incident,
  gazetteer: Gazetteer,
  lang: Lang,
  now: string,
): IncidentCardView {
  const { t, formatDate } = useTranslations(lang);
  return {
    slug: incident.slug,
    href: toLocalePath(lang, PATHS.incident(incident.slug)),
    title: incident.title[lang],
    startedAt: formatDate(incident.startedAt),
    startedAtIso: incident.startedAt,
    services: incident.services.map((id) => toServiceName(id, gazetteer, lang)),
    countries: incident.countries.map((code) => toCountryName(code, gazetteer, lang)),
    cause: toCauseName(incident.cause, lang),
    articleCount: t("incident.articles", { count: incident.articleIds.length }),
    ongoing: isOngoing(incident, now),
  };
}
