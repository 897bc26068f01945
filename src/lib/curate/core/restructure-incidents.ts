import { compareByCodePoint as compare } from "../../core/compare.ts";
import type { Override } from "../definitions.ts";
import { applied, ignored, quote, unchanged, type OverrideState, type Verdict } from "./override-state.ts";

type Entry<K extends Override["kind"]> = Extract<Override, { kind: K }>;

/** Resolves a split's article reference (id, URL as stored, canonical URL) to article ids. */
export type ArticleFinder = (ref: string) => readonly string[];

/** The id of the incident a split creates: fixed by its slug, so re-running a split finds it again. */
export function toSplitIncidentId(slug: string, hash: (text: string) => string): string {
  return hash(`override-split\n${slug}`).slice(0, 16);
}

/** Moves the articles of the named incidents into the first one, which keeps its id and slug. */
export function mergeIncidents(state: OverrideState, entry: Entry<"merge">): Verdict {
  const missing = entry.slugs.filter((slug) => !state.find(slug));
  if (missing.length > 0) return ignored(`no incident ${quote(missing)}`);
  const named = entry.slugs.flatMap((slug) => state.find(slug) ?? []);
  const [keeper, ...rest] = named.filter((incident, i) => named.findIndex((n) => n.id === incident.id) === i);
  if (!keeper) return ignored("no incident named");
  if (rest.length === 0) return unchanged(`already one incident, "${keeper.slug}"`);
  const curated = rest.find((incident) => incident.factSheetId);
  if (curated) {
    return ignored(`"${curated.slug}" has a fact sheet: only the first incident of a merge may have one`);
  }
  state.replace({
    ...keeper,
    articleIds: [...new Set([...keeper.articleIds, ...rest.flatMap((i) => i.articleIds)])].sort(compare),
    updatedAt: rest.map((i) => i.updatedAt).reduce((a, b) => (a > b ? a : b), keeper.updatedAt),
  });
  rest.forEach((incident) => state.retire(incident, keeper));
  return applied(`merged ${quote(rest.map((i) => i.slug))} into "${keeper.slug}"`);
}

/**
 * Moves the listed articles out of `from` into the incident with the split's slug, created if
 * none has it. Articles already moved stay put, so a split applies once however often it runs.
 */
export function splitIncident(
  state: OverrideState,
  entry: Entry<"split">,
  deps: { findArticles: ArticleFinder; hash: (text: string) => string },
): Verdict {
  const from = state.find(entry.from);
  if (!from) return ignored(`no incident ${quote([entry.from])}`);
  const refs = entry.articles.map((ref) => ({ ref, ids: deps.findArticles(ref) }));
  const unknown = refs.filter(({ ids }) => ids.length === 0).map(({ ref }) => ref);
  if (unknown.length > 0) return ignored(`no article ${quote(unknown)}`);
  const id = toSplitIncidentId(entry.slug, deps.hash);
  const target =
    state.incidents.find((incident) => incident.id === id) ??
    state.incidents.find((incident) => incident.slug === entry.slug);
  if (target?.id === from.id) return ignored(`"${entry.slug}" is the incident being split`);
  const placed = new Set([...from.articleIds, ...(target?.articleIds ?? [])]);
  const stray = refs
    .filter(({ ids }) => !ids.some((articleId) => placed.has(articleId)))
    .map(({ ref }) => ref);
  if (stray.length > 0) return ignored(`${quote(stray)} not in "${from.slug}"`);

  const wanted = new Set(refs.flatMap(({ ids }) => ids));
  const moving = from.articleIds.filter((articleId) => wanted.has(articleId));
  if (moving.length === 0) return unchanged(`already in "${target?.slug ?? entry.slug}"`);
  if (!from.factSheetId && moving.length === from.articleIds.length) {
    return ignored(`would leave "${from.slug}" empty: rename it instead`);
  }
  state.replace({ ...from, articleIds: from.articleIds.filter((articleId) => !wanted.has(articleId)) });
  if (target) {
    state.replace({ ...target, articleIds: [...new Set([...target.articleIds, ...moving])].sort(compare) });
  } else {
    // Facts are `from`'s until re-derived from the moved articles.
    state.incidents.push({
      id,
      slug: entry.slug,
      title: from.title,
      services: from.services,
      ...(from.candidateServices && { candidateServices: from.candidateServices }),
      countries: from.countries,
      cause: from.cause,
      startedAt: from.startedAt,
      ...(from.endedAt && { endedAt: from.endedAt }),
      articleIds: moving,
      updatedAt: from.updatedAt,
    });
  }
  return applied(`moved ${moving.length} articles from "${from.slug}" to "${target?.slug ?? entry.slug}"`);
}

/** Gives an incident a new slug; the old one becomes an alias so its links keep working. */
export function renameIncident(state: OverrideState, entry: Entry<"rename">): Verdict {
  const incident = state.find(entry.slug);
  if (!incident) return ignored(`no incident ${quote([entry.slug])}`);
  if (incident.slug === entry.to) return unchanged(`already "${entry.to}"`);
  if (state.incidents.some((other) => other.slug === entry.to)) {
    return ignored(`"${entry.to}" is another incident's slug`);
  }
  state.aliases.set(incident.slug, incident.id);
  state.aliases.delete(entry.to);
  state.replace({ ...incident, slug: entry.to });
  return applied(`renamed "${incident.slug}" to "${entry.to}"`);
}
