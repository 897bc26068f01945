/** `npm run group -- --db <file> [--fresh]`: (re)group stored articles into incidents. */
import { openDatabase } from "../src/lib/store/open-database.ts";
import { readGazetteer } from "../src/lib/understand/infra/read-gazetteer.ts";
import { parseCommonArgs, runCommand } from "./lib/cli.ts";
import { groupStep } from "./lib/pipeline-steps.ts";

const options = parseCommonArgs("npm run group -- --db <file> [--content <dir>] [--fresh]", {
  fresh: { type: "boolean" },
});

await runCommand("group", () => {
  const gazetteer = readGazetteer(options.content);
  const db = openDatabase(options.db);
  try {
    groupStep(db, { gazetteer, fresh: options.values.fresh === true });
    return 0;
  } finally {
    db.close();
  }
});
