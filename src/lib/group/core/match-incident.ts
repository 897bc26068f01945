import type { Cause } from "../../definitions.ts";
import type { Service } from "../../understand/definitions.ts";
import type { GroupableArticle } from "../definitions.ts";
import { hoursBetween, toEventTime } from "./event-time.ts";

/** Causes that hit a whole country's network rather than one provider. */
const NETWORK_WIDE_CAUSES: ReadonlySet<Cause> = new Set(["government-shutdown", "cable-cut", "power"]);

/** How far before an incident's start an article's event may fall (clocks and zones disagree). */
const HOURS_BEFORE = 12;
/** How long after an incident's start or end coverage still belongs to it. */
const HOURS_AFTER = 72;
/** Exam-period shutdowns recur daily for weeks; they form one incident. */
const SERIES_HOURS_AFTER = 21 * 24;

/** The facts of a forming incident that matching compares an article with. */
export interface MatchTarget {
  services: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  causes: ReadonlySet<Cause>;
  startedAt: string;
  /** Latest stated end, or latest event seen for a series. */
  endedAt?: string;
}

/** Maps each service id to its group id (`whatsapp` → `meta`), for group-level mentions. */
export type GroupIndex = ReadonlyMap<string, string>;

/** Builds the service → group lookup from the gazetteer. */
export function toGroupIndex(services: readonly Service[]): GroupIndex {
  return new Map(
    services.flatMap((service) => (service.group ? [[service.id, service.group] as const] : [])),
  );
}

/**
 * Scores how well an article fits an incident; `undefined` means it does not belong.
 * Shared services weigh most; an article naming no service can still join a country-level incident
 * (shutdown, cable cut, blackout) of the same country with a compatible cause.
 */
export function scoreMatch(
  article: GroupableArticle,
  target: MatchTarget,
  groups: GroupIndex,
): number | undefined {
  const hours = hoursBetween(target.startedAt, toEventTime(article));
  const series = article.cause === "government-shutdown" && target.causes.has("government-shutdown");
  const end = target.endedAt ?? target.startedAt;
  const afterEnd = hoursBetween(end, toEventTime(article));
  if (hours < -HOURS_BEFORE || afterEnd > (series ? SERIES_HOURS_AFTER : HOURS_AFTER)) return undefined;

  const sharedCountries = article.countries.filter((code) => target.countries.has(code)).length;
  const sharedServices = countSharedServices(article.services, target.services, groups);
  const proximity = -Math.abs(hours) / 24;

  if (article.services.length > 0 && target.services.size > 0) {
    return sharedServices > 0 ? 10 * sharedServices + 3 * sharedCountries + proximity : undefined;
  }
  if (sharedCountries === 0 || !isCompatibleNetworkCause(article.cause, target.causes)) return undefined;
  return 3 * sharedCountries + proximity;
}

function countSharedServices(
  articleServices: readonly string[],
  targetServices: ReadonlySet<string>,
  groups: GroupIndex,
): number {
  let shared = 0;
  for (const id of articleServices) {
    if (targetServices.has(id)) shared++;
    // "Meta is down" joins an incident about Facebook, and the other way round.
    else if ([...targetServices].some((other) => groups.get(other) === id || groups.get(id) === other))
      shared++;
  }
  return shared;
}

function isCompatibleNetworkCause(cause: Cause, causes: ReadonlySet<Cause>): boolean {
  const known = [...causes].filter((c) => c !== "unknown");
  if (cause === "unknown" || known.length === 0) return true;
  if (!NETWORK_WIDE_CAUSES.has(cause) && known.every((c) => NETWORK_WIDE_CAUSES.has(c))) return false;
  return known.includes(cause);
}
