/** `npm run scrape -- --sources <yaml> --db <file> [--content <dir>] [--offline]`: fetch, understand, store. */
import { z } from "zod";
import { openDatabase } from "../src/lib/store/open-database.ts";
import { readGazetteer } from "../src/lib/understand/infra/read-gazetteer.ts";
import { parseCommonArgs, runCommand } from "./lib/cli.ts";
import { scrapeStep, toSourcesFile } from "./lib/pipeline-steps.ts";

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
  const sourcesFile = toSourcesFile(parsed.data.sources);
  const gazetteer = readGazetteer(options.content);
  const db = openDatabase(options.db);
  try {
    const report = await scrapeStep(db, { sourcesFile, gazetteer, offline: parsed.data.offline });
    return report.failed ? 1 : 0;
  } finally {
    db.close();
  }
});
