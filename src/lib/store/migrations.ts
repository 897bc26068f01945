/**
 * Append-only schema migrations. `PRAGMA user_version` records how many have run; never edit a
 * migration that has shipped, add a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    kind TEXT NOT NULL,
    lang TEXT,
    country TEXT,
    etag TEXT,
    last_modified TEXT,
    last_fetched_at TEXT,
    last_success_at TEXT,
    last_status TEXT,
    last_http_status INTEGER,
    last_error TEXT,
    last_new_items INTEGER NOT NULL DEFAULT 0,
    consecutive_failures INTEGER NOT NULL DEFAULT 0
  ) STRICT;

  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    source_id TEXT NOT NULL REFERENCES sources(id),
    outlet TEXT NOT NULL,
    guid TEXT,
    url TEXT,
    title TEXT NOT NULL,
    summary_html TEXT NOT NULL,
    text TEXT NOT NULL,
    published_at TEXT,
    fetched_at TEXT NOT NULL,
    lang TEXT NOT NULL,
    is_outage INTEGER NOT NULL,
    services TEXT NOT NULL,
    countries TEXT NOT NULL,
    cause TEXT NOT NULL,
    cause_evidence TEXT,
    started_at TEXT,
    started_at_text TEXT,
    ended_at TEXT,
    ended_at_text TEXT,
    official INTEGER NOT NULL DEFAULT 0
  ) STRICT;
  CREATE INDEX articles_by_source ON articles(source_id);

  CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title_fr TEXT NOT NULL,
    title_ar TEXT NOT NULL,
    title_en TEXT NOT NULL,
    summary_fr TEXT,
    summary_ar TEXT,
    summary_en TEXT,
    services TEXT NOT NULL,
    countries TEXT NOT NULL,
    cause TEXT NOT NULL,
    started_at TEXT NOT NULL,
    start_precision TEXT,
    ended_at TEXT,
    fact_sheet_id TEXT UNIQUE,
    updated_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE incident_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE
  ) STRICT;
  CREATE INDEX incident_articles_by_incident ON incident_articles(incident_id);
  `,
  // Former slugs of renamed or merged incidents, so their old URLs can redirect.
  `
  CREATE TABLE incident_aliases (
    slug TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE
  ) STRICT;
  CREATE INDEX incident_aliases_by_incident ON incident_aliases(incident_id);
  `,
  // Approximate times ("depuis ce matin", "pendant six heures") and the provider's quoted statement.
  `
  ALTER TABLE articles ADD COLUMN started_at_approximate INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE articles ADD COLUMN ended_at_approximate INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE articles ADD COLUMN statement TEXT;
  ALTER TABLE articles ADD COLUMN statement_by TEXT;
  `,
  // Services the gazetteer does not know yet ("Zoomify"), as JSON lists of display names, or NULL.
  `
  ALTER TABLE articles ADD COLUMN candidate_services TEXT;
  ALTER TABLE incidents ADD COLUMN candidate_services TEXT;
  `,
];
