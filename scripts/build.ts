/**
 * `npm run build`: scrape → group → curate → astro build into `dist/`. A failing feed is reported
 * and the build goes on from what is stored; a broken registry or fact sheet stops it.
 * `ATLAS_SOURCES`, `ATLAS_DB`, `ATLAS_CONTENT` choose the inputs; `ATLAS_OFFLINE=1` skips the network.
 */
import { spawnSync } from "node:child_process";
import { openDatabase } from "../src/lib/store/open-database.ts";
import { readGazetteer } from "../src/lib/understand/infra/read-gazetteer.ts";
import { parseCommonArgs, runCommand } from "./lib/cli.ts";
import { curateStep, groupStep, scrapeStep, toSourcesFile } from "./lib/pipeline-steps.ts";

const options = parseCommonArgs("npm run build [-- --db <file> --content <dir> --sources <yaml> --offline]", {
  sources: { type: "string" },
  offline: { type: "boolean" },
});
const sourcesFile = toSourcesFile(options.values.sources);
const offline = options.values.offline === true || ["1", "true"].includes(process.env.ATLAS_OFFLINE ?? "");

await runCommand("build", async () => {
  const gazetteer = readGazetteer(options.content);
  const db = openDatabase(options.db);
  try {
    const scraped = await scrapeStep(db, { sourcesFile, gazetteer, offline });
    if (scraped.failed)
      console.error(`build: ${scraped.totals.failed} sources failed; building from what is stored`);
    groupStep(db, { gazetteer, fresh: false });
    curateStep(db, { content: options.content, gazetteer });
  } finally {
    db.close();
  }
  // A separate process: Astro reads the database itself (src/site/data.ts), read-only.
  const astro = spawnSync("npx", ["astro", "build"], {
    stdio: "inherit",
    env: { ...process.env, ATLAS_DB: options.db, ATLAS_CONTENT: options.content },
  });
  return astro.status ?? 1;
});
