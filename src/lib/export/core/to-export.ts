/**
 * Maps stored incidents and articles to the export document. Pure and deterministic: orders come
 * from the data (time, then id), and `generatedAt` is passed in, never read from a clock.
 */
import type { Article, Incident } from "../../definitions.ts";
import type { IncidentExport } from "../export-schema.ts";
import { compareByCodePoint } from "../../core/compare.ts";

const EPOCH = "1970-01-01T00:00:00.000Z";

/** What `toExport` needs: everything stored, and the time the export speaks for. */
export interface ExportInput {
  incidents: readonly Incident[];
  articles: readonly Article[];
  generatedAt: string;
}

/** Time an article is filed under: its publication, else when we fetched it. */
function articleTime(article: Article): string {
  return article.publishedAt ?? article.fetchedAt;
}

/** Oldest first, ties broken by id. */
function byTimeThenId(a: Article, b: Article): number {
  return compareByCodePoint(articleTime(a), articleTime(b)) || compareByCodePoint(a.id, b.id);
}

/** Builds the export document from the stored incidents and articles. */
export function toExport({ incidents, articles, generatedAt }: ExportInput): IncidentExport {
  const articlesById = new Map(articles.map((article) => [article.id, article]));
  const incidentOf = new Map<string, string>();
  for (const incident of incidents) incident.articleIds.forEach((id) => incidentOf.set(id, incident.id));
  const sortedIncidents = [...incidents].sort(
    (a, b) => compareByCodePoint(a.startedAt, b.startedAt) || compareByCodePoint(a.id, b.id),
  );
  return {
    generatedAt,
    incidents: sortedIncidents.map((incident) => ({
      id: incident.id,
      slug: incident.slug,
      title: { fr: incident.title.fr, ar: incident.title.ar, en: incident.title.en },
      services: [...incident.services],
      countries: [...incident.countries],
      cause: incident.cause,
      startedAt: incident.startedAt,
      endedAt: incident.endedAt ?? null,
      articles: incident.articleIds
        .flatMap((id) => articlesById.get(id) ?? [])
        .sort(byTimeThenId)
        .map((article) => ({
          url: article.url ?? null,
          source: article.outlet,
          lang: article.lang,
          title: article.title,
          publishedAt: article.publishedAt ?? null,
        })),
    })),
    articles: [...articles].sort(byTimeThenId).map((article) => ({
      url: article.url ?? null,
      source: article.outlet,
      lang: article.lang,
      isOutage: article.isOutage,
      incidentId: incidentOf.get(article.id) ?? null,
      services: [...article.services],
      countries: [...article.countries],
      cause: article.cause,
      publishedAt: article.publishedAt ?? null,
    })),
  };
}

/**
 * The newest time stored in the database (latest article fetch or incident update): the export's
 * `generatedAt` and the site's "now". The Unix epoch when nothing is stored.
 */
export function toNewestTime(incidents: readonly Incident[], articles: readonly Article[]): string {
  const times = [...articles.map((a) => a.fetchedAt), ...incidents.map((i) => i.updatedAt)];
  const newest = times.reduce((max, time) => (Date.parse(time) > Date.parse(max) ? time : max), EPOCH);
  return new Date(newest).toISOString();
}
