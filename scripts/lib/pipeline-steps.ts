/**
 * The pipeline's steps wired to the real infrastructure, shared by the single-stage commands and the
 * build so both run exactly the same code.
 */
import { join } from "node:path";
import { formatOverrideOutcome } from "../../src/lib/curate/core/apply-overrides.ts";
import { readFactSheets } from "../../src/lib/curate/infra/read-fact-sheets.ts";
import { readOverrides } from "../../src/lib/curate/infra/read-overrides.ts";
import { runCurate, type CurateReport } from "../../src/lib/curate/run-curate.ts";
import { formatGroupReport, runGroup, type GroupReport } from "../../src/lib/group/run-group.ts";
import { sha256Hex } from "../../src/lib/infra/sha256-hex.ts";
import { feedFetcherFor } from "../../src/lib/scrape/infra/feed-fetcher-for.ts";
import { formatScrapeReport, runScrape, type ScrapeReport } from "../../src/lib/scrape/run-scrape.ts";
import { readRegistryFile } from "../../src/lib/sources/infra/read-registry-file.ts";
import type { AtlasDatabase } from "../../src/lib/store/open-database.ts";
import { understandArticle } from "../../src/lib/understand/core/understand-article.ts";
import type { FeedSource } from "../../src/lib/sources/definitions.ts";
import type { Gazetteer } from "../../src/lib/understand/definitions.ts";

/** Default registry; `ATLAS_SOURCES` or `--sources` override it. */
export const DEFAULT_SOURCES_FILE = "content/sources.yaml";

/** The registry to read: the `--sources` flag, else `ATLAS_SOURCES`, else the default. */
export function toSourcesFile(flag: string | boolean | undefined): string {
  return (typeof flag === "string" ? flag : undefined) ?? process.env.ATLAS_SOURCES ?? DEFAULT_SOURCES_FILE;
}

/** Fetches, understands and stores every source of the registry; prints the report table. */
export async function scrapeStep(
  db: AtlasDatabase,
  options: { sourcesFile: string; gazetteer: Gazetteer; offline: boolean },
): Promise<ScrapeReport> {
  const sources = readRegistryFile(options.sourcesFile);
  assertKnownServices(sources, options.gazetteer, options.sourcesFile);
  const report = await runScrape({
    db,
    sources,
    fetcher: feedFetcherFor(),
    understand: (input) => understandArticle(input, options.gazetteer),
    // The only clock in the pipeline: when each fetch happened.
    now: () => new Date().toISOString(),
    hash: sha256Hex,
    offline: options.offline,
  });
  console.log(formatScrapeReport(report));
  return report;
}

/** Groups stored articles into incidents; prints one line. */
export function groupStep(db: AtlasDatabase, options: { gazetteer: Gazetteer; fresh: boolean }): GroupReport {
  const report = runGroup({ db, gazetteer: options.gazetteer, fresh: options.fresh });
  console.log(formatGroupReport(report));
  return report;
}

/**
 * Applies the fact sheets of `<content>/incidents/`, then `<content>/overrides.yaml`; prints one line,
 * then a line per override that changed something or could not be applied.
 */
export function curateStep(
  db: AtlasDatabase,
  options: { content: string; gazetteer: Gazetteer },
): CurateReport {
  const overridesFile = join(options.content, "overrides.yaml");
  const report = runCurate({
    db,
    sheets: readFactSheets(join(options.content, "incidents")),
    overrides: readOverrides(overridesFile),
    gazetteer: options.gazetteer,
    hash: sha256Hex,
  });
  const count = (status: string) => report.overrides.filter((o) => o.status === status).length;
  console.log(
    `curated ${report.curatedIncidents} incidents from ${report.factSheets} fact sheets ` +
      `(${report.newCoverageLinks} new coverage links); ${report.incidents} incidents in all; ` +
      `overrides: ${count("applied")} applied, ${count("unchanged")} already in effect, ${count("ignored")} ignored`,
  );
  for (const outcome of report.overrides) {
    if (outcome.status === "applied") console.log(`  ${formatOverrideOutcome(outcome)}`);
    if (outcome.status === "ignored") console.warn(`  ${overridesFile}: ${formatOverrideOutcome(outcome)}`);
  }
  return report;
}

/** A status source must name services the gazetteer knows, or its items would join nothing. */
function assertKnownServices(sources: readonly FeedSource[], gazetteer: Gazetteer, file: string): void {
  const known = new Set(gazetteer.services.map((service) => service.id));
  for (const source of sources) {
    const unknown = source.services?.find((id) => !known.has(id));
    if (unknown)
      throw new Error(`${file}: source "${source.id}": services: "${unknown}" is not in the gazetteer`);
  }
}
