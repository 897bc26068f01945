import type { FeedSource } from "../sources/definitions.ts";
import type { AtlasDatabase } from "./open-database.ts";

/** HTTP validators remembered from the last successful fetch, for conditional GET. */
export interface SourceValidators {
  etag?: string;
  lastModified?: string;
}

/** What the sources page shows about one source. */
export interface SourceHealth {
  id: string;
  name: string;
  url: string;
  kind: string;
  lang?: string;
  country?: string;
  lastFetchedAt?: string;
  lastSuccessAt?: string;
  lastStatus?: string;
  lastHttpStatus?: number;
  lastError?: string;
  lastNewItems: number;
  consecutiveFailures: number;
  articleCount: number;
}

/** The outcome of one fetch of one source, as recorded on it. */
export type FetchOutcome =
  | {
      status: "ok" | "not-modified";
      at: string;
      httpStatus?: number;
      newItems: number;
      validators?: SourceValidators;
    }
  | { status: "failed"; at: string; httpStatus?: number; error: string };

/** Inserts or refreshes registry entries; fetch history and validators are kept. */
export function writeSources(db: AtlasDatabase, sources: readonly FeedSource[]): void {
  const upsert = db.prepare(`
    INSERT INTO sources (id, name, url, kind, lang, country)
    VALUES (@id, @name, @url, @kind, @lang, @country)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, url = excluded.url, kind = excluded.kind,
      lang = excluded.lang, country = excluded.country`);
  db.transaction(() => {
    for (const source of sources) {
      upsert.run({
        id: source.id,
        name: source.name,
        url: source.url,
        kind: source.kind,
        lang: source.lang ?? null,
        country: source.country ?? null,
      });
    }
  }).immediate();
}

/** The validators to send with the next request to this source. */
export function readSourceValidators(db: AtlasDatabase, sourceId: string): SourceValidators {
  const row = db.prepare(`SELECT etag, last_modified FROM sources WHERE id = ?`).get(sourceId) as
    { etag: string | null; last_modified: string | null } | undefined;
  return {
    ...(row?.etag && { etag: row.etag }),
    ...(row?.last_modified && { lastModified: row.last_modified }),
  };
}

/** Records a fetch on its source: success resets the failure count, failure increments it. */
export function writeFetchOutcome(db: AtlasDatabase, sourceId: string, outcome: FetchOutcome): void {
  if (outcome.status === "failed") {
    db.prepare(
      `
      UPDATE sources SET last_fetched_at = ?, last_status = 'failed', last_http_status = ?,
        last_error = ?, last_new_items = 0, consecutive_failures = consecutive_failures + 1
      WHERE id = ?`,
    ).run(outcome.at, outcome.httpStatus ?? null, outcome.error, sourceId);
    return;
  }
  // A 304 carries no validators: keep the ones that earned it.
  db.prepare(
    `
    UPDATE sources SET last_fetched_at = @at, last_success_at = @at, last_status = @status,
      last_http_status = @httpStatus, last_error = NULL, last_new_items = @newItems,
      consecutive_failures = 0,
      etag = CASE WHEN @status = 'ok' THEN @etag ELSE etag END,
      last_modified = CASE WHEN @status = 'ok' THEN @lastModified ELSE last_modified END
    WHERE id = @id`,
  ).run({
    id: sourceId,
    at: outcome.at,
    status: outcome.status,
    httpStatus: outcome.httpStatus ?? null,
    newItems: outcome.newItems,
    etag: outcome.validators?.etag ?? null,
    lastModified: outcome.validators?.lastModified ?? null,
  });
}

/** Health of every known source, by id. */
export function readSourceHealth(db: AtlasDatabase): SourceHealth[] {
  const rows = db
    .prepare(
      `SELECT s.*, (SELECT count(*) FROM articles a WHERE a.source_id = s.id) AS article_count
       FROM sources s ORDER BY s.id`,
    )
    .all() as Record<string, string | number | null>[];
  return rows.map((row) => ({
    id: String(row.id),
    name: String(row.name),
    url: String(row.url),
    kind: String(row.kind),
    ...(row.lang !== null && { lang: String(row.lang) }),
    ...(row.country !== null && { country: String(row.country) }),
    ...(row.last_fetched_at !== null && { lastFetchedAt: String(row.last_fetched_at) }),
    ...(row.last_success_at !== null && { lastSuccessAt: String(row.last_success_at) }),
    ...(row.last_status !== null && { lastStatus: String(row.last_status) }),
    ...(row.last_http_status !== null && { lastHttpStatus: Number(row.last_http_status) }),
    ...(row.last_error !== null && { lastError: String(row.last_error) }),
    lastNewItems: Number(row.last_new_items),
    consecutiveFailures: Number(row.consecutive_failures),
    articleCount: Number(row.article_count),
  }));
}

/**
 * Ensures the pseudo-source that curated coverage links hang from exists. Its kind, `archive`,
 * keeps it off the sources health page: nothing is fetched from it.
 */
export function writeArchiveSource(db: AtlasDatabase): void {
  db.prepare(
    `INSERT INTO sources (id, name, url, kind) VALUES ('archive', 'Outage Atlas archive', 'content/incidents', 'archive')
     ON CONFLICT (id) DO NOTHING`,
  ).run();
}
