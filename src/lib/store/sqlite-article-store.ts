import type { Article, Cause, Lang } from "../definitions.ts";
import type { AtlasDatabase } from "./open-database.ts";

interface ArticleRow {
  id: string;
  source_id: string;
  outlet: string;
  guid: string | null;
  url: string | null;
  title: string;
  summary_html: string;
  text: string;
  published_at: string | null;
  fetched_at: string;
  lang: string;
  is_outage: number;
  services: string;
  countries: string;
  cause: string;
  cause_evidence: string | null;
  started_at: string | null;
  started_at_text: string | null;
  ended_at: string | null;
  ended_at_text: string | null;
  official: number;
  started_at_approximate: number;
  ended_at_approximate: number;
  statement: string | null;
  statement_by: string | null;
  /** JSON list, or NULL; missing in a database not yet migrated (the site reads read-only). */
  candidate_services?: string | null;
}

/**
 * Writes articles in one transaction and returns how many were new. An article already stored
 * (same id) is left untouched: re-running a scrape never duplicates or rewrites history.
 */
export function writeArticles(db: AtlasDatabase, articles: readonly Article[]): number {
  const insert = db.prepare(`
    INSERT INTO articles (id, source_id, outlet, guid, url, title, summary_html, text, published_at,
      fetched_at, lang, is_outage, services, countries, cause, cause_evidence, started_at,
      started_at_text, ended_at, ended_at_text, official, started_at_approximate,
      ended_at_approximate, statement, statement_by, candidate_services)
    VALUES (@id, @source_id, @outlet, @guid, @url, @title, @summary_html, @text, @published_at,
      @fetched_at, @lang, @is_outage, @services, @countries, @cause, @cause_evidence, @started_at,
      @started_at_text, @ended_at, @ended_at_text, @official, @started_at_approximate,
      @ended_at_approximate, @statement, @statement_by, @candidate_services)
    ON CONFLICT (id) DO NOTHING`);
  return db
    .transaction(() => articles.reduce((added, article) => added + insert.run(toRow(article)).changes, 0))
    .immediate();
}

/** Replaces the understood facts of stored articles, e.g. after the gazetteer grew. */
export function writeArticleFacts(db: AtlasDatabase, articles: readonly Article[]): void {
  const update = db.prepare(`
    UPDATE articles SET lang = @lang, is_outage = @is_outage, services = @services,
      countries = @countries, cause = @cause, cause_evidence = @cause_evidence,
      started_at = @started_at, started_at_text = @started_at_text, ended_at = @ended_at,
      ended_at_text = @ended_at_text, started_at_approximate = @started_at_approximate,
      ended_at_approximate = @ended_at_approximate, statement = @statement,
      statement_by = @statement_by, candidate_services = @candidate_services
    WHERE id = @id`);
  db.transaction(() => articles.forEach((article) => update.run(toRow(article)))).immediate();
}

/** Every stored article, oldest first, ties broken by id so the order is reproducible. */
export function readArticles(db: AtlasDatabase): Article[] {
  const rows = db
    .prepare(`SELECT * FROM articles ORDER BY coalesce(published_at, fetched_at), id`)
    .all() as ArticleRow[];
  return rows.map(toArticle);
}

/** How many articles are stored, per source id. */
export function countArticlesBySource(db: AtlasDatabase): Map<string, number> {
  const rows = db.prepare(`SELECT source_id, count(*) AS n FROM articles GROUP BY source_id`).all() as {
    source_id: string;
    n: number;
  }[];
  return new Map(rows.map((row) => [row.source_id, row.n]));
}

function toRow(article: Article): ArticleRow {
  return {
    id: article.id,
    source_id: article.sourceId,
    outlet: article.outlet,
    guid: article.guid ?? null,
    url: article.url ?? null,
    title: article.title,
    summary_html: article.summaryHtml,
    text: article.text,
    published_at: article.publishedAt ?? null,
    fetched_at: article.fetchedAt,
    lang: article.lang,
    is_outage: article.isOutage ? 1 : 0,
    services: JSON.stringify(article.services),
    countries: JSON.stringify(article.countries),
    cause: article.cause,
    cause_evidence: article.causeEvidence ?? null,
    started_at: article.startedAt ?? null,
    started_at_text: article.startedAtText ?? null,
    ended_at: article.endedAt ?? null,
    ended_at_text: article.endedAtText ?? null,
    official: article.official ? 1 : 0,
    started_at_approximate: article.startedAtApproximate ? 1 : 0,
    ended_at_approximate: article.endedAtApproximate ? 1 : 0,
    statement: article.statement ?? null,
    statement_by: article.statementBy ?? null,
    candidate_services: article.candidateServices ? JSON.stringify(article.candidateServices) : null,
  };
}

function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    sourceId: row.source_id,
    outlet: row.outlet,
    ...(row.guid !== null && { guid: row.guid }),
    ...(row.url !== null && { url: row.url }),
    title: row.title,
    summaryHtml: row.summary_html,
    text: row.text,
    ...(row.published_at !== null && { publishedAt: row.published_at }),
    fetchedAt: row.fetched_at,
    lang: row.lang as Lang,
    isOutage: row.is_outage === 1,
    services: JSON.parse(row.services) as string[],
    ...(typeof row.candidate_services === "string" && {
      candidateServices: JSON.parse(row.candidate_services) as string[],
    }),
    countries: JSON.parse(row.countries) as string[],
    cause: row.cause as Cause,
    ...(row.cause_evidence !== null && { causeEvidence: row.cause_evidence }),
    ...(row.started_at !== null && { startedAt: row.started_at }),
    ...(row.started_at_text !== null && { startedAtText: row.started_at_text }),
    ...(row.ended_at !== null && { endedAt: row.ended_at }),
    ...(row.ended_at_text !== null && { endedAtText: row.ended_at_text }),
    ...(row.official === 1 && { official: true }),
    ...(row.started_at_approximate === 1 && { startedAtApproximate: true }),
    ...(row.ended_at_approximate === 1 && { endedAtApproximate: true }),
    ...(row.statement !== null && { statement: row.statement }),
    ...(row.statement_by !== null && { statementBy: row.statement_by }),
  };
}
