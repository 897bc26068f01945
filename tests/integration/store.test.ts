import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Article, Incident } from "../../src/lib/definitions.ts";
import { MIGRATIONS } from "../../src/lib/store/migrations.ts";
import { openDatabase } from "../../src/lib/store/open-database.ts";
import { readArticles, writeArticles } from "../../src/lib/store/sqlite-article-store.ts";
import { readIncidents, writeIncidents } from "../../src/lib/store/sqlite-incident-store.ts";
import {
  readSourceHealth,
  readSourceValidators,
  writeFetchOutcome,
  writeSources,
} from "../../src/lib/store/sqlite-source-store.ts";
import { aStoredArticle, EXAMPLE_SOURCE } from "../support/stored-records.ts";

const source = EXAMPLE_SOURCE;

const article = (id: string, overrides: Partial<Article> = {}): Article =>
  aStoredArticle({
    id,
    title: `Panne ${id}`,
    publishedAt: "2021-10-04T17:00:00.000Z",
    services: ["whatsapp"],
    cause: "dns",
    ...overrides,
  });

const incident = (id: string, slug: string, articleIds: string[]): Incident => ({
  id,
  slug,
  title: { fr: "Panne", ar: "عطل", en: "Outage" },
  services: ["whatsapp"],
  countries: [],
  cause: "unknown",
  startedAt: "2021-10-04T15:45:00.000Z",
  articleIds,
  updatedAt: "2021-10-04T18:00:00.000Z",
});

describe("SQLite store", () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("creates a WAL database file with every migration applied, and migrates nothing twice", () => {
    dir = mkdtempSync(join(tmpdir(), "atlas-store-"));
    const file = join(dir, "nested", "atlas.sqlite");
    const db = openDatabase(file);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    db.close();
    const again = openDatabase(file);
    expect(again.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    again.close();
  });

  it("stores an article once however often it is written, and round-trips every field", () => {
    const db = openDatabase(":memory:");
    writeSources(db, [source]);
    const full = article("a1", {
      official: true,
      startedAt: "2021-10-04T15:45:00.000Z",
      startedAtText: "16h45 (GMT+1)",
    });
    expect(writeArticles(db, [full, article("a2")])).toBe(2);
    expect(writeArticles(db, [full, article("a2", { title: "changed" })])).toBe(0);
    expect(readArticles(db)).toEqual([full, article("a2")]);
  });

  it("replaces incidents as a whole, letting two incidents swap slugs", () => {
    const db = openDatabase(":memory:");
    writeSources(db, [source]);
    writeArticles(db, [article("a1"), article("a2")]);
    writeIncidents(db, [incident("i1", "slug-a", ["a1"]), incident("i2", "slug-b", ["a2"])]);
    writeIncidents(db, [incident("i1", "slug-b", ["a1", "a2"]), incident("i3", "slug-a", [])]);
    expect(readIncidents(db).map((i) => [i.id, i.slug, i.articleIds])).toEqual([
      ["i1", "slug-b", ["a1", "a2"]],
      ["i3", "slug-a", []],
    ]);
  });

  it("records failures on the source and keeps validators through a 304", () => {
    const db = openDatabase(":memory:");
    writeSources(db, [source]);
    const validators = { etag: '"v1"', lastModified: "Mon, 04 Oct 2021 18:00:00 GMT" };
    writeFetchOutcome(db, source.id, {
      status: "ok",
      at: "2021-10-04T18:00:00.000Z",
      httpStatus: 200,
      newItems: 3,
      validators,
    });
    writeFetchOutcome(db, source.id, {
      status: "not-modified",
      at: "2021-10-04T19:00:00.000Z",
      httpStatus: 304,
      newItems: 0,
    });
    expect(readSourceValidators(db, source.id)).toEqual(validators);
    writeFetchOutcome(db, source.id, {
      status: "failed",
      at: "2021-10-04T20:00:00.000Z",
      error: "no answer within 20 s",
    });
    writeFetchOutcome(db, source.id, {
      status: "failed",
      at: "2021-10-04T21:00:00.000Z",
      httpStatus: 500,
      error: "server answered 500",
    });
    expect(readSourceHealth(db)[0]).toMatchObject({
      lastStatus: "failed",
      lastError: "server answered 500",
      consecutiveFailures: 2,
      lastSuccessAt: "2021-10-04T19:00:00.000Z",
    });
  });
});
