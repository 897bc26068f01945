import { parseArgs } from "node:util";
import { DEFAULT_DB_FILE } from "../../src/lib/store/open-database.ts";

/** Options every pipeline command shares. */
export interface CommonOptions {
  db: string;
  content: string;
}

/**
 * Parses `--db` and `--content` plus the command's own flags; `ATLAS_DB` and `ATLAS_CONTENT`
 * override the defaults, flags override both. Bad usage ends the process with exit code 2.
 */
export function parseCommonArgs(
  usage: string,
  extra: Record<string, { type: "string" | "boolean" }> = {},
): CommonOptions & { values: Record<string, string | boolean | undefined> } {
  try {
    const { values } = parseArgs({
      options: { db: { type: "string" }, content: { type: "string" }, ...extra },
      allowPositionals: false,
    }) as { values: Record<string, string | boolean | undefined> };
    const text = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : undefined);
    return {
      db: text("db") ?? process.env.ATLAS_DB ?? DEFAULT_DB_FILE,
      content: text("content") ?? process.env.ATLAS_CONTENT ?? "content",
      values,
    };
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: ${usage}`);
    process.exit(2);
  }
}

/** Runs a command body, turning a thrown error into one line on stderr and exit code 2. */
export async function runCommand(name: string, body: () => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (error) {
    console.error(`${name}: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
