import { groupArticles } from "../group/core/group-articles.ts";
import type { AtlasDatabase } from "../store/open-database.ts";
import { readArticles, writeArticleFacts, writeArticles } from "../store/sqlite-article-store.ts";
import { readIncidentAliases, writeIncidentAliases } from "../store/sqlite-incident-alias-store.ts";
import { readIncidents, writeIncidents } from "../store/sqlite-incident-store.ts";
import { writeArchiveSource } from "../store/sqlite-source-store.ts";
import type { Gazetteer } from "../understand/definitions.ts";
import { applyFactSheets, toCoverageArticles } from "./core/apply-fact-sheets.ts";
import { applyOverrides } from "./core/apply-overrides.ts";
import type { OverrideOutcome } from "./core/override-state.ts";
import { toSplitIncidentId } from "./core/restructure-incidents.ts";
import type { FactSheet, Override } from "./definitions.ts";

/** What curating did. */
export interface CurateReport {
  factSheets: number;
  newCoverageLinks: number;
  curatedIncidents: number;
  incidents: number;
  /** What each entry of `overrides.yaml` did, in file order. */
  overrides: OverrideOutcome[];
  /** Former slugs that redirect to their incident. */
  aliases: number;
}

/**
 * Applies the fact sheets to the stored incidents (their coverage links are stored as articles and
 * their facts override what grouping derived), then the editorial overrides. Idempotent: curating
 * twice changes nothing.
 */
export function runCurate(deps: {
  db: AtlasDatabase;
  sheets: readonly FactSheet[];
  overrides: readonly Override[];
  gazetteer: Gazetteer;
  hash: (text: string) => string;
}): CurateReport {
  writeArchiveSource(deps.db);
  const coverage = deps.sheets.map((sheet) => [sheet.slug, toCoverageArticles(sheet, deps.hash)] as const);
  const links = coverage.flatMap(([, articles]) => articles);
  const newCoverageLinks = writeArticles(deps.db, links);
  // A corrected fact sheet corrects the facts its links were stored with.
  writeArticleFacts(deps.db, links);
  const coverageIds = new Map(coverage.map(([slug, articles]) => [slug, articles.map((a) => a.id)]));
  // A fact sheet would take back what a split moved out of its outage: keep split incidents apart.
  const splitIds = new Set(
    deps.overrides.flatMap((o) => (o.kind === "split" ? [toSplitIncidentId(o.slug, deps.hash)] : [])),
  );
  const stored = readIncidents(deps.db);
  const apart = stored.filter((incident) => splitIds.has(incident.id) && !incident.factSheetId);
  const curated = applyFactSheets({
    sheets: deps.sheets,
    incidents: stored.filter((incident) => !apart.includes(incident)),
    coverageIds,
    hash: deps.hash,
  });
  const articles = readArticles(deps.db);
  const { incidents, aliases, outcomes } = applyOverrides({
    overrides: deps.overrides,
    incidents: [...curated, ...apart],
    aliases: readIncidentAliases(deps.db),
    articles,
    hash: deps.hash,
    // The grouping code itself re-derives moved incidents, so the next grouping run agrees with them.
    rederive: (existing) => groupArticles({ articles, existing, gazetteer: deps.gazetteer }).incidents,
  });
  writeIncidents(deps.db, incidents);
  writeIncidentAliases(deps.db, aliases);
  return {
    factSheets: deps.sheets.length,
    newCoverageLinks,
    curatedIncidents: incidents.filter((incident) => incident.factSheetId).length,
    incidents: incidents.length,
    overrides: outcomes,
    aliases: aliases.length,
  };
}
