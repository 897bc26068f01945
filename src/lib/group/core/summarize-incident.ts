import type { Cause } from "../../definitions.ts";
import type { GroupableArticle } from "../definitions.ts";
import { earliest, latest, toEventTime } from "./event-time.ts";

/** A service, country or cause is kept when at least this share of the coverage names it. */
const MENTION_SHARE = 0.25;

/** The facts grouping derives from an incident's articles. */
export interface IncidentSummary {
  /** Ids ranked by how many articles name them, then alphabetically. */
  rankedServices: string[];
  rankedCountries: string[];
  cause: Cause;
  startedAt: string;
  endedAt?: string;
  updatedAt: string;
}

/**
 * Derives an incident's facts from its coverage: what most of it names, the earliest stated start,
 * the latest stated end. One stray mention (a competitor gaining users) does not become a fact.
 */
export function summarizeIncident(members: readonly GroupableArticle[]): IncidentSummary {
  const threshold = Math.max(1, Math.ceil(members.length * MENTION_SHARE));
  // "Since this afternoon" is a guess: once any source gives a clock time, the guesses step aside.
  const exact = members.some((member) => member.startedAt && !member.startedAtApproximate);
  const times = members.flatMap((member) =>
    exact && member.startedAtApproximate ? (member.publishedAt ?? []) : (toEventTime(member) ?? []),
  );
  // Undated coverage alone gives no start: the fetch time is the best bound we have.
  const startedAt = (times.length > 0 ? times : members.map((member) => member.fetchedAt)).reduce(earliest);
  const cause = chooseCause(members);
  const ends = members.flatMap((member) =>
    member.endedAt && member.endedAt > startedAt ? [member.endedAt] : [],
  );
  // A shutdown series runs from its first reported day to its last: that range is its duration.
  if (cause === "government-shutdown") ends.push(...times.filter((time) => time > startedAt));
  return {
    rankedServices: rankMentions(
      members.map((member) => member.services),
      threshold,
    ),
    rankedCountries: rankMentions(
      members.map((member) => member.countries),
      threshold,
    ),
    cause,
    startedAt,
    ...(ends.length > 0 && { endedAt: ends.reduce(latest) }),
    updatedAt: members.map((member) => member.fetchedAt).reduce(latest),
  };
}

function rankMentions(lists: readonly (readonly string[])[], threshold: number): string[] {
  const counts = new Map<string, number>();
  for (const id of lists.flatMap((list) => [...new Set(list)])) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= threshold)
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1))
    .map(([id]) => id);
}

/** The cause most articles give; on a tie, the one stated most recently (later coverage knows more). */
function chooseCause(members: readonly GroupableArticle[]): Cause {
  const tally = new Map<Cause, { count: number; last: string }>();
  for (const member of members) {
    if (member.cause === "unknown") continue;
    const seen = member.publishedAt ?? member.fetchedAt;
    const entry = tally.get(member.cause) ?? { count: 0, last: seen };
    tally.set(member.cause, { count: entry.count + 1, last: latest(entry.last, seen) });
  }
  const ranked = [...tally].sort(
    ([a, x], [b, y]) => y.count - x.count || (x.last < y.last ? 1 : x.last > y.last ? -1 : a < b ? -1 : 1),
  );
  return ranked[0]?.[0] ?? "unknown";
}
