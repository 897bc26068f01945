import { compareByCodePoint as compare } from "../../core/compare.ts";
import type { Article, Incident } from "../../definitions.ts";
import { hoursBetween } from "../../group/core/event-time.ts";
import type { FactSheet } from "../definitions.ts";

/** Id of the pseudo-source that curated coverage links are stored under. */
export const ARCHIVE_SOURCE_ID = "archive";

/** A grouped incident this close to a fact sheet's start is taken to be the same outage. */
const ADOPT_WITHIN_HOURS = 48;

/**
 * Turns a fact sheet's coverage links into articles, so they are listed and exported like scraped
 * coverage. Their ids hash the URL (passed in as `hash`), so re-curating never duplicates them.
 */
export function toCoverageArticles(sheet: FactSheet, hash: (text: string) => string): Article[] {
  return sheet.coverage.map((link) => ({
    id: hash(`${ARCHIVE_SOURCE_ID}\nurl:${link.url}`),
    sourceId: ARCHIVE_SOURCE_ID,
    outlet: link.outlet,
    url: link.url,
    title: link.title ?? "",
    summaryHtml: "",
    text: "",
    ...(link.publishedAt && { publishedAt: link.publishedAt }),
    fetchedAt: link.publishedAt ?? sheet.startedAt,
    lang: link.lang,
    isOutage: true,
    services: sheet.services,
    countries: sheet.countries,
    cause: sheet.cause,
    startedAt: sheet.startedAt,
    ...(sheet.endedAt && { endedAt: sheet.endedAt }),
    ...(link.official && { official: true }),
  }));
}

/**
 * Applies fact sheets to grouped incidents. A sheet takes over the incident it already curates, else
 * the grouped incidents of the same outage (merged into the earliest, whose id and slug are kept so
 * URLs stay stable), else it becomes a new incident under its own slug.
 */
export function applyFactSheets(input: {
  sheets: readonly FactSheet[];
  incidents: readonly Incident[];
  coverageIds: ReadonlyMap<string, readonly string[]>;
  hash: (text: string) => string;
}): Incident[] {
  let incidents = [...input.incidents];
  for (const sheet of [...input.sheets].sort((a, b) => compare(a.slug, b.slug))) {
    const adopted = incidents.filter((incident) => isSameOutage(incident, sheet));
    const keeper = adopted[0];
    const articleIds = new Set([
      ...adopted.flatMap((i) => i.articleIds),
      ...(input.coverageIds.get(sheet.slug) ?? []),
    ]);
    const curated: Incident = {
      id: keeper?.id ?? input.hash(`fact-sheet\n${sheet.slug}`).slice(0, 16),
      slug: keeper?.slug ?? freeSlug(sheet.slug, incidents),
      title: sheet.title,
      summary: sheet.summary,
      services: sheet.services,
      countries: sheet.countries,
      cause: sheet.cause,
      startedAt: sheet.startedAt,
      startPrecision: sheet.startPrecision,
      ...(sheet.endedAt && { endedAt: sheet.endedAt }),
      factSheetId: sheet.slug,
      articleIds: [...articleIds].sort(),
      updatedAt: adopted.map((i) => i.updatedAt).reduce((a, b) => (a > b ? a : b), sheet.startedAt),
    };
    incidents = [...incidents.filter((incident) => !adopted.includes(incident)), curated];
  }
  return incidents.sort((a, b) => compare(a.startedAt, b.startedAt) || compare(a.id, b.id));
}

function isSameOutage(incident: Incident, sheet: FactSheet): boolean {
  if (incident.factSheetId) return incident.factSheetId === sheet.slug;
  if (Math.abs(hoursBetween(sheet.startedAt, incident.startedAt)) > ADOPT_WITHIN_HOURS) return false;
  if (sheet.services.length > 0) return incident.services.some((id) => sheet.services.includes(id));
  return incident.countries.some((code) => sheet.countries.includes(code)) && incident.cause === sheet.cause;
}

function freeSlug(slug: string, incidents: readonly Incident[]): string {
  const taken = new Set(incidents.map((incident) => incident.slug));
  let free = slug;
  for (let n = 2; taken.has(free); n++) free = `${slug}-${n}`;
  return free;
}
