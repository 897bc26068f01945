import { compareByCodePoint as compare } from "../../core/compare.ts";
import type { Incident } from "../../definitions.ts";
import type { Gazetteer } from "../../understand/definitions.ts";
import type { GroupingResult } from "../definitions.ts";
import { isCandidateId, toCandidateNames } from "./candidate-subjects.ts";
import type { Cluster } from "./cluster.ts";
import { latest, toEventTime } from "./event-time.ts";
import { toIncidentSlug } from "./make-slug.ts";
import { summarizeIncident } from "./summarize-incident.ts";
import { toIncidentTitle } from "./title-incident.ts";

/**
 * Turns formed clusters into incidents: stored ones keep id and slug, curated ones keep their facts,
 * new ones are named after their facts and their first article.
 */
export function toIncidentsResult(
  clusters: readonly Cluster[],
  gazetteer: Gazetteer,
  unplaceable: string[],
): GroupingResult {
  const taken = new Set(clusters.flatMap((cluster) => (cluster.stored ? [cluster.stored.slug] : [])));
  const incidents: Incident[] = [];
  const created: string[] = [];
  const changed: string[] = [];
  for (const cluster of clusters) {
    const articleIds = cluster.members.map((member) => member.id).sort(compare);
    const { stored } = cluster;
    if (articleIds.length === 0 && !stored?.factSheetId) continue;
    const incident = stored?.factSheetId
      ? {
          ...stored,
          articleIds,
          updatedAt: cluster.members.map((m) => m.fetchedAt).reduce(latest, stored.updatedAt),
        }
      : toAutoIncident(cluster, articleIds, gazetteer, taken);
    if (!stored) created.push(incident.id);
    else if (stored.articleIds.join() !== articleIds.join()) changed.push(incident.id);
    incidents.push(incident);
  }
  incidents.sort((a, b) => compare(a.startedAt, b.startedAt) || compare(a.id, b.id));
  return { incidents, created: created.sort(compare), changed: changed.sort(compare), unplaceable };
}

function toAutoIncident(
  cluster: Cluster,
  articleIds: string[],
  gazetteer: Gazetteer,
  taken: Set<string>,
): Incident {
  const ranked = summarizeIncident(cluster.members);
  // Pseudo-ids never leave grouping: the incident keeps gazetteer ids and the candidates' names.
  const candidateServices = toCandidateNames(ranked.rankedServices.filter(isCandidateId), cluster.members);
  const summary = {
    ...ranked,
    rankedServices: ranked.rankedServices.filter((id) => !isCandidateId(id)),
    candidateServices,
  };
  const slug = cluster.stored?.slug ?? toIncidentSlug(summary, taken);
  taken.add(slug);
  // The first article in event order: later coverage, even re-grouped from scratch, rarely precedes it.
  const order = (m: Cluster["members"][number]) => toEventTime(m) ?? m.fetchedAt;
  const seed = [...cluster.members].sort((a, b) => compare(order(a), order(b)) || compare(a.id, b.id))[0];
  return {
    // An article's id (itself a hash) names the incident for good.
    id: cluster.stored?.id ?? (seed?.id ?? slug).slice(0, 16),
    slug,
    title: toIncidentTitle(summary, gazetteer),
    services: [...summary.rankedServices].sort(compare),
    ...(candidateServices.length > 0 && { candidateServices: [...candidateServices].sort(compare) }),
    countries: [...summary.rankedCountries].sort(compare),
    cause: summary.cause,
    startedAt: summary.startedAt,
    ...(summary.endedAt && { endedAt: summary.endedAt }),
    articleIds,
    updatedAt: summary.updatedAt,
  };
}
