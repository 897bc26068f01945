import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { parseOverrides } from "../core/override-schema.ts";
import type { Override } from "../definitions.ts";

/** Reads and validates `overrides.yaml`; a missing file means no overrides. */
export function readOverrides(file: string): Override[] {
  if (!existsSync(file)) return [];
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message.split("\n")[0]}`, { cause: error });
  }
  return parseOverrides(data, file);
}
