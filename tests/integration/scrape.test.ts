import { createServer, type IncomingMessage, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/lib/infra/sha256-hex.ts";
import { feedFetcherFor } from "../../src/lib/scrape/infra/feed-fetcher-for.ts";
import { createHttpFeedFetcher, USER_AGENT } from "../../src/lib/scrape/infra/http-feed-fetcher.ts";
import type { ScrapeReport } from "../../src/lib/scrape/run-scrape.ts";
import { runScrape } from "../../src/lib/scrape/run-scrape.ts";
import type { FeedSource } from "../../src/lib/sources/definitions.ts";
import type { AtlasDatabase } from "../../src/lib/store/open-database.ts";
import { openDatabase } from "../../src/lib/store/open-database.ts";
import { readArticles } from "../../src/lib/store/sqlite-article-store.ts";
import { readSourceHealth } from "../../src/lib/store/sqlite-source-store.ts";
import { understandArticle } from "../../src/lib/understand/core/understand-article.ts";
import { readGazetteer } from "../../src/lib/understand/infra/read-gazetteer.ts";
import { FEEDS_DIR, serveFeed, startFeedServer, type FeedServer } from "../support/feed-server.ts";

const TIMEOUT_MS = 500;

let flakyCalls = 0;
const routes: Record<string, RequestListener> = {
  "/fr.xml": serveFeed("fr-utf8.rss.xml", "application/rss+xml; charset=utf-8"),
  "/ar.xml": serveFeed("ar-windows-1256.rss.xml", "application/rss+xml; charset=windows-1256"),
  "/en.atom": serveFeed("en.atom.xml", "application/atom+xml"),
  "/status.rss": (request, response) => {
    if (request.headers["if-none-match"] === '"v1"') return void response.writeHead(304).end();
    serveFeed("status.rss.xml", "application/rss+xml", { etag: '"v1"' })(request, response);
  },
  "/error": (_request, response) => void response.writeHead(500).end("oops"),
  // Never answers: only the client's timeout ends the request.
  "/stall": () => undefined,
  "/truncated.xml": serveFeed("truncated.xml", "application/xml"),
  "/home": serveFeed("html-page.html", "text/html; charset=utf-8"),
  "/flaky.xml": (request, response) => {
    flakyCalls += 1;
    if (flakyCalls === 1) return serveFeed("flaky.rss.xml", "application/rss+xml")(request, response);
    response.writeHead(503).end();
  },
  "/moved": (_request, response) => void response.writeHead(301, { location: "/fr.xml" }).end(),
  "/loop": (_request, response) => void response.writeHead(302, { location: "/loop" }).end(),
  "/to-ftp": (_request, response) => void response.writeHead(302, { location: "ftp://127.0.0.1/feed" }).end(),
  "/big": (_request, response) => {
    // Chunked, no Content-Length: only counting the bytes as they arrive catches it.
    response.writeHead(200, { "content-type": "application/rss+xml" });
    response.write("<rss>".padEnd(4096, " "));
    response.end("".padEnd(4096, " "));
  },
};

let server: FeedServer;
let origin = "";
let requests: IncomingMessage[] = [];

beforeAll(async () => {
  server = await startFeedServer(routes);
  ({ origin, requests } = server);
});

afterAll(() => server.close());

const source = (id: string, path: string, fields: Partial<FeedSource> = {}): FeedSource => ({
  id,
  name: id,
  url: `${origin}${path}`,
  kind: "news",
  enabled: true,
  ...fields,
});

describe("runScrape against a real HTTP server", () => {
  const gazetteer = readGazetteer("tests/fixtures/gazetteer");
  let db: AtlasDatabase;
  let now = "2021-10-04T18:00:00.000Z";
  const logged: string[] = [];
  let sources: FeedSource[] = [];
  const run = () =>
    runScrape({
      db,
      sources,
      fetcher: feedFetcherFor({ timeoutMs: TIMEOUT_MS }),
      understand: (input) => understandArticle(input, gazetteer),
      now: () => now,
      hash: sha256Hex,
      log: (line) => logged.push(line),
    });
  let first: ScrapeReport;
  let second: ScrapeReport;
  const status = (report: ScrapeReport) =>
    Object.fromEntries(
      report.sources.map((entry) => [entry.id, [entry.status, entry.new, entry.error ?? ""]]),
    );

  beforeAll(async () => {
    db = openDatabase(":memory:");
    sources = [
      source("example-ma", "/fr.xml", { lang: "fr", country: "MA" }),
      source("example-dz", "/ar.xml", { country: "DZ" }),
      source("example-com", "/en.atom", { lang: "en", country: "US" }),
      source("example-status", "/status.rss", { kind: "status" }),
      source("example-500", "/error"),
      source("example-stall", "/stall"),
      source("example-truncated", "/truncated.xml"),
      source("example-html", "/home"),
      source("example-flaky", "/flaky.xml", { lang: "fr", country: "MA" }),
      source("example-disabled", "/fr.xml", { enabled: false }),
    ];
    first = await run();
    now = "2021-10-04T19:00:00.000Z";
    second = await run();
  });

  it("reports each source of the first run, without stopping at failures", () => {
    expect(status(first)).toEqual({
      "example-ma": ["ok", 2, ""],
      "example-dz": ["ok", 2, ""],
      "example-com": ["ok", 2, ""],
      "example-status": ["ok", 1, ""],
      "example-500": ["failed", 0, "server answered 500 Internal Server Error"],
      "example-stall": ["failed", 0, "no answer within 0.5 s"],
      "example-truncated": ["failed", 0, "invalid XML: unclosed root tag at line 8, column 1"],
      "example-html": ["failed", 0, "not a feed: got an HTML page"],
      "example-flaky": ["ok", 1, ""],
    });
    expect(first.totals).toEqual({ sources: 9, ok: 5, notModified: 0, failed: 4, skipped: 0, new: 8 });
    expect(first.failed).toBe(true);
    expect(logged.slice(0, 4).sort()).toEqual([
      "✗ example-500: server answered 500 Internal Server Error",
      "✗ example-html: not a feed: got an HTML page",
      "✗ example-stall: no answer within 0.5 s",
      "✗ example-truncated: invalid XML: unclosed root tag at line 8, column 1",
    ]);
  });

  it("stores Arabic text from a windows-1256 feed declared only in the HTTP header", () => {
    const arabic = readArticles(db).filter((article) => article.sourceId === "example-dz");
    expect(arabic.map((article) => article.title).sort()).toEqual([
      "افتتاح معرض الكتاب في وهران",
      "عطل في واتساب يحرم المستخدمين في الجزائر من المراسلة",
    ]);
    const outage = arabic.find((article) => article.isOutage);
    expect(outage?.text).toBe("توقف تطبيق واتساب عن العمل في الجزائر منذ الساعة الرابعة بتوقيت غرينتش.");
    expect(outage).toMatchObject({
      lang: "ar",
      services: ["whatsapp"],
      publishedAt: "2021-10-04T16:10:00.000Z",
    });
  });

  it("stores sanitised, understood French articles, one per story despite tracking parameters", () => {
    const french = readArticles(db).filter((article) => article.sourceId === "example-ma");
    expect(french).toHaveLength(2);
    const outage = french.find((article) => article.guid === "https://example.ma/?p=1001");
    expect(outage).toMatchObject({
      title: "Panne de WhatsApp au Maroc depuis 16h45 (GMT+1)",
      lang: "fr",
      isOutage: true,
      services: expect.arrayContaining(["whatsapp"]),
      publishedAt: "2021-10-04T16:30:00.000Z",
      fetchedAt: "2021-10-04T18:00:00.000Z",
    });
    expect(outage?.summaryHtml).not.toMatch(/script|onerror|onclick|<img/);
    expect(outage?.summaryHtml).toContain(`<a href="${origin}/tag/whatsapp" rel="nofollow noopener">`);
  });

  it("resolves Atom links against the feed and keeps the fetch time for a date ten years ahead", () => {
    const english = readArticles(db).filter((article) => article.sourceId === "example-com");
    expect(english.map((article) => [article.url, article.publishedAt]).sort()).toEqual([
      [`${origin}/2021/10/04/facebook-instagram-whatsapp-down`, "2021-10-04T16:20:00.000Z"],
      [`${origin}/newsletter`, "2021-10-04T18:00:00.000Z"],
    ]);
  });

  it("marks status-feed items as official", () => {
    const official = readArticles(db).filter((article) => article.sourceId === "example-status");
    expect(official.map((article) => article.official)).toEqual([true]);
  });

  it("adds nothing on a second run, and the ETag earns a 304", () => {
    expect(second.totals.new).toBe(0);
    expect(readArticles(db)).toHaveLength(8);
    expect(status(second)["example-status"]).toEqual(["not-modified", 0, ""]);
    expect(second.sources.find((entry) => entry.id === "example-status")?.httpStatus).toBe(304);
    const statusRequests = requests.filter((request) => request.url === "/status.rss");
    expect(statusRequests.map((request) => request.headers["if-none-match"])).toEqual([undefined, '"v1"']);
  });

  it("records failures on their sources and keeps what a source stored before it failed", () => {
    const health = new Map(readSourceHealth(db).map((entry) => [entry.id, entry]));
    expect(health.get("example-500")).toMatchObject({
      lastStatus: "failed",
      lastHttpStatus: 500,
      lastError: "server answered 500 Internal Server Error",
      consecutiveFailures: 2,
    });
    expect(health.get("example-stall")).toMatchObject({
      lastError: "no answer within 0.5 s",
      consecutiveFailures: 2,
    });
    expect(health.get("example-flaky")).toMatchObject({
      lastStatus: "failed",
      lastError: "server answered 503 Service Unavailable",
      consecutiveFailures: 1,
      lastSuccessAt: "2021-10-04T18:00:00.000Z",
      articleCount: 1,
    });
    expect(health.get("example-ma")).toMatchObject({
      lastStatus: "ok",
      consecutiveFailures: 0,
      articleCount: 2,
    });
  });

  it("registers disabled sources without fetching them", () => {
    expect(
      readSourceHealth(db).find((entry) => entry.id === "example-disabled")?.lastFetchedAt,
    ).toBeUndefined();
    expect(first.sources.map((entry) => entry.id)).not.toContain("example-disabled");
  });

  it("identifies itself with its User-Agent", () => {
    expect(new Set(requests.map((request) => request.headers["user-agent"]))).toEqual(new Set([USER_AGENT]));
  });

  it("skips http sources offline, reads file sources, and records nothing on the skipped ones", async () => {
    const offlineDb = openDatabase(":memory:");
    const file: FeedSource = {
      id: "bundled",
      name: "Bundled",
      url: join(FEEDS_DIR, "ar-windows-1256.rss.xml"),
      kind: "news",
      charset: "windows-1256",
      enabled: true,
    };
    const report = await runScrape({
      db: offlineDb,
      sources: [source("example-ma", "/fr.xml"), file],
      fetcher: feedFetcherFor(),
      understand: (input) => understandArticle(input, gazetteer),
      now: () => now,
      hash: sha256Hex,
      offline: true,
    });
    expect(status(report)).toEqual({
      "example-ma": ["skipped", 0, "skipped: offline"],
      bundled: ["ok", 2, ""],
    });
    expect(report.failed).toBe(false);
    expect(
      readSourceHealth(offlineDb).find((entry) => entry.id === "example-ma")?.lastStatus,
    ).toBeUndefined();
    offlineDb.close();
  });
});

describe("createHttpFeedFetcher", () => {
  const fetcher = createHttpFeedFetcher({ timeoutMs: TIMEOUT_MS, maxBytes: 4096 });

  it("follows redirects and reports where the feed was read", async () => {
    const result = await fetcher.fetchFeed(source("moved", "/moved"), {});
    expect(result).toMatchObject({ status: "fetched", httpStatus: 200, finalUrl: `${origin}/fr.xml` });
  });

  it.each([
    ["/loop", "more than 5 redirects"],
    ["/to-ftp", "redirected to ftp: address; only http(s) is followed"],
    ["/big", "feed larger than 4096 bytes"],
    ["/missing", "server answered 404 Not Found"],
  ])("fails %s with a one-line message", async (path, message) => {
    await expect(fetcher.fetchFeed(source("x", path), {})).rejects.toThrow(message);
  });

  it("explains a refused connection", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = { ...source("x", "/"), url: `http://127.0.0.1:${port}/feed` };
    await expect(fetcher.fetchFeed(refused, {})).rejects.toThrow("127.0.0.1 refused the connection");
  });
});
