import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runGroup } from "../group/run-group.ts";
import { sha256Hex } from "../infra/sha256-hex.ts";
import { feedFetcherFor } from "../scrape/infra/feed-fetcher-for.ts";
import { runScrape } from "../scrape/run-scrape.ts";
import { openDatabase } from "../store/open-database.ts";
import { readArticles } from "../store/sqlite-article-store.ts";
import { readIncidents } from "../store/sqlite-incident-store.ts";
import { understandArticle } from "../understand/core/understand-article.ts";
import type { Gazetteer } from "../understand/definitions.ts";
import type { CorpusRecord } from "./core/corpus-record.ts";
import { scoreRun, type EvalScore, type Prediction } from "./core/score.ts";
import { toEvalFeeds } from "./core/to-eval-sources.ts";
import { toFeedXml } from "./core/to-feed-xml.ts";

/**
 * Runs the real pipeline on a labelled corpus: each outlet's records become a feed file, scraped
 * (decode → parse → sanitise → understand → store) and grouped into a throw-away database exactly
 * as a live run would, then scored against the labels.
 */
export async function runEval(deps: {
  records: readonly CorpusRecord[];
  gazetteer: Gazetteer;
  /** A scratch folder for the feed files. */
  workDir: string;
  /** The fetch time recorded on every article; only undated items would be placed by it. */
  now: string;
}): Promise<EvalScore> {
  const feeds = toEvalFeeds(deps.records);
  mkdirSync(deps.workDir, { recursive: true });
  const sources = feeds.map((feed) => {
    const file = join(deps.workDir, `${feed.id}.xml`);
    writeFileSync(file, toFeedXml(feed.outlet, feed.records));
    return { id: feed.id, name: feed.outlet, url: file, kind: "news" as const, enabled: true };
  });
  const db = openDatabase(":memory:");
  try {
    const scrape = await runScrape({
      db,
      sources,
      fetcher: feedFetcherFor(),
      understand: (input) => understandArticle(input, deps.gazetteer),
      now: () => deps.now,
      hash: sha256Hex,
    });
    const broken = scrape.sources.find((source) => source.status === "failed");
    if (broken) throw new Error(`eval: feed of ${broken.id} failed: ${broken.error}`);
    runGroup({ db, gazetteer: deps.gazetteer });
    return scoreRun(deps.records, toPredictions(deps.records, db));
  } finally {
    db.close();
  }
}

function toPredictions(
  records: readonly CorpusRecord[],
  db: ReturnType<typeof openDatabase>,
): Map<string, Prediction> {
  const recordByUrl = new Map(records.map((record) => [record.url, record.id]));
  const incidentOf = new Map<string, { id: string; slug: string }>();
  for (const incident of readIncidents(db)) {
    incident.articleIds.forEach((id) => incidentOf.set(id, { id: incident.id, slug: incident.slug }));
  }
  const predictions = new Map<string, Prediction>();
  for (const article of readArticles(db)) {
    const recordId = recordByUrl.get(article.guid ?? "") ?? recordByUrl.get(article.url ?? "");
    if (!recordId) continue;
    const incident = incidentOf.get(article.id);
    predictions.set(recordId, {
      lang: article.lang,
      isOutage: article.isOutage,
      ...(incident && { incidentId: incident.id, incidentSlug: incident.slug }),
    });
  }
  return predictions;
}
