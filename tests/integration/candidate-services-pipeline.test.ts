import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportSchema, type IncidentExport } from "../../src/lib/export/export-schema.ts";
import { runExport } from "../../src/lib/export/run-export.ts";
import { runGroup, type GroupReport } from "../../src/lib/group/run-group.ts";
import { sha256Hex } from "../../src/lib/infra/sha256-hex.ts";
import { feedFetcherFor } from "../../src/lib/scrape/infra/feed-fetcher-for.ts";
import { runScrape } from "../../src/lib/scrape/run-scrape.ts";
import { openDatabase, type AtlasDatabase } from "../../src/lib/store/open-database.ts";
import { readArticles } from "../../src/lib/store/sqlite-article-store.ts";
import { readIncidents } from "../../src/lib/store/sqlite-incident-store.ts";
import { understandArticle } from "../../src/lib/understand/core/understand-article.ts";
import { readGazetteer } from "../../src/lib/understand/infra/read-gazetteer.ts";
import { serveFeed, startFeedServer, type FeedServer } from "../support/feed-server.ts";

describe("the pipeline on reports of an app the gazetteer does not know yet", () => {
  const gazetteer = readGazetteer("tests/fixtures/gazetteer");
  let server: FeedServer;
  let dir: string;
  let db: AtlasDatabase;
  const groups: GroupReport[] = [];
  let exported: IncidentExport;

  beforeAll(async () => {
    server = await startFeedServer({
      "/feed.xml": serveFeed("unknown-service.rss.xml", "application/rss+xml"),
    });
    const source = {
      id: "example-ma",
      name: "Example Maroc",
      url: `${server.origin}/feed.xml`,
      kind: "news" as const,
      enabled: true,
      country: "MA",
    };
    dir = mkdtempSync(join(tmpdir(), "atlas-candidates-"));
    db = openDatabase(join(dir, "atlas.sqlite"));
    for (const now of ["2025-03-12T12:00:00.000Z", "2025-03-12T13:00:00.000Z"]) {
      await runScrape({
        db,
        sources: [source],
        fetcher: feedFetcherFor({ timeoutMs: 2_000 }),
        understand: (input) => understandArticle(input, gazetteer),
        now: () => now,
        hash: sha256Hex,
      });
      groups.push(runGroup({ db, gazetteer }));
    }
    const out = join(dir, "export.json");
    runExport({ db, out });
    exported = exportSchema.parse(JSON.parse(readFileSync(out, "utf8")));
  });

  afterAll(async () => {
    db?.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("stores the app's name as a candidate service on the outage reports only", () => {
    const byTitle = new Map(readArticles(db).map((article) => [article.title, article]));
    expect(byTitle.get("Zoomify en panne : impossible de rejoindre les réunions")).toMatchObject({
      isOutage: true,
      services: [],
      candidateServices: ["Zoomify"],
    });
    expect(byTitle.get("عطل يضرب تطبيق Zoomify")).toMatchObject({
      lang: "ar",
      candidateServices: ["Zoomify"],
    });
    const launch = byTitle.get("Zoomify lance une nouvelle fonctionnalité de sous-titres");
    expect(launch?.isOutage).toBe(false);
    expect(launch).not.toHaveProperty("candidateServices");
  });

  it("groups the French and Arabic reports into one incident named after the app", () => {
    const incidents = readIncidents(db);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({
      slug: "2025-03-12-zoomify",
      services: [],
      candidateServices: ["Zoomify"],
      title: { fr: "Panne : Zoomify", ar: "عطل في \u2068Zoomify\u2069", en: "Zoomify outage" },
    });
    expect(incidents[0]!.articleIds).toHaveLength(2);
  });

  it("leaves the report naming nothing to group on out, as before", () => {
    expect(groups[0]).toMatchObject({ outageArticles: 3, incidents: 1, unplaceable: 1 });
  });

  it("keeps the export's services to gazetteer ids", () => {
    expect(exported.incidents.map((incident) => incident.services)).toEqual([[]]);
    expect(exported.articles.flatMap((article) => article.services)).toEqual([]);
  });

  it("changes nothing on a second run", () => {
    expect(groups[1]).toMatchObject({ created: [], changed: [] });
  });
});
