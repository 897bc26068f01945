import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/lib/definitions.ts";
import { MIGRATIONS } from "../../src/lib/store/migrations.ts";
import { migrate, openDatabase } from "../../src/lib/store/open-database.ts";
import { readArticles, writeArticleFacts, writeArticles } from "../../src/lib/store/sqlite-article-store.ts";
import { writeSources } from "../../src/lib/store/sqlite-source-store.ts";
import { aStoredArticle, EXAMPLE_SOURCE } from "../support/stored-records.ts";

const source = EXAMPLE_SOURCE;

const article = (overrides: Partial<Article> = {}): Article =>
  aStoredArticle({
    title: "Panne de WhatsApp",
    fetchedAt: "2022-10-25T12:00:00.000Z",
    publishedAt: "2022-10-25T10:00:00.000Z",
    services: ["whatsapp"],
    ...overrides,
  });

const approximate: Partial<Article> = {
  startedAt: "2022-10-25T08:00:00.000Z",
  startedAtText: "ce matin",
  startedAtApproximate: true,
  endedAt: "2022-10-25T10:00:00.000Z",
  endedAtText: "pendant deux heures",
  endedAtApproximate: true,
  statement: "Nous travaillons à rétablir le service.",
  statementBy: "porte-parole de Meta",
};

describe("SQLite article store: approximate times and statements", () => {
  it("round-trips approximate times and the provider's statement", () => {
    const db = openDatabase(":memory:");
    writeSources(db, [source]);
    writeArticles(db, [article(approximate)]);
    expect(readArticles(db)).toEqual([article(approximate)]);
  });

  it("replaces them when an article is understood again, and clears them when gone", () => {
    const db = openDatabase(":memory:");
    writeSources(db, [source]);
    writeArticles(db, [article()]);
    writeArticleFacts(db, [article(approximate)]);
    expect(readArticles(db)).toEqual([article(approximate)]);
    writeArticleFacts(db, [article()]);
    expect(readArticles(db)).toEqual([article()]);
  });

  it("adds the columns to a database created before them, keeping its articles exact", () => {
    const db = new Database(":memory:");
    db.exec(MIGRATIONS[0] ?? "");
    db.pragma("user_version = 1");
    writeSourcesRaw(db);
    db.prepare(
      `INSERT INTO articles (id, source_id, outlet, title, summary_html, text, fetched_at, lang,
        is_outage, services, countries, cause) VALUES ('old', 'example-ma', 'Example MA', 'Panne',
        '', '', '2021-10-04T18:00:00.000Z', 'fr', 1, '[]', '[]', 'unknown')`,
    ).run();
    migrate(db);
    const [old] = readArticles(db);
    expect(old).not.toHaveProperty("startedAtApproximate");
    expect(old).not.toHaveProperty("statement");
  });
});

function writeSourcesRaw(db: Database.Database): void {
  db.prepare(
    `INSERT INTO sources (id, name, url, kind) VALUES ('example-ma', 'Example MA', 'https://example.ma/feed', 'news')`,
  ).run();
}
