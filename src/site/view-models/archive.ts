/** The archive: incidents filed by the UTC year they started in. */
import type { Lang } from "../../config/locales.ts";
import type { Incident } from "../../lib/definitions.ts";
import type { Gazetteer } from "../../lib/understand/definitions.ts";
import { toUtcYear } from "../../i18n/format-date.ts";
import { useTranslations } from "../../i18n/index.ts";
import { PATHS, toLocalePath } from "../urls.ts";
import type { ArchiveYearView, IncidentCardView } from "./definitions.ts";
import { compareNewestFirst, toIncidentCard } from "./incident-card.ts";

/** Years that have incidents, newest first. */
export function toArchiveYears(incidents: readonly Incident[]): number[] {
  return [...new Set(incidents.map((incident) => toUtcYear(incident.startedAt)))].sort((a, b) => b - a);
}

/** The archive index for `lang`: each year with its number of incidents. */
export function toArchive(incidents: readonly Incident[], lang: Lang): ArchiveYearView[] {
  const { t } = useTranslations(lang);
  return toArchiveYears(incidents).map((year) => ({
    year,
    href: toLocalePath(lang, PATHS.archiveYear(year)),
    count: t("archive.incidents", {
      count: incidents.filter((incident) => toUtcYear(incident.startedAt) === year).length,
    }),
  }));
}

/** One year of the archive for `lang`, newest first. */
export function toArchiveYear(
  year: number,
  incidents: readonly Incident[],
  gazetteer: Gazetteer,
  lang: Lang,
  now: string,
): IncidentCardView[] {
  return incidents
    .filter((incident) => toUtcYear(incident.startedAt) === year)
    .sort(compareNewestFirst)
    .map((incident) => toIncidentCard(incident, gazetteer, lang, now));
}
