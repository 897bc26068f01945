import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseCorpus, type CorpusRecord } from "../../src/lib/eval/core/corpus-record.ts";
import { toEvalFeeds } from "../../src/lib/eval/core/to-eval-sources.ts";
import { toFeedXml } from "../../src/lib/eval/core/to-feed-xml.ts";
import { runEval } from "../../src/lib/eval/run-eval.ts";
import { runGroup } from "../../src/lib/group/run-group.ts";
import { sha256Hex } from "../../src/lib/infra/sha256-hex.ts";
import { feedFetcherFor } from "../../src/lib/scrape/infra/feed-fetcher-for.ts";
import { runScrape } from "../../src/lib/scrape/run-scrape.ts";
import { openDatabase, type AtlasDatabase } from "../../src/lib/store/open-database.ts";
import { readArticles } from "../../src/lib/store/sqlite-article-store.ts";
import { readIncidents } from "../../src/lib/store/sqlite-incident-store.ts";
import { understandArticle } from "../../src/lib/understand/core/understand-article.ts";
import { readGazetteer } from "../../src/lib/understand/infra/read-gazetteer.ts";

const CORPUS = "tests/fixtures/corpus/grouping.jsonl";
const records = parseCorpus(readFileSync(CORPUS, "utf8"), CORPUS);
const gazetteer = readGazetteer("content");
const dir = mkdtempSync(join(tmpdir(), "atlas-eval-"));

/** Scrapes records as their outlets' feeds into `db`, as a run at `now` would. */
async function scrapeRecords(db: AtlasDatabase, batch: readonly CorpusRecord[], now: string, name: string) {
  const sources = toEvalFeeds(batch).map((feed) => {
    const file = join(dir, `${name}-${feed.id}.xml`);
    writeFileSync(file, toFeedXml(feed.outlet, feed.records));
    return { id: feed.id, name: feed.outlet, url: file, kind: "news" as const, enabled: true };
  });
  const understand = (input: Parameters<typeof understandArticle>[0]) => understandArticle(input, gazetteer);
  await runScrape({ db, sources, fetcher: feedFetcherFor(), understand, now: () => now, hash: sha256Hex });
}

/** Incidents as sets of record ids, comparable whatever ids and order the runs gave. */
function toPartition(db: AtlasDatabase): string[][] {
  const recordByUrl = new Map(records.map((record) => [record.url, record.id]));
  const recordOf = new Map(readArticles(db).map((a) => [a.id, recordByUrl.get(a.guid ?? "") ?? a.id]));
  return readIncidents(db)
    .map((incident) => incident.articleIds.map((id) => recordOf.get(id) ?? id).sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe("grouping on the project's labelled fixture corpus", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("classifies, groups and detects languages without an error, through the real pipeline", async () => {
    const score = await runEval({
      records,
      gazetteer,
      workDir: join(dir, "eval"),
      now: "2030-01-01T00:00:00.000Z",
    });
    expect(score.missing).toEqual([]);
    expect(score.misclassified).toEqual([]);
    expect(score.mixed).toEqual([]);
    expect(score.split).toEqual([]);
    expect(score.grouping.f1).toBe(1);
    expect(score.languageAccuracy).toBe(1);
  });

  it("gives the same incidents run by run as all at once, and when regrouped from scratch", async () => {
    const byTime = [...records].sort((a, b) => ((a.published ?? "~") < (b.published ?? "~") ? -1 : 1));
    const half = Math.floor(byTime.length / 2);
    const once = openDatabase(":memory:");
    await scrapeRecords(once, records, "2030-01-01T00:00:00.000Z", "once");
    runGroup({ db: once, gazetteer });

    const twice = openDatabase(":memory:");
    await scrapeRecords(twice, byTime.slice(0, half), "2030-01-01T00:00:00.000Z", "first");
    runGroup({ db: twice, gazetteer });
    const firstIds = new Map(readIncidents(twice).map((incident) => [incident.slug, incident.id]));
    await scrapeRecords(twice, byTime.slice(half), "2030-01-02T00:00:00.000Z", "second");
    runGroup({ db: twice, gazetteer });

    expect(toPartition(twice)).toEqual(toPartition(once));
    for (const incident of readIncidents(twice).filter((i) => firstIds.has(i.slug))) {
      expect(incident.id).toBe(firstIds.get(incident.slug));
    }
    runGroup({ db: twice, gazetteer, fresh: true });
    expect(toPartition(twice)).toEqual(toPartition(once));
  });
});
