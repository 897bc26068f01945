/** `npm run curate -- --db <file>`: apply the fact sheets of `content/incidents/`. */
import { join } from "node:path";
import { readFactSheets } from "../src/lib/curate/infra/read-fact-sheets.ts";
import { runCurate } from "../src/lib/curate/run-curate.ts";
import { sha256Hex } from "../src/lib/infra/sha256-hex.ts";
import { openDatabase } from "../src/lib/store/open-database.ts";
import { parseCommonArgs, runCommand } from "./lib/cli.ts";

const options = parseCommonArgs("npm run curate -- --db <file> [--content <dir>]");

await runCommand("curate", () => {
  const sheets = readFactSheets(join(options.content, "incidents"));
  const db = openDatabase(options.db);
  try {
    const report = runCurate({ db, sheets, hash: sha256Hex });
    console.log(
      `curated ${report.curatedIncidents} incidents from ${report.factSheets} fact sheets ` +
        `(${report.newCoverageLinks} new coverage links); ${report.incidents} incidents in all`,
    );
    return 0;
  } finally {
    db.close();
  }
});
