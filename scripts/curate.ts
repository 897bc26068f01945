/** `npm run curate -- --db <file>`: apply the fact sheets of `content/incidents/`. */
import { openDatabase } from "../src/lib/store/open-database.ts";
import { parseCommonArgs, runCommand } from "./lib/cli.ts";
import { curateStep } from "./lib/pipeline-steps.ts";

const options = parseCommonArgs("npm run curate -- --db <file> [--content <dir>]");

await runCommand("curate", () => {
  const db = openDatabase(options.db);
  try {
    curateStep(db, { content: options.content });
    return 0;
  } finally {
    db.close();
  }
});
