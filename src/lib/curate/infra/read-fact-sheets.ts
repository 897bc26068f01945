import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "yaml";
import { parseFactSheet } from "../core/fact-sheet-schema.ts";
import type { FactSheet } from "../definitions.ts";

/** Reads and validates every `*.yaml` fact sheet of a folder, in file-name order. */
export function readFactSheets(dir: string): FactSheet[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".yaml") || name.endsWith(".yml"))
    .sort();
  return files.map((name) => {
    const file = join(dir, name);
    let data: unknown;
    try {
      data = parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`${file}: not valid YAML: ${(error as Error).message.split("\n")[0]}`, {
        cause: error,
      });
    }
    const sheet = parseFactSheet(data, file);
    const expected = basename(name).replace(/\.ya?ml$/, "");
    if (sheet.slug !== expected) throw new Error(`${file}: slug: must match the file name "${expected}"`);
    return sheet;
  });
}
