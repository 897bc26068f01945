/** `npm run eval -- <corpus.jsonl> [--json <file>]`: score understanding and grouping on a labelled corpus. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseCorpus } from "../src/lib/eval/core/corpus-record.ts";
import { formatEvalReport } from "../src/lib/eval/core/format-eval-report.ts";
import { runEval } from "../src/lib/eval/run-eval.ts";
import { readGazetteer } from "../src/lib/understand/infra/read-gazetteer.ts";
import { runCommand } from "./lib/cli.ts";

const usage = "npm run eval -- <corpus.jsonl> [--content <dir>] [--json <file>]";

await runCommand("eval", async () => {
  const { values, positionals } = parseArgs({
    options: { content: { type: "string" }, json: { type: "string" } },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (!file) throw new Error(`a corpus file is required (usage: ${usage})`);
  const records = parseCorpus(readFileSync(file, "utf8"), file);
  const workDir = mkdtempSync(join(tmpdir(), "atlas-eval-"));
  try {
    const score = await runEval({
      records,
      gazetteer: readGazetteer(values.content ?? process.env.ATLAS_CONTENT ?? "content"),
      workDir,
      // Fixed, so the same corpus always scores the same.
      now: "2030-01-01T00:00:00.000Z",
    });
    console.log(formatEvalReport(score));
    if (values.json) writeFileSync(values.json, `${JSON.stringify(score, null, 2)}\n`);
    return 0;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
});
