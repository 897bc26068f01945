/** Redirect pages for the former slugs of renamed or merged incidents. */
import type { Lang } from "../../config/locales.ts";
import { compareByCodePoint } from "../../lib/core/compare.ts";
import type { IncidentAlias } from "../../lib/curate/definitions.ts";
import type { Incident } from "../../lib/definitions.ts";
import { PATHS, toLocalePath } from "../urls.ts";

/** One former slug in one locale and the incident page it now leads to. */
export interface AliasRedirectView {
  alias: string;
  /** Root-relative path of the incident page, e.g. `/ar/incidents/2021-10-04-facebook/`. */
  href: string;
  /** The incident's title in the page's language, as the link text. */
  title: string;
}

/**
 * The redirects of `lang`, by alias. An alias that an incident uses as its slug again, or whose
 * incident is gone, gets no page: a live incident page always wins.
 */
export function toAliasRedirects(
  aliases: readonly IncidentAlias[],
  incidents: readonly Incident[],
  lang: Lang,
): AliasRedirectView[] {
  const byId = new Map(incidents.map((incident) => [incident.id, incident]));
  const live = new Set(incidents.map((incident) => incident.slug));
  return aliases
    .flatMap((alias) => {
      const incident = byId.get(alias.incidentId);
      if (!incident || live.has(alias.slug)) return [];
      const href = toLocalePath(lang, PATHS.incident(incident.slug));
      return [{ alias: alias.slug, href, title: incident.title[lang] }];
    })
    .sort((a, b) => compareByCodePoint(a.alias, b.alias));
}
