import type { Cause, Incident } from "../../definitions.ts";
import type { GroupableArticle } from "../definitions.ts";
import { earliest, latest, toEventTime } from "./event-time.ts";
import { TextProfile } from "./text-profile.ts";

/** An incident while it forms: its members and what matching compares new articles with. */
export interface Cluster {
  /** The stored incident this cluster continues, if any. */
  stored?: Incident;
  members: GroupableArticle[];
  /** How many members name each service (a fact sheet's services count as every member). */
  services: Map<string, number>;
  countries: Map<string, number>;
  causes: Set<Cause>;
  /** Earliest event of a dated member, or the curated start; undefined while only undated members. */
  startedAt?: string;
  /** Latest stated end, or latest event of a shutdown series. */
  endedAt?: string;
  text: TextProfile;
  /** Set while facts are curated: they are the truth, members do not move them. */
  curated: boolean;
}

/** A new, empty cluster. */
export function toEmptyCluster(idf: ReadonlyMap<string, number>, stored?: Incident): Cluster {
  const cluster: Cluster = {
    ...(stored && { stored }),
    members: [],
    services: new Map(),
    countries: new Map(),
    causes: new Set(),
    text: new TextProfile(idf),
    curated: stored?.factSheetId !== undefined,
  };
  if (stored?.factSheetId) {
    // A fact sheet's services, countries, cause and times are the truth to match against.
    cluster.startedAt = stored.startedAt;
    if (stored.endedAt) cluster.endedAt = stored.endedAt;
    stored.services.forEach((id) => cluster.services.set(id, 1));
    stored.countries.forEach((code) => cluster.countries.set(code, 1));
    cluster.causes.add(stored.cause);
  }
  return cluster;
}

/** How strongly the cluster is about a service or country: the share of members naming it (0–1). */
export function toWeight(counts: ReadonlyMap<string, number>, id: string, cluster: Cluster): number {
  const count = counts.get(id) ?? 0;
  return cluster.curated && count > 0 ? 1 : count / Math.max(1, cluster.members.length);
}

/** Adds an article to a cluster and updates what matching compares with. */
export function addMember(cluster: Cluster, article: GroupableArticle, tokens: readonly string[]): void {
  cluster.members.push(article);
  article.services.forEach((id) => cluster.services.set(id, (cluster.services.get(id) ?? 0) + 1));
  article.countries.forEach((code) => cluster.countries.set(code, (cluster.countries.get(code) ?? 0) + 1));
  cluster.causes.add(article.cause);
  cluster.text.add(tokens);
  if (cluster.curated) return;
  const time = toEventTime(article);
  if (time === undefined) return;
  cluster.startedAt = cluster.startedAt === undefined ? time : earliest(cluster.startedAt, time);
  if (article.endedAt) cluster.endedAt = latest(cluster.endedAt ?? article.endedAt, article.endedAt);
  // A shutdown series stays open as long as new days keep coming.
  if (article.cause === "government-shutdown") cluster.endedAt = latest(cluster.endedAt ?? time, time);
}
