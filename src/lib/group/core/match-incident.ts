import type { Cause } from "../../definitions.ts";
import type { Service } from "../../understand/definitions.ts";
import type { GroupableArticle } from "../definitions.ts";
import { toWeight, type Cluster } from "./cluster.ts";
import { hoursBetween } from "./event-time.ts";
import type { DayHint } from "./salience.ts";

/** Causes that hit a whole country's network rather than one provider. */
const NETWORK_WIDE_CAUSES: ReadonlySet<Cause> = new Set(["government-shutdown", "cable-cut", "power"]);
/** Gazetteer categories of a country's network operators: their outages are the country's. */
const NETWORK_CATEGORIES: ReadonlySet<Service["category"]> = new Set([
  "telecom",
  "isp",
  "cable",
  "power",
  "government",
]);
/** How far before an incident's start an article's event may fall (clocks and zones disagree). */
const HOURS_BEFORE = 12;
/** How long after an incident's start or end coverage still belongs to it. */
const HOURS_AFTER = 72;
/** Exam-period shutdowns recur daily for weeks; they form one incident. */
const SERIES_HOURS_AFTER = 21 * 24;
/** A cut submarine cable takes days to weeks to repair; coverage follows the repair. */
const CABLE_REPAIR_HOURS_AFTER = 14 * 24;
/**
 * A service named by under a quarter of an incident's coverage is a side note (a site the CDN
 * outage took down, a competitor gaining users): not enough to join on.
 */
const MIN_SHARED_SERVICE_WEIGHT = 0.25;
/** A service named by at least half an incident's coverage is what the incident is about. */
const CENTRAL_WEIGHT = 0.5;

/** Maps each service id to its group id (`whatsapp` → `meta`), for group-level mentions. */
export type GroupIndex = ReadonlyMap<string, string>;

/** What matching needs to know of the gazetteer. */
export interface MatchContext {
  groups: GroupIndex;
  /** Operators of a country's network (telecoms, ISPs, cables, grids). */
  network: ReadonlySet<string>;
}

/** Clues about an article beyond its facts, computed once per article. */
export interface ArticleClues {
  /** Cosine similarity of its wording with the incident's. */
  textSimilarity: number;
  /** Services its title names. */
  primary: ReadonlySet<string>;
  /** A date it names, for undated articles. */
  day?: DayHint | undefined;
}

/** Builds the lookups matching needs from the gazetteer. */
export function toMatchContext(services: readonly Service[]): MatchContext {
  return {
    groups: new Map(
      services.flatMap((service) => (service.group ? [[service.id, service.group] as const] : [])),
    ),
    network: new Set(services.filter((service) => NETWORK_CATEGORIES.has(service.category)).map((s) => s.id)),
  };
}

/**
 * Scores a dated article against an incident; `undefined` means it does not belong. The event must
 * fall in the incident's time window, and the article must share a central service, or for an
 * article naming no service, a country and a compatible cause with an incident of that network.
 */
export function scoreDatedMatch(
  article: GroupableArticle,
  eventTime: string,
  clues: ArticleClues,
  cluster: Cluster,
  context: MatchContext,
): number | undefined {
  if (cluster.startedAt === undefined) return undefined;
  const hours = hoursBetween(cluster.startedAt, eventTime);
  const afterEnd = hoursBetween(cluster.endedAt ?? cluster.startedAt, eventTime);
  if (hours < -HOURS_BEFORE || afterEnd > toHoursAfter(article.cause, cluster)) return undefined;
  const subject = toSubject(article, clues.primary, cluster, context.groups);
  if (!isSameSubject(article, cluster, subject, MIN_SHARED_SERVICE_WEIGHT, context)) return undefined;
  return (
    10 * subject.sharedServices +
    3 * subject.sharedCountries +
    4 * clues.textSimilarity -
    Math.abs(hours) / 24
  );
}

/**
 * Scores an undated article against an incident by subject, wording and any date it names; the
 * incident must not start after the article was fetched.
 */
export function scoreUndatedMatch(
  article: GroupableArticle,
  clues: ArticleClues,
  cluster: Cluster,
  context: MatchContext,
): number | undefined {
  if (cluster.startedAt !== undefined && hoursBetween(article.fetchedAt, cluster.startedAt) > 24)
    return undefined;
  const dayFit = toDayFit(clues.day, cluster.startedAt);
  if (dayFit === undefined) return undefined;
  const subject = toSubject(article, clues.primary, cluster, context.groups);
  if (!isSameSubject(article, cluster, subject, 0, context)) return undefined;
  const sameCause = article.cause !== "unknown" && cluster.causes.has(article.cause) ? 1 : 0;
  // With no date to go by, a different stated cause says it is another outage of the same service.
  const knownCauses = [...cluster.causes].filter((cause) => cause !== "unknown");
  if (article.cause !== "unknown" && knownCauses.length > 0 && sameCause === 0) return undefined;
  return (
    10 * subject.serviceSimilarity +
    // Outlets name their own country in a worldwide outage: for a service, countries are a weak clue.
    (article.services.length > 0 ? 1 : 3) * subject.countrySimilarity +
    2 * sameCause +
    6 * clues.textSimilarity +
    dayFit
  );
}

