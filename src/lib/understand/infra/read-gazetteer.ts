/** Reads the gazetteer (services and countries) from the content folder. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Gazetteer } from "../definitions.ts";
import { parseGazetteer } from "../core/gazetteer-schema.ts";

function readYaml(file: string): unknown {
  const source = readFileSync(file, "utf8");
  try {
    return parse(source);
  } catch (error) {
    // yaml's messages span several lines with a code frame; the first line names line and column.
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    throw new Error(`${file}: ${message}`);
  }
}

/** `services.yaml` and `countries.yaml` of `contentDir`, validated; throws a one-line Error if invalid. */
export function readGazetteer(contentDir: string): Gazetteer {
  const files = {
    services: join(contentDir, "services.yaml"),
    countries: join(contentDir, "countries.yaml"),
  };
  return parseGazetteer(readYaml(files.services), readYaml(files.countries), files);
}
