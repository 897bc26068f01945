import type { Cause, Incident } from "../definitions.ts";
import type { AtlasDatabase } from "./open-database.ts";

interface IncidentRow {
  id: string;
  slug: string;
  title_fr: string;
  title_ar: string;
  title_en: string;
  summary_fr: string | null;
  summary_ar: string | null;
  summary_en: string | null;
  services: string;
  countries: string;
  cause: string;
  started_at: string;
  start_precision: string | null;
  ended_at: string | null;
  fact_sheet_id: string | null;
  updated_at: string;
  /** JSON list, or NULL; missing in a database not yet migrated (the site reads read-only). */
  candidate_services?: string | null;
}

/** Every stored incident with its article ids, oldest first. */
export function readIncidents(db: AtlasDatabase): Incident[] {
  const rows = db.prepare(`SELECT * FROM incidents ORDER BY started_at, id`).all() as IncidentRow[];
  const links = db
    .prepare(`SELECT incident_id, article_id FROM incident_articles ORDER BY article_id`)
    .all() as { incident_id: string; article_id: string }[];
  const articleIds = new Map<string, string[]>();
  for (const link of links) {
    const ids = articleIds.get(link.incident_id) ?? [];
    ids.push(link.article_id);
    articleIds.set(link.incident_id, ids);
  }
  return rows.map((row) => toIncident(row, articleIds.get(row.id) ?? []));
}

/**
 * Makes the stored incidents exactly `incidents`, in one transaction: changed ones are updated in
 * place (ids and slugs are the caller's to keep stable), vanished ones removed.
 */
export function writeIncidents(db: AtlasDatabase, incidents: readonly Incident[]): void {
  const upsert = db.prepare(`
    INSERT INTO incidents (id, slug, title_fr, title_ar, title_en, summary_fr, summary_ar, summary_en,
      services, countries, cause, started_at, start_precision, ended_at, fact_sheet_id, updated_at,
      candidate_services)
    VALUES (@id, @slug, @title_fr, @title_ar, @title_en, @summary_fr, @summary_ar, @summary_en,
      @services, @countries, @cause, @started_at, @start_precision, @ended_at, @fact_sheet_id, @updated_at,
      @candidate_services)
    ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, title_fr = excluded.title_fr,
      title_ar = excluded.title_ar, title_en = excluded.title_en, summary_fr = excluded.summary_fr,
      summary_ar = excluded.summary_ar, summary_en = excluded.summary_en,
      services = excluded.services, countries = excluded.countries, cause = excluded.cause,
      started_at = excluded.started_at, start_precision = excluded.start_precision, ended_at = excluded.ended_at,
      fact_sheet_id = excluded.fact_sheet_id, updated_at = excluded.updated_at,
      candidate_services = excluded.candidate_services`);
  const link = db.prepare(`INSERT INTO incident_articles (article_id, incident_id) VALUES (?, ?)`);
  db.transaction(() => {
    const keep = new Set(incidents.map((incident) => incident.id));
    const stored = db.prepare(`SELECT id FROM incidents`).pluck().all() as string[];
    db.prepare(`DELETE FROM incident_articles`).run();
    const remove = db.prepare(`DELETE FROM incidents WHERE id = ?`);
    stored.filter((id) => !keep.has(id)).forEach((id) => remove.run(id));
    // Slugs are unique: free every changed slug before reassigning any of them.
    db.prepare(`UPDATE incidents SET slug = '~' || id`).run();
    for (const incident of incidents) {
      upsert.run(toRow(incident));
      incident.articleIds.forEach((articleId) => link.run(articleId, incident.id));
    }
  }).immediate();
}

function toRow(incident: Incident): IncidentRow {
  return {
    id: incident.id,
    slug: incident.slug,
    title_fr: incident.title.fr,
    title_ar: incident.title.ar,
    title_en: incident.title.en,
    summary_fr: incident.summary?.fr ?? null,
    summary_ar: incident.summary?.ar ?? null,
    summary_en: incident.summary?.en ?? null,
    services: JSON.stringify(incident.services),
    countries: JSON.stringify(incident.countries),
    cause: incident.cause,
    started_at: incident.startedAt,
    start_precision: incident.startPrecision ?? null,
    ended_at: incident.endedAt ?? null,
    fact_sheet_id: incident.factSheetId ?? null,
    updated_at: incident.updatedAt,
    candidate_services: incident.candidateServices ? JSON.stringify(incident.candidateServices) : null,
  };
}

function toIncident(row: IncidentRow, articleIds: string[]): Incident {
  const summary =
    row.summary_fr !== null && row.summary_ar !== null && row.summary_en !== null
      ? { fr: row.summary_fr, ar: row.summary_ar, en: row.summary_en }
      : undefined;
  return {
    id: row.id,
    slug: row.slug,
    title: { fr: row.title_fr, ar: row.title_ar, en: row.title_en },
    ...(summary && { summary }),
    services: JSON.parse(row.services) as string[],
    ...(typeof row.candidate_services === "string" && {
      candidateServices: JSON.parse(row.candidate_services) as string[],
    }),
    countries: JSON.parse(row.countries) as string[],
    cause: row.cause as Cause,
    startedAt: row.started_at,
    ...(row.start_precision !== null && {
      startPrecision: row.start_precision as Incident["startPrecision"],
    }),
    ...(row.ended_at !== null && { endedAt: row.ended_at }),
    ...(row.fact_sheet_id !== null && { factSheetId: row.fact_sheet_id }),
    articleIds,
    updatedAt: row.updated_at,
  };
}
