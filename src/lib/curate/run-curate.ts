import type { AtlasDatabase } from "../store/open-database.ts";
import { writeArticleFacts, writeArticles } from "../store/sqlite-article-store.ts";
import { readIncidents, writeIncidents } from "../store/sqlite-incident-store.ts";
import { writeArchiveSource } from "../store/sqlite-source-store.ts";
import { applyFactSheets, toCoverageArticles } from "./core/apply-fact-sheets.ts";
import type { FactSheet } from "./definitions.ts";

/** What curating did. */
export interface CurateReport {
  factSheets: number;
  newCoverageLinks: number;
  curatedIncidents: number;
  incidents: number;
}

/**
 * Applies the fact sheets to the stored incidents: their coverage links are stored as articles and
 * their facts override what grouping derived. Idempotent: curating twice changes nothing.
 */
export function runCurate(deps: {
  db: AtlasDatabase;
  sheets: readonly FactSheet[];
  hash: (text: string) => string;
}): CurateReport {
  writeArchiveSource(deps.db);
  const coverage = deps.sheets.map((sheet) => [sheet.slug, toCoverageArticles(sheet, deps.hash)] as const);
  const links = coverage.flatMap(([, articles]) => articles);
  const newCoverageLinks = writeArticles(deps.db, links);
  // A corrected fact sheet corrects the facts its links were stored with.
  writeArticleFacts(deps.db, links);
  const coverageIds = new Map(coverage.map(([slug, articles]) => [slug, articles.map((a) => a.id)]));
  const incidents = applyFactSheets({
    sheets: deps.sheets,
    incidents: readIncidents(deps.db),
    coverageIds,
    hash: deps.hash,
  });
  writeIncidents(deps.db, incidents);
  return {
    factSheets: deps.sheets.length,
    newCoverageLinks,
    curatedIncidents: incidents.filter((incident) => incident.factSheetId).length,
    incidents: incidents.length,
  };
}
