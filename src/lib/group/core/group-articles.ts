import { compareByCodePoint as compare } from "../../core/compare.ts";
import type { Incident } from "../../definitions.ts";
import type { Gazetteer } from "../../understand/definitions.ts";
import type { GroupableArticle, GroupingResult } from "../definitions.ts";
import { withCandidateServices } from "./candidate-subjects.ts";
import { addMember, toEmptyCluster, type Cluster } from "./cluster.ts";
import { ClusterIndex } from "./cluster-index.ts";
import { toEventTime } from "./event-time.ts";
import { scoreDatedMatch, scoreUndatedMatch, toMatchContext } from "./match-incident.ts";
import { toDayHint, toPrimaryServices, toReportedDay } from "./salience.ts";
import { toIdf, toTokens } from "./text-profile.ts";
import { toIncidentsResult } from "./to-incidents.ts";

/**
 * Groups outage articles into incidents, incrementally and deterministically. Stored incidents keep
 * their ids, slugs and articles. New dated articles, in event-time order, join the incident they fit
 * best in subject and time or start a new one; undated articles then join by subject and wording.
 */
export function groupArticles(input: {
  articles: readonly GroupableArticle[];
  existing: readonly Incident[];
  gazetteer: Gazetteer;
}): GroupingResult {
  const context = toMatchContext(input.gazetteer.services);
  // Articles enter grouping here, and only here do their candidate names become pseudo-services.
  const outage = input.articles
    .filter((a) => a.isOutage)
    .map(withCandidateServices)
    .sort((a, b) => compare(a.id, b.id));
  const tokens = new Map(outage.map((article) => [article.id, toTokens(article.title, article.text)]));
  const idf = toIdf([...tokens.values()]);
  const byId = new Map(outage.map((article) => [article.id, article]));
  const index = new ClusterIndex(context.groups);
  const primaries = new Map<string, ReadonlySet<string>>();
  const primaryOf = (article: GroupableArticle) => {
    let primary = primaries.get(article.id);
    if (!primary) primaries.set(article.id, (primary = toPrimaryServices(article, input.gazetteer.services)));
    return primary;
  };
  const join = (cluster: Cluster, article: GroupableArticle) => {
    addMember(cluster, article, tokens.get(article.id) ?? []);
    index.add(cluster);
  };

  const clusters = input.existing.map((incident) => {
    const cluster = toEmptyCluster(idf, incident);
    incident.articleIds.flatMap((id) => byId.get(id) ?? []).forEach((article) => join(cluster, article));
    // A curated incident with no coverage yet is still there to be found.
    index.add(cluster);
    return cluster;
  });
  const placed = new Set(clusters.flatMap((cluster) => cluster.members.map((member) => member.id)));
  const pending = outage.filter((article) => !placed.has(article.id));
  const unplaceable = pending
    .filter((article) => article.services.length === 0 && article.countries.length === 0)
    .map((article) => article.id);
  const placeable = pending.filter((article) => article.services.length > 0 || article.countries.length > 0);

  const dated = placeable
    .flatMap((article) => {
      const time = toEventTime(article);
      if (time === undefined) return [];
      const reported = article.startedAt ? undefined : toReportedDay(toDayHint(article), time);
      // Grouping reads the written day as the article's start; the stored article is unchanged.
      return [
        reported ? { article: { ...article, startedAt: reported }, time: reported } : { article, time },
      ];
    })
    .sort((a, b) => compare(a.time, b.time) || compare(a.article.id, b.article.id));
  for (const { article, time } of dated) {
    const similarity = (cluster: Cluster) => cluster.text.similarity(tokens.get(article.id) ?? []);
    const best = pickBest(index.candidates(article), (c) =>
      scoreDatedMatch(
        article,
        time,
        { textSimilarity: similarity(c), primary: primaryOf(article) },
        c,
        context,
      ),
    );
    const cluster = best ?? newCluster(clusters, idf);
    join(cluster, article);
  }

  // Undated articles last, so they meet every dated incident; each may start one if nothing fits.
  for (const article of placeable.filter((candidate) => toEventTime(candidate) === undefined)) {
    const similarity = (cluster: Cluster) => cluster.text.similarity(tokens.get(article.id) ?? []);
    const day = toDayHint(article);
    const best = pickBest(index.candidates(article), (c) =>
      scoreUndatedMatch(
        article,
        { textSimilarity: similarity(c), day, primary: primaryOf(article) },
        c,
        context,
      ),
    );
    join(best ?? newCluster(clusters, idf), article);
  }
  return toIncidentsResult(clusters, input.gazetteer, unplaceable);
}

function newCluster(clusters: Cluster[], idf: ReadonlyMap<string, number>): Cluster {
  const cluster = toEmptyCluster(idf);
  clusters.push(cluster);
  return cluster;
}

/** The best-scoring cluster; ties go to the earlier-starting one, then the one formed first. */
function pickBest(
  candidates: Iterable<Cluster>,
  score: (cluster: Cluster) => number | undefined,
): Cluster | undefined {
  let best: { cluster: Cluster; score: number } | undefined;
  for (const cluster of candidates) {
    const value = score(cluster);
    if (value === undefined) continue;
    if (!best || value > best.score || (value === best.score && isEarlier(cluster, best.cluster))) {
      best = { cluster, score: value };
    }
  }
  return best?.cluster;
}

function isEarlier(a: Cluster, b: Cluster): boolean {
  return (
    compare(a.startedAt ?? "~", b.startedAt ?? "~") < 0 ||
    (a.startedAt === b.startedAt && compare(firstId(a), firstId(b)) < 0)
  );
}

function firstId(cluster: Cluster): string {
  return cluster.stored?.id ?? cluster.members[0]?.id ?? "";
}
