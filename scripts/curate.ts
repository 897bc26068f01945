/** `npm run curate -- --db <file>`: apply the fact sheets of `content/incidents/`, then `content/overrides.yaml`. */
import { openDatabase } from "../src/lib/store/open-database.ts";
import { readGazetteer } from "../src/lib/understand/infra/read-gazetteer.ts";
import { parseCommonArgs, runCommand } from "./lib/cli.ts";
import { curateStep } from "./lib/pipeline-steps.ts";

const options = parseCommonArgs("npm run curate -- --db <file> [--content <dir>]");

await runCommand("curate", () => {
  const gazetteer = readGazetteer(options.content);
  const db = openDatabase(options.db);
  try {
    curateStep(db, { content: options.content, gazetteer });
    return 0;
  } finally {
    db.close();
  }
});
