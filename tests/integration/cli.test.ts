import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportSchema } from "../../src/lib/export/export-schema.ts";

const dir = mkdtempSync(join(tmpdir(), "atlas-cli-"));
const db = join(dir, "atlas.sqlite");

/** Runs an npm script exactly as the README documents it, offline, in a zone far from UTC. */
function npmRun(script: string, ...args: string[]) {
  const result = spawnSync("npm", ["run", "--silent", script, "--", ...args], {
    encoding: "utf8",
    env: { ...process.env, TZ: "Pacific/Auckland" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the command-line contract", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("scrapes a registry offline: live sources skipped, bundled file feeds stored", () => {
    const run = npmRun(
      "scrape",
      "--sources",
      "tests/fixtures/registry/sources.yaml",
      "--db",
      db,
      "--offline",
      "--content",
      "tests/fixtures/gazetteer",
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/example-ma\s+skipped\s+0\s+skipped: offline/);
    expect(run.stdout).toMatch(/example-dz-offline\s+ok\s+2/);
  });

  it("groups and exports that database's articles only", () => {
    expect(npmRun("group", "--db", db, "--content", "tests/fixtures/gazetteer").code).toBe(0);
    const out = join(dir, "export.json");
    expect(npmRun("export", "--db", db, "--out", out).code).toBe(0);
    const exported = exportSchema.parse(JSON.parse(readFileSync(out, "utf8")));
    expect(exported.articles).toHaveLength(2);
    expect(exported.incidents.map((incident) => incident.services)).toEqual([["whatsapp"]]);
  });

  it("refuses a broken registry with one line naming the entry and field, and exit code 2", () => {
    const registry = join(dir, "broken.yaml");
    writeFileSync(registry, "sources:\n  - { id: x, name: X, url: 'ftp://x.example', kind: news }\n");
    const run = npmRun("scrape", "--sources", registry, "--db", db, "--content", "tests/fixtures/gazetteer");
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      `scrape: ${registry}: sources[0] (id "x"): url must be an http(s) URL or a file path`,
    );
  });

  it("explains bad usage", () => {
    const run = npmRun("export", "--db", db);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out <file.json> is required");
  });
});
