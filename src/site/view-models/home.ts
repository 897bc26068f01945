/** The home page: what is ongoing, then the latest incidents. */
import type { Lang } from "../../config/locales.ts";
import type { Incident } from "../../lib/definitions.ts";
import type { Gazetteer } from "../../lib/understand/definitions.ts";
import type { HomeView } from "./definitions.ts";
import { compareNewestFirst, isOngoing, toIncidentCard } from "./incident-card.ts";

/** How many past incidents the home page lists; the archive has the rest. */
export const HOME_LATEST_COUNT = 20;

/** Builds the home page for `lang`; `now` is the newest stored time. */
export function toHome(
  incidents: readonly Incident[],
  gazetteer: Gazetteer,
  lang: Lang,
  now: string,
): HomeView {
  const sorted = [...incidents].sort(compareNewestFirst);
  const ongoing = sorted.filter((incident) => isOngoing(incident, now));
  const latest = sorted.filter((incident) => !isOngoing(incident, now)).slice(0, HOME_LATEST_COUNT);
  return {
    empty: incidents.length === 0,
    ongoing: ongoing.map((incident) => toIncidentCard(incident, gazetteer, lang, now)),
    latest: latest.map((incident) => toIncidentCard(incident, gazetteer, lang, now)),
  };
}
