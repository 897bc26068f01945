/**
 * The only module through which the site reaches the database and the gazetteer. Everything is read
 * once per build; a missing or empty database gives an empty (but buildable) site.
 */
import { existsSync } from "node:fs";
import type { IncidentAlias } from "../lib/curate/definitions.ts";
import type { Article, Incident } from "../lib/definitions.ts";
import { toNewestTime } from "../lib/export/core/to-export.ts";
import { DEFAULT_DB_FILE, openDatabase } from "../lib/store/open-database.ts";
import { readArticles } from "../lib/store/sqlite-article-store.ts";
import { readIncidentAliases } from "../lib/store/sqlite-incident-alias-store.ts";
import { readIncidents } from "../lib/store/sqlite-incident-store.ts";
import { readSourceHealth, type SourceHealth } from "../lib/store/sqlite-source-store.ts";
import type { Gazetteer } from "../lib/understand/definitions.ts";
import { readGazetteer } from "../lib/understand/infra/read-gazetteer.ts";

/** Everything the site renders from. */
export interface SiteData {
  incidents: Incident[];
  articles: Article[];
  sources: SourceHealth[];
  /** Former slugs of renamed or merged incidents; their pages redirect. */
  aliases: IncidentAlias[];
  gazetteer: Gazetteer;
  /** The newest time stored in the database: the site's "now", so a rebuild gives the same files. */
  now: string;
}

let cached: SiteData | undefined;

/** The site's data, read on first use from `ATLAS_DB` and `ATLAS_CONTENT` (or their defaults). */
export function readSiteData(): SiteData {
  cached ??= readFrom(process.env.ATLAS_DB ?? DEFAULT_DB_FILE, process.env.ATLAS_CONTENT ?? "content");
  return cached;
}

function readFrom(dbFile: string, contentDir: string): SiteData {
  const gazetteer = readGazetteer(contentDir);
  const stored = existsSync(dbFile) ? readDatabase(dbFile) : undefined;
  const { incidents = [], articles = [], sources = [], aliases = [] } = stored ?? {};
  return { incidents, articles, sources, aliases, gazetteer, now: toNewestTime(incidents, articles) };
}

function readDatabase(
  dbFile: string,
): Pick<SiteData, "incidents" | "articles" | "sources" | "aliases"> | undefined {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    // A file nobody has migrated yet holds no tables: nothing to show.
    if (db.pragma("user_version", { simple: true }) === 0) return undefined;
    return {
      incidents: readIncidents(db),
      articles: readArticles(db),
      sources: readSourceHealth(db),
      aliases: readIncidentAliases(db),
    };
  } finally {
    db.close();
  }
}