/** What an article and an incident are both about, weighted by how central it is to each. */
interface Subject {
  sharedServices: number;
  /** Weighted Jaccard of the service sets. */
  serviceSimilarity: number;
  sharedCountries: number;
  countrySimilarity: number;
}

/**
 * Same subject: a central service in common; or, for an article naming no service, a country in
 * common with an incident of that country's network (no services, or only its operators).
 */
function isSameSubject(
  article: GroupableArticle,
  cluster: Cluster,
  subject: Subject,
  minServices: number,
  context: MatchContext,
): boolean {
  // A shutdown, cable cut or blackout is about a country: the apps it blocked are not the subject.
  const networkWide = NETWORK_WIDE_CAUSES.has(article.cause) && cluster.causes.has(article.cause);
  if (networkWide && subject.sharedCountries > 0) return true;
  if (article.services.length > 0 && cluster.services.size > 0) return subject.sharedServices > minServices;
  const networkOnly = [...cluster.services.keys()].every(
    (id) => context.network.has(id) || toWeight(cluster.services, id, cluster) < CENTRAL_WEIGHT,
  );
  return (
    networkOnly && subject.sharedCountries > 0 && isCompatibleNetworkCause(article.cause, cluster.causes)
  );
}

/** Services the title names weigh 1, others half: the headline says what the story is about. */
function articleWeight(id: string, primary: ReadonlySet<string>): number {
  return primary.size === 0 || primary.has(id) ? 1 : 0.5;
}

function toSubject(
  article: GroupableArticle,
  primary: ReadonlySet<string>,
  cluster: Cluster,
  groups: GroupIndex,
): Subject {
  let sharedServices = 0;
  let articleServices = 0;
  for (const id of article.services) {
    const weight = articleWeight(id, primary);
    articleServices += weight;
    // "Meta is down" joins an incident about Facebook, and the other way round, at half weight.
    const viaGroup = Math.max(
      0,
      ...[...cluster.services.keys()]
        .filter((other) => groups.get(other) === id || groups.get(id) === other)
        .map((other) => toWeight(cluster.services, other, cluster) / 2),
    );
    sharedServices += weight * Math.max(toWeight(cluster.services, id, cluster), viaGroup);
  }
  const sharedCountries = article.countries.reduce(
    (sum, code) => sum + toWeight(cluster.countries, code, cluster),
    0,
  );
  return {
    sharedServices,
    serviceSimilarity: weightedJaccard(sharedServices, articleServices, cluster.services, cluster),
    sharedCountries,
    countrySimilarity: weightedJaccard(sharedCountries, article.countries.length, cluster.countries, cluster),
  };
}

function weightedJaccard(
  shared: number,
  articleSize: number,
  counts: Map<string, number>,
  cluster: Cluster,
): number {
  const clusterSize = [...counts.keys()].reduce((sum, id) => sum + toWeight(counts, id, cluster), 0);
  const union = articleSize + clusterSize - shared;
  return union <= 0 ? 0 : shared / union;
}

/**
 * How a date the article names fits the incident's start: a bonus within a day, a penalty for
 * another day, and no match at all for another year.
 */
function toDayFit(day: DayHint | undefined, startedAt: string | undefined): number | undefined {
  if (day === undefined || startedAt === undefined) return 0;
  const start = new Date(startedAt);
  if (day.year !== undefined && day.year !== start.getUTCFullYear()) return undefined;
  const year = day.year ?? start.getUTCFullYear();
  const named = Date.UTC(year, day.month - 1, day.day);
  const apart = Math.abs(named - Date.UTC(year, start.getUTCMonth(), start.getUTCDate()));
  return apart <= 86_400_000 ? 6 : -4;
}

/** How long after an incident's start or end an article may still report it, by what kind of outage. */
function toHoursAfter(cause: Cause, cluster: Cluster): number {
  if (!cluster.causes.has(cause)) return HOURS_AFTER;
  if (cause === "government-shutdown") return SERIES_HOURS_AFTER;
  return cause === "cable-cut" ? CABLE_REPAIR_HOURS_AFTER : HOURS_AFTER;
}

function isCompatibleNetworkCause(cause: Cause, causes: ReadonlySet<Cause>): boolean {
  const known = [...causes].filter((c) => c !== "unknown");
  if (cause === "unknown" || known.length === 0) return true;
  if (!NETWORK_WIDE_CAUSES.has(cause) && known.every((c) => NETWORK_WIDE_CAUSES.has(c))) return false;
  return known.includes(cause);
}
