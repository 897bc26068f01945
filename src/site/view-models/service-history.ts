/** Per-service pages: which services get one, and the history each shows. */
import type { Lang } from "../../config/locales.ts";
import type { Incident } from "../../lib/definitions.ts";
import { compareByCodePoint } from "../../lib/core/compare.ts";
import type { Gazetteer } from "../../lib/understand/definitions.ts";
import { useTranslations } from "../../i18n/index.ts";
import type { ServiceHistoryView } from "./definitions.ts";
import { compareNewestFirst, toIncidentCard } from "./incident-card.ts";
import { toServiceName } from "./names.ts";

/** Ids of the services that have at least one incident, sorted: only those get a page. */
export function toServiceIds(incidents: readonly Incident[]): string[] {
  return [...new Set(incidents.flatMap((incident) => incident.services))].sort(compareByCodePoint);
}

/** The incidents touching one service, newest first. */
export function toServiceIncidents(serviceId: string, incidents: readonly Incident[]): Incident[] {
  return incidents.filter((incident) => incident.services.includes(serviceId)).sort(compareNewestFirst);
}

/** Builds one service's page for `lang`. */
export function toServiceHistory(
  serviceId: string,
  incidents: readonly Incident[],
  gazetteer: Gazetteer,
  lang: Lang,
  now: string,
): ServiceHistoryView {
  const own = toServiceIncidents(serviceId, incidents);
  return {
    id: serviceId,
    name: toServiceName(serviceId, gazetteer, lang),
    count: useTranslations(lang).t("service.incidents", { count: own.length }),
    incidents: own.map((incident) => toIncidentCard(incident, gazetteer, lang, now)),
  };
}
