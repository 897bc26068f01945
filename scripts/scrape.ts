/** `npm run scrape -- --sources <yaml> --db <file> [--content <dir>] [--offline]`: fetch, understand, store. */
import { z } from "zod";
import { sha256Hex } from "../src/lib/infra/sha256-hex.ts";
import { feedFetcherFor } from "../src/lib/scrape/infra/feed-fetcher-for.ts";
import { formatScrapeReport, runScrape } from "../src/lib/scrape/run-scrape.ts";
import { readRegistryFile } from "../src/lib/sources/infra/read-registry-file.ts";
import { openDatabase } from "../src/lib/store/open-database.ts";
import { understandArticle } from "../src/lib/understand/core/understand-article.ts";
import { readGazetteer } from "../src/lib/understand/infra/read-gazetteer.ts";
import { parseCommonArgs, runCommand } from "./lib/cli.ts";

const usage = "npm run scrape -- --sources <yaml> --db <file> [--content <dir>] [--offline]";
const options = parseCommonArgs(usage, { sources: { type: "string" }, offline: { type: "boolean" } });
const flagsSchema = z.object({
  sources: z.string().min(1, { error: "needs a file" }).optional(),
  offline: z.boolean().default(false),
});

await runCommand("scrape", async () => {
  const parsed = flagsSchema.safeParse(options.values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`--${String(issue?.path[0])} ${issue?.message} (usage: ${usage})`);
  }
  const flags = parsed.data;
  const sources = readRegistryFile(flags.sources ?? process.env.ATLAS_SOURCES ?? "content/sources.yaml");
  const gazetteer = readGazetteer(options.content);
  const db = openDatabase(options.db);
  try {
    const report = await runScrape({
      db,
      sources,
      fetcher: feedFetcherFor(),
      understand: (input) => understandArticle(input, gazetteer),
      now: () => new Date().toISOString(),
      hash: sha256Hex,
      offline: flags.offline,
      log: (line) => console.error(line),
    });
    console.log(formatScrapeReport(report));
    return report.failed ? 1 : 0;
  } finally {
    db.close();
  }
});
