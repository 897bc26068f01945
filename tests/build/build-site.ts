/** Runs `astro build` in a child process, the way `npm run build` does, with the given environment. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** The real gazetteer once it exists; until then the understand stage's fixture copy. */
export const CONTENT_DIR = ["services.yaml", "countries.yaml"].every((file) =>
  existsSync(join("content", file)),
)
  ? "content"
  : "tests/fixtures/gazetteer";

/** Builds the site with `env` on top of this process's environment; throws with Astro's output on failure. */
export function buildSite(env: Record<string, string>): void {
  try {
    execFileSync("npx", ["--no-install", "astro", "build", "--silent"], {
      env: { ...process.env, ATLAS_CONTENT: CONTENT_DIR, ASTRO_TELEMETRY_DISABLED: "1", ...env },
      stdio: "pipe",
      encoding: "utf8",
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed with ${JSON.stringify(env)}\n${stdout}\n${stderr}`);
  }
}
