/** Reads `content/sources.yaml` from disk. */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parse } from "yaml";
import type { FeedSource } from "../definitions.ts";
import { parseRegistry } from "../core/parse-registry.ts";

/** The registry at `file`, validated, file paths made absolute; throws a one-line Error if invalid. */
export function readRegistryFile(file: string): FeedSource[] {
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch (error) {
    // yaml's messages carry a multi-line code frame; the first line names line and column.
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    throw new Error(`${file}: ${message}`);
  }
  return parseRegistry(data, file, (path) => resolve(dirname(file), path));
}
