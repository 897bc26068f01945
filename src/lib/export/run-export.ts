import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { AtlasDatabase } from "../store/open-database.ts";
import { readArticles } from "../store/sqlite-article-store.ts";
import { readIncidents } from "../store/sqlite-incident-store.ts";
import { toExport, toNewestTime } from "./core/to-export.ts";
import { exportSchema } from "./export-schema.ts";

/** What an export wrote. */
export interface ExportReport {
  file: string;
  incidents: number;
  articles: number;
  bytes: number;
}

/**
 * Writes the export of one database to a JSON file, validated against the public schema first so a
 * broken document is never published.
 */
export function runExport(deps: { db: AtlasDatabase; out: string }): ExportReport {
  const incidents = readIncidents(deps.db);
  const articles = readArticles(deps.db);
  const document = exportSchema.parse(
    toExport({ incidents, articles, generatedAt: toNewestTime(incidents, articles) }),
  );
  const json = `${JSON.stringify(document, null, 2)}\n`;
  mkdirSync(dirname(deps.out), { recursive: true });
  writeFileSync(deps.out, json);
  return {
    file: deps.out,
    incidents: document.incidents.length,
    articles: document.articles.length,
    bytes: Buffer.byteLength(json),
  };
}
