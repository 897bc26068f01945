import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { Article, Incident } from "../../src/lib/definitions.ts";
import { MIGRATIONS } from "../../src/lib/store/migrations.ts";
import { migrate, openDatabase } from "../../src/lib/store/open-database.ts";
import { readArticles, writeArticleFacts, writeArticles } from "../../src/lib/store/sqlite-article-store.ts";
import { readIncidents, writeIncidents } from "../../src/lib/store/sqlite-incident-store.ts";
import { writeSources } from "../../src/lib/store/sqlite-source-store.ts";
import { aStoredArticle, EXAMPLE_SOURCE } from "../support/stored-records.ts";

const source = EXAMPLE_SOURCE;

const article = (overrides: Partial<Article> = {}): Article =>
  aStoredArticle({ title: "Zoomify en panne", fetchedAt: "2024-05-02T12:00:00.000Z", ...overrides });

const incident = (overrides: Partial<Incident> = {}): Incident => ({
  id: "i1",
  slug: "2024-05-02-zoomify",
  title: { fr: "Panne : Zoomify", ar: "عطل في \u2068Zoomify\u2069", en: "Zoomify outage" },
  services: [],
  countries: ["MA"],
  cause: "unknown",
  startedAt: "2024-05-02T09:00:00.000Z",
  articleIds: ["a1"],
  updatedAt: "2024-05-02T12:00:00.000Z",
  ...overrides,
});

describe("SQLite stores: services the gazetteer does not know yet", () => {
  it("round-trips an article's candidate services, replaces them when understood again, and clears them", () => {
    const db = openDatabase(":memory:");
    writeSources(db, [source]);
    writeArticles(db, [article({ candidateServices: ["Zoomify"] })]);
    expect(readArticles(db)).toEqual([article({ candidateServices: ["Zoomify"] })]);
    writeArticleFacts(db, [article({ candidateServices: ["Yalla Shoot", "Zoomify"] })]);
    expect(readArticles(db)[0]?.candidateServices).toEqual(["Yalla Shoot", "Zoomify"]);
    writeArticleFacts(db, [article()]);
    expect(readArticles(db)).toEqual([article()]);
  });

  it("round-trips an incident's candidate services, and an incident without them", () => {
    const db = openDatabase(":memory:");
    writeSources(db, [source]);
    writeArticles(db, [article()]);
    writeIncidents(db, [incident({ candidateServices: ["Zoomify"] })]);
    expect(readIncidents(db)).toEqual([incident({ candidateServices: ["Zoomify"] })]);
    writeIncidents(db, [incident()]);
    expect(readIncidents(db)).toEqual([incident()]);
  });

  it("adds the columns to a database created before them, keeping its rows exact", () => {
    const db = new Database(":memory:");
    MIGRATIONS.slice(0, 3).forEach((sql) => db.exec(sql));
    db.pragma("user_version = 3");
    db.prepare(`INSERT INTO sources (id, name, url, kind) VALUES (?, ?, ?, ?)`).run(
      source.id,
      source.name,
      source.url,
      source.kind,
    );
    db.prepare(
      `INSERT INTO articles (id, source_id, outlet, title, summary_html, text, fetched_at, lang,
        is_outage, services, countries, cause) VALUES ('old', 'example-ma', 'Example MA', 'Panne',
        '', '', '2021-10-04T18:00:00.000Z', 'fr', 1, '[]', '[]', 'unknown')`,
    ).run();
    expect(migrate(db)).toBe(MIGRATIONS.length - 3);
    expect(readArticles(db)[0]).not.toHaveProperty("candidateServices");
  });
});
