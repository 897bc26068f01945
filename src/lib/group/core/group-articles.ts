import { compareByCodePoint as compare } from "../../core/compare.ts";
import type { Incident } from "../../definitions.ts";
import type { Gazetteer } from "../../understand/definitions.ts";
import type { GroupableArticle, GroupingResult } from "../definitions.ts";
import { earliest, latest, toEventTime } from "./event-time.ts";
import { toIncidentSlug } from "./make-slug.ts";
import { scoreMatch, toGroupIndex, type GroupIndex, type MatchTarget } from "./match-incident.ts";
import { summarizeIncident } from "./summarize-incident.ts";
import { toIncidentTitle } from "./title-incident.ts";

interface Cluster {
  /** The stored incident this cluster continues, if any. */
  stored?: Incident;
  members: GroupableArticle[];
  target: MatchTarget & {
    services: Set<string>;
    countries: Set<string>;
    causes: Set<GroupableArticle["cause"]>;
  };
}

/**
 * Groups outage articles into incidents, incrementally and deterministically: stored incidents keep
 * their ids, slugs and articles; each new article, taken in event-time order, joins the incident it
 * fits best or starts a new one. Curated incidents keep their facts; their coverage still grows.
 */
export function groupArticles(input: {
  articles: readonly GroupableArticle[];
  existing: readonly Incident[];
  gazetteer: Gazetteer;
}): GroupingResult {
  const groups = toGroupIndex(input.gazetteer.services);
  const outage = new Map(input.articles.filter((a) => a.isOutage).map((a) => [a.id, a]));
  const clusters = input.existing.map((incident) => toStoredCluster(incident, outage));
  const index = new ClusterIndex(groups);
  clusters.forEach((cluster) => index.add(cluster));
  const placed = new Set(clusters.flatMap((cluster) => cluster.members.map((member) => member.id)));

  const pending = [...outage.values()]
    .filter((article) => !placed.has(article.id))
    .sort((a, b) => compare(toEventTime(a), toEventTime(b)) || compare(a.id, b.id));
  const unplaceable: string[] = [];
  for (const article of pending) {
    if (article.services.length === 0 && article.countries.length === 0) {
      unplaceable.push(article.id);
      continue;
    }
    const best = findBestCluster(article, index.candidates(article), groups);
    if (best) {
      addMember(best, article);
      index.add(best);
    } else {
      const cluster: Cluster = { members: [], target: emptyTarget(toEventTime(article)) };
      addMember(cluster, article);
      clusters.push(cluster);
      index.add(cluster);
    }
  }
  return toResult(clusters, input.gazetteer, unplaceable);
}

function findBestCluster(
  article: GroupableArticle,
  candidates: Iterable<Cluster>,
  groups: GroupIndex,
): Cluster | undefined {
  let best: { cluster: Cluster; score: number } | undefined;
  for (const cluster of candidates) {
    const score = scoreMatch(article, cluster.target, groups);
    if (score === undefined) continue;
    const better =
      !best ||
      score > best.score ||
      (score === best.score && compare(cluster.target.startedAt, best.cluster.target.startedAt) < 0);
    if (better) best = { cluster, score };
  }
  return best?.cluster;
}

function toStoredCluster(incident: Incident, outage: ReadonlyMap<string, GroupableArticle>): Cluster {
  const members = incident.articleIds.flatMap((id) => outage.get(id) ?? []);
  const cluster: Cluster = { stored: incident, members: [], target: emptyTarget(incident.startedAt) };
  members.forEach((member) => addMember(cluster, member));
  if (incident.factSheetId) {
    // A fact sheet's services, countries and times are the truth to match against.
    incident.services.forEach((id) => cluster.target.services.add(id));
    incident.countries.forEach((code) => cluster.target.countries.add(code));
    cluster.target.causes.add(incident.cause);
    cluster.target.startedAt = incident.startedAt;
    cluster.target.endedAt = incident.endedAt;
  }
  return cluster;
}

function emptyTarget(startedAt: string): Cluster["target"] {
  return { services: new Set(), countries: new Set(), causes: new Set(), startedAt };
}

function addMember(cluster: Cluster, article: GroupableArticle): void {
  cluster.members.push(article);
  const { target } = cluster;
  article.services.forEach((id) => target.services.add(id));
  article.countries.forEach((code) => target.countries.add(code));
  target.causes.add(article.cause);
  if (cluster.stored?.factSheetId) return;
  target.startedAt = earliest(target.startedAt, toEventTime(article));
  if (article.endedAt) target.endedAt = latest(target.endedAt ?? article.endedAt, article.endedAt);
  // A shutdown series stays open as long as new days keep coming.
  if (article.cause === "government-shutdown") {
    target.endedAt = latest(target.endedAt ?? toEventTime(article), toEventTime(article));
  }
}

function toResult(clusters: readonly Cluster[], gazetteer: Gazetteer, unplaceable: string[]): GroupingResult {
  const taken = new Set(clusters.flatMap((cluster) => (cluster.stored ? [cluster.stored.slug] : [])));
  const incidents: Incident[] = [];
  const created: string[] = [];
  const changed: string[] = [];
  for (const cluster of clusters) {
    const articleIds = cluster.members.map((member) => member.id).sort(compare);
    const { stored } = cluster;
    if (articleIds.length === 0 && !stored?.factSheetId) continue;
    const incident = stored?.factSheetId
      ? { ...stored, articleIds, updatedAt: latestUpdate(cluster, stored.updatedAt) }
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
  const summary = summarizeIncident(cluster.members);
  const seed = cluster.members.reduce((a, b) => (compare(toEventTime(a), toEventTime(b)) <= 0 ? a : b));
  const slug = cluster.stored?.slug ?? toIncidentSlug(summary, taken);
  taken.add(slug);
  return {
    // The first article's id (itself a hash) names the incident for good.
    id: cluster.stored?.id ?? seed.id.slice(0, 16),
    slug,
    title: toIncidentTitle(summary, gazetteer),
    services: [...summary.rankedServices].sort(compare),
    countries: [...summary.rankedCountries].sort(compare),
    cause: summary.cause,
    startedAt: summary.startedAt,
    ...(summary.endedAt && { endedAt: summary.endedAt }),
    articleIds,
    updatedAt: summary.updatedAt,
  };
}

function latestUpdate(cluster: Cluster, floor: string): string {
  return cluster.members.map((member) => member.fetchedAt).reduce(latest, floor);
}

/** Finds the clusters an article could join by the services and countries they share. */
class ClusterIndex {
  private readonly byKey = new Map<string, Set<Cluster>>();

  constructor(private readonly groups: GroupIndex) {}

  add(cluster: Cluster): void {
    for (const id of cluster.target.services) {
      this.put(`s:${id}`, cluster);
      const group = this.groups.get(id);
      if (group) this.put(`g:${group}`, cluster);
    }
    cluster.target.countries.forEach((code) => this.put(`c:${code}`, cluster));
  }

  candidates(article: GroupableArticle): Set<Cluster> {
    const keys = article.services.flatMap((id) => {
      const group = this.groups.get(id);
      return [`s:${id}`, `g:${id}`, ...(group ? [`s:${group}`] : [])];
    });
    keys.push(...article.countries.map((code) => `c:${code}`));
    return new Set(keys.flatMap((key) => [...(this.byKey.get(key) ?? [])]));
  }

  private put(key: string, cluster: Cluster): void {
    const set = this.byKey.get(key) ?? new Set();
    set.add(cluster);
    this.byKey.set(key, set);
  }
}
