/** `npm run export -- --db <file> --out <file.json>`: write the incidents export. */
import { runExport } from "../src/lib/export/run-export.ts";
import { openDatabase } from "../src/lib/store/open-database.ts";
import { parseCommonArgs, runCommand } from "./lib/cli.ts";

const usage = "npm run export -- --db <file> --out <file.json>";
const options = parseCommonArgs(usage, { out: { type: "string" } });

await runCommand("export", () => {
  const out = options.values.out;
  if (typeof out !== "string") throw new Error(`--out <file.json> is required (usage: ${usage})`);
  const db = openDatabase(options.db, { readonly: true });
  try {
    const report = runExport({ db, out });
    console.log(`exported ${report.incidents} incidents and ${report.articles} articles to ${report.file}`);
    return 0;
  } finally {
    db.close();
  }
});
