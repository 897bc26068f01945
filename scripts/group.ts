/** `npm run group -- --db <file> [--fresh]`: (re)group stored articles into incidents. */
import { formatGroupReport, runGroup } from "../src/lib/group/run-group.ts";
import { openDatabase } from "../src/lib/store/open-database.ts";
import { readGazetteer } from "../src/lib/understand/infra/read-gazetteer.ts";
import { parseCommonArgs, runCommand } from "./lib/cli.ts";

const options = parseCommonArgs("npm run group -- --db <file> [--content <dir>] [--fresh]", {
  fresh: { type: "boolean" },
});

await runCommand("group", () => {
  const db = openDatabase(options.db);
  try {
    const report = runGroup({
      db,
      gazetteer: readGazetteer(options.content),
      fresh: options.values.fresh === true,
    });
    console.log(formatGroupReport(report));
    return 0;
  } finally {
    db.close();
  }
});
