/** The small fixture gazetteer every understand test matches against. */
import { fileURLToPath } from "node:url";
import { readGazetteer } from "../../../src/lib/understand/infra/read-gazetteer.ts";

/** Directory of `tests/fixtures/gazetteer`. */
export const FIXTURE_DIR = fileURLToPath(new URL("../../fixtures/gazetteer", import.meta.url));

/** The fixture gazetteer, read once. */
export const gazetteer = readGazetteer(FIXTURE_DIR);
