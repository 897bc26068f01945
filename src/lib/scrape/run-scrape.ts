/** The scrape stage: fetch every enabled source, turn its feed into articles, store, report. */
import type { ArticleFacts } from "../definitions.ts";
import type { FeedSource } from "../sources/definitions.ts";
import { isHttpUrl } from "../sources/core/parse-registry.ts";
import type { AtlasDatabase } from "../store/open-database.ts";
import { writeArticles } from "../store/sqlite-article-store.ts";
import { readSourceValidators, writeFetchOutcome, writeSources } from "../store/sqlite-source-store.ts";
import type { ArticleInput } from "../understand/definitions.ts";
import { toArticles } from "./core/to-articles.ts";
import type { FeedFetcher } from "./definitions.ts";
import { FetchError } from "./definitions.ts";
import { createHostLimiter, toHostKey } from "./infra/host-limiter.ts";

/** What happened to one source in this run. */
export interface SourceReport {
  id: string;
  status: "ok" | "not-modified" | "failed" | "skipped";
  httpStatus?: number;
  /** Usable items in the feed. */
  items: number;
  /** Of which not stored before. */
  new: number;
  error?: string;
  durationMs: number;
}

/** The run, source by source in registry order; `failed` is true when any source failed. */
export interface ScrapeReport {
  sources: SourceReport[];
  totals: { sources: number; ok: number; notModified: number; failed: number; skipped: number; new: number };
  failed: boolean;
}

/** Everything a run needs, passed in so tests can use a local server and a fixed clock. */
export interface ScrapeDeps {
  db: AtlasDatabase;
  sources: readonly FeedSource[];
  fetcher: (source: FeedSource) => FeedFetcher;
  understand: (input: ArticleInput) => ArticleFacts;
  /** UTC ISO time. */
  now: () => string;
  hash: (text: string) => string;
  /** Skip http(s) sources; file sources are still read. */
  offline?: boolean;
  /** Requests at once overall (one per host regardless). Default 6. */
  concurrency?: number;
  log?: (line: string) => void;
}

const oneLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim() || "unknown error";

async function scrapeSource(deps: ScrapeDeps, source: FeedSource): Promise<SourceReport> {
  const at = deps.now();
  const report = (fields: Omit<SourceReport, "id" | "durationMs">): SourceReport => ({
    id: source.id,
    ...fields,
    durationMs: Date.parse(deps.now()) - Date.parse(at),
  });
  if (deps.offline && isHttpUrl(source.url)) {
    // Not recorded on the source: nothing was tried, and its health should show the last real fetch.
    deps.log?.(`✗ ${source.id}: skipped: offline`);
    return report({ status: "skipped", items: 0, new: 0, error: "skipped: offline" });
  }
  try {
    const result = await deps.fetcher(source).fetchFeed(source, readSourceValidators(deps.db, source.id));
    if (result.status === "not-modified") {
      writeFetchOutcome(deps.db, source.id, { status: "not-modified", at, httpStatus: 304, newItems: 0 });
      return report({ status: "not-modified", httpStatus: 304, items: 0, new: 0 });
    }
    const { bytes, contentType, finalUrl, httpStatus, validators } = result;
    const { understand, hash } = deps;
    const feed = { source, bytes, contentType, finalUrl, fetchedAt: at, understand, hash };
    const { items, articles } = await toArticles(feed);
    const added = writeArticles(deps.db, articles);
    writeFetchOutcome(deps.db, source.id, { status: "ok", at, httpStatus, newItems: added, validators });
    return report({ status: "ok", httpStatus, items, new: added });
  } catch (error) {
    const message = oneLine(error);
    const httpStatus = error instanceof FetchError ? error.httpStatus : undefined;
    writeFetchOutcome(deps.db, source.id, {
      status: "failed",
      at,
      ...(httpStatus && { httpStatus }),
      error: message,
    });
    deps.log?.(`✗ ${source.id}: ${message}`);
    return report({ status: "failed", ...(httpStatus && { httpStatus }), items: 0, new: 0, error: message });
  }
}

/**
 * Scrapes every enabled source, at most `concurrency` at once and one per host. A failing source is
 * recorded on it and reported; it never stops the run nor touches stored articles.
 */
export async function runScrape(deps: ScrapeDeps): Promise<ScrapeReport> {
  writeSources(deps.db, deps.sources);
  const limit = createHostLimiter(deps.concurrency);
  const enabled = deps.sources.filter((source) => source.enabled);
  const sources = await Promise.all(
    enabled.map((source) => limit(toHostKey(source.url), () => scrapeSource(deps, source))),
  );
  const count = (status: SourceReport["status"]) =>
    sources.filter((source) => source.status === status).length;
  const totals = {
    sources: sources.length,
    ok: count("ok"),
    notModified: count("not-modified"),
    failed: count("failed"),
    skipped: count("skipped"),
    new: sources.reduce((sum, source) => sum + source.new, 0),
  };
  return { sources, totals, failed: totals.failed > 0 };
}

/** The short table printed at the end of a run: source, status, new articles, error. */
export function formatScrapeReport(report: ScrapeReport): string {
  const rows = [
    ["source", "status", "new", "error"],
    ...report.sources.map((source) => [source.id, source.status, String(source.new), source.error ?? ""]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const lines = rows.map(([id = "", status = "", added = "", error = ""]) =>
    [id.padEnd(widths[0] ?? 0), status.padEnd(widths[1] ?? 0), added.padStart(widths[2] ?? 0), error]
      .join("  ")
      .trimEnd(),
  );
  const { totals } = report;
  lines.push(
    `${totals.sources} sources: ${totals.ok} ok, ${totals.notModified} not modified, ${totals.failed} failed, ` +
      `${totals.skipped} skipped; ${totals.new} new articles`,
  );
  return lines.join("\n");
}
