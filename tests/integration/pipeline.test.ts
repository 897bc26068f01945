import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { RequestListener } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportSchema, type IncidentExport } from "../../src/lib/export/export-schema.ts";
import { runExport } from "../../src/lib/export/run-export.ts";
import { runGroup, type GroupReport } from "../../src/lib/group/run-group.ts";
import { sha256Hex } from "../../src/lib/infra/sha256-hex.ts";
import { feedFetcherFor } from "../../src/lib/scrape/infra/feed-fetcher-for.ts";
import { runScrape, type ScrapeReport } from "../../src/lib/scrape/run-scrape.ts";
import type { FeedSource } from "../../src/lib/sources/definitions.ts";
import { openDatabase, type AtlasDatabase } from "../../src/lib/store/open-database.ts";
import { understandArticle } from "../../src/lib/understand/core/understand-article.ts";
import { readGazetteer } from "../../src/lib/understand/infra/read-gazetteer.ts";
import { serveFeed, startFeedServer, type FeedServer } from "../support/feed-server.ts";

const routes: Record<string, RequestListener> = {
  "/fr.xml": serveFeed("fr-utf8.rss.xml", "application/rss+xml; charset=utf-8"),
  // The charset is declared only here: the XML itself says nothing.
  "/ar.xml": serveFeed("ar-windows-1256.rss.xml", "application/rss+xml; charset=windows-1256"),
  "/en.atom": serveFeed("en.atom.xml", "application/atom+xml"),
  "/status.rss": (request, response) =>
    request.headers["if-none-match"] === '"v1"'
      ? void response.writeHead(304).end()
      : serveFeed("status.rss.xml", "application/rss+xml", { etag: '"v1"' })(request, response),
  "/error": (_request, response) => void response.writeHead(500).end(),
  "/truncated.xml": serveFeed("truncated.xml", "application/xml"),
};

describe("the pipeline from feeds on 127.0.0.1 to the export", () => {
  const gazetteer = readGazetteer("tests/fixtures/gazetteer");
  let server: FeedServer;
  let dir: string;
  let db: AtlasDatabase;
  const runs: { scrape: ScrapeReport; group: GroupReport; exported: IncidentExport; json: string }[] = [];

  beforeAll(async () => {
    server = await startFeedServer(routes);
    const { origin } = server;
    const source = (id: string, path: string, fields: Partial<FeedSource> = {}): FeedSource => ({
      id,
      name: `Example ${id}`,
      url: `${origin}${path}`,
      kind: "news",
      enabled: true,
      ...fields,
    });
    const sources = [
      source("example-ma", "/fr.xml", { lang: "fr", country: "MA" }),
      source("example-dz", "/ar.xml", { country: "DZ" }),
      source("example-com", "/en.atom", { lang: "en" }),
      source("example-status", "/status.rss", { kind: "status", services: ["cloudflare"] }),
      source("example-500", "/error"),
      source("example-truncated", "/truncated.xml"),
    ];
    dir = mkdtempSync(join(tmpdir(), "atlas-pipeline-"));
    db = openDatabase(join(dir, "atlas.sqlite"));
    for (const now of ["2021-10-04T18:00:00.000Z", "2021-10-04T19:00:00.000Z"]) {
      const scrape = await runScrape({
        db,
        sources,
        fetcher: feedFetcherFor({ timeoutMs: 2_000 }),
        understand: (input) => understandArticle(input, gazetteer),
        now: () => now,
        hash: sha256Hex,
      });
      const group = runGroup({ db, gazetteer });
      const out = join(dir, `export-${runs.length}.json`);
      runExport({ db, out });
      const json = readFileSync(out, "utf8");
      runs.push({ scrape, group, exported: exportSchema.parse(JSON.parse(json)), json });
    }
  });

  afterAll(async () => {
    db?.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("groups the French, Arabic and English reports of one outage into one incident", () => {
    const { exported } = runs[0]!;
    const whatsapp = exported.incidents.filter((incident) => incident.services.includes("whatsapp"));
    expect(whatsapp).toHaveLength(1);
    expect(whatsapp[0]!.slug).toMatch(/^2021-10-04-.*whatsapp/);
    expect(whatsapp[0]!.articles.map((article) => article.lang).sort()).toEqual(["ar", "en", "fr"]);
    expect(whatsapp[0]!.startedAt <= "2021-10-04T15:45:00.000Z").toBe(true);
    expect(whatsapp[0]!.title.ar).toContain("واتساب");
  });

  it("files a status-page item under the incident of the service it speaks for", () => {
    const cloudflare = runs[0]!.exported.incidents.filter((incident) =>
      incident.services.includes("cloudflare"),
    );
    expect(cloudflare.map((incident) => incident.cause)).toEqual(["dns"]);
  });

  it("exports every stored article, outage or not, and reports failing sources without stopping", () => {
    const { exported, scrape } = runs[0]!;
    const notOutage = exported.articles.filter((article) => !article.isOutage);
    expect(notOutage.length).toBeGreaterThanOrEqual(2);
    expect(notOutage.every((article) => article.incidentId === null)).toBe(true);
    expect(scrape.sources.filter((s) => s.status === "failed").map((s) => s.id)).toEqual([
      "example-500",
      "example-truncated",
    ]);
  });

  it("adds nothing on a second run and keeps every incident, its id and slug", () => {
    const [first, second] = runs;
    expect(second!.scrape.totals.new).toBe(0);
    expect(second!.group.created).toEqual([]);
    expect(second!.group.changed).toEqual([]);
    expect(second!.json).toBe(first!.json);
  });
});
