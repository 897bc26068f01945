import { compareByCodePoint as compare } from "../../core/compare.ts";
import type { Article, Incident } from "../../definitions.ts";
import { normalizeUrl } from "../../scrape/core/normalize-url.ts";
import type { IncidentAlias, Override, PinnedFacts } from "../definitions.ts";
import {
  applied,
  ignored,
  OverrideState,
  quote,
  unchanged,
  type OverrideOutcome,
  type Verdict,
} from "./override-state.ts";
import {
  mergeIncidents,
  renameIncident,
  splitIncident,
  type ArticleFinder,
} from "./restructure-incidents.ts";

/** The incidents and aliases after the overrides, and what each entry did. */
export interface OverridesResult {
  incidents: Incident[];
  aliases: IncidentAlias[];
  outcomes: OverrideOutcome[];
}

/**
 * Applies editorial overrides to grouped and curated incidents. Merges, splits and renames run in
 * file order; `rederive` then recomputes the facts of incidents whose articles changed (as the next
 * grouping run would, so a later run finds nothing to change); `set` entries come last, so pinned
 * facts win. An entry naming an unknown incident or article is ignored with a reason. Applying the
 * result again changes nothing.
 */
export function applyOverrides(input: {
  overrides: readonly Override[];
  incidents: readonly Incident[];
  aliases: readonly IncidentAlias[];
  articles: readonly Pick<Article, "id" | "url">[];
  hash: (text: string) => string;
  rederive: (incidents: Incident[]) => Incident[];
}): OverridesResult {
  const state = new OverrideState(
    input.incidents,
    input.aliases.map((alias) => [alias.slug, alias.incidentId] as const),
  );
  const findArticles = toArticleFinder(input.articles);
  const outcomes: OverrideOutcome[] = [];
  const record = (index: number, kind: Override["kind"], verdict: Verdict) =>
    outcomes.push({ index, kind, ...verdict });

  input.overrides.forEach((entry, index) => {
    if (entry.kind === "merge") record(index, entry.kind, mergeIncidents(state, entry));
    if (entry.kind === "split") {
      record(index, entry.kind, splitIncident(state, entry, { findArticles, hash: input.hash }));
    }
    if (entry.kind === "rename") record(index, entry.kind, renameIncident(state, entry));
  });
  const moved = outcomes.some((o) => o.kind !== "rename" && o.status === "applied");
  if (moved) state.incidents = input.rederive(state.incidents);
  input.overrides.forEach((entry, index) => {
    if (entry.kind === "set") record(index, entry.kind, pinFacts(state, entry.slug, entry.facts));
  });

  return {
    incidents: state.incidents.sort((a, b) => compare(a.startedAt, b.startedAt) || compare(a.id, b.id)),
    aliases: toLiveAliases(state),
    outcomes: outcomes.sort((a, b) => a.index - b.index),
  };
}

/** `overrides.3 rename: renamed "a" to "b"`: one line per entry for the terminal. */
export function formatOverrideOutcome(outcome: OverrideOutcome): string {
  return `overrides.${outcome.index} ${outcome.kind}: ${outcome.message}`;
}

function pinFacts(state: OverrideState, slug: string, facts: PinnedFacts): Verdict {
  const incident = state.find(slug);
  if (!incident) return ignored(`no incident ${quote([slug])}`);
  const fields = (Object.keys(facts) as (keyof PinnedFacts)[]).filter((field) => facts[field] !== undefined);
  const next: Incident = { ...incident, ...Object.fromEntries(fields.map((field) => [field, facts[field]])) };
  if (next.endedAt !== undefined && next.endedAt < next.startedAt) {
    return ignored(`endedAt would fall before startedAt on "${incident.slug}"`);
  }
  const changed = fields.filter((field) => JSON.stringify(incident[field]) !== JSON.stringify(facts[field]));
  if (changed.length === 0) return unchanged(`"${incident.slug}" already has ${fields.join(", ")}`);
  state.replace(next);
  return applied(`set ${changed.join(", ")} on "${incident.slug}"`);
}

/** Looks articles up by id, by URL as stored, and by canonical URL. */
function toArticleFinder(articles: readonly Pick<Article, "id" | "url">[]): ArticleFinder {
  const byKey = new Map<string, string[]>();
  const add = (key: string | undefined, id: string) => {
    if (key === undefined) return;
    const ids = byKey.get(key) ?? [];
    if (!ids.includes(id)) byKey.set(key, [...ids, id]);
  };
  for (const article of articles) {
    add(article.id, article.id);
    add(article.url, article.id);
    if (article.url) add(normalizeUrl(article.url), article.id);
  }
  return (ref) => byKey.get(ref) ?? byKey.get(normalizeUrl(ref) ?? ref) ?? [];
}

/** Aliases of incidents that still exist, never shadowing a current slug, sorted. */
function toLiveAliases(state: OverrideState): IncidentAlias[] {
  const ids = new Set(state.incidents.map((incident) => incident.id));
  const slugs = new Set(state.incidents.map((incident) => incident.slug));
  return [...state.aliases]
    .filter(([slug, id]) => ids.has(id) && !slugs.has(slug))
    .map(([slug, incidentId]) => ({ slug, incidentId }))
    .sort((a, b) => compare(a.slug, b.slug));
}
