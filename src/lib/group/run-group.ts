import type { AtlasDatabase } from "../store/open-database.ts";
import { readArticles } from "../store/sqlite-article-store.ts";
import { readIncidents, writeIncidents } from "../store/sqlite-incident-store.ts";
import type { Gazetteer } from "../understand/definitions.ts";
import { groupArticles } from "./core/group-articles.ts";

/** What a grouping run did, for the CLI and tests. */
export interface GroupReport {
  articles: number;
  outageArticles: number;
  incidents: number;
  created: string[];
  changed: string[];
  /** Outage articles naming no service or country: stored, but in no incident. */
  unplaceable: number;
}

/**
 * Groups the database's articles into incidents and stores them in one transaction. By default the
 * stored incidents are extended; `fresh` regroups from scratch, keeping only curated incidents.
 */
export function runGroup(deps: { db: AtlasDatabase; gazetteer: Gazetteer; fresh?: boolean }): GroupReport {
  const articles = readArticles(deps.db);
  const stored = readIncidents(deps.db);
  const existing = deps.fresh
    ? stored.filter((incident) => incident.factSheetId).map((incident) => ({ ...incident, articleIds: [] }))
    : stored;
  const result = groupArticles({ articles, existing, gazetteer: deps.gazetteer });
  writeIncidents(deps.db, result.incidents);
  return {
    articles: articles.length,
    outageArticles: articles.filter((article) => article.isOutage).length,
    incidents: result.incidents.length,
    created: result.created,
    changed: result.changed,
    unplaceable: result.unplaceable.length,
  };
}

/** One line for the terminal. */
export function formatGroupReport(report: GroupReport): string {
  return (
    `grouped ${report.outageArticles} outage articles (of ${report.articles}) into ${report.incidents} incidents: ` +
    `${report.created.length} new, ${report.changed.length} updated, ${report.unplaceable} without a subject`
  );
}
