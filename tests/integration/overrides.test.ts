/**
 * Editorial overrides through the real pipeline functions and a real SQLite database: grouping, then
 * curation with overrides, then more articles, grouping and curation again, then a fresh regroup.
 * Fictional outlets; two Cloudflare stories four days apart that an editor declares one outage, a
 * Meta outage whose next-day story an editor splits off, a Maroc Telecom incident renamed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCurate, type CurateReport } from "../../src/lib/curate/run-curate.ts";
import { parseFactSheet } from "../../src/lib/curate/core/fact-sheet-schema.ts";
import { parseOverrides } from "../../src/lib/curate/core/override-schema.ts";
import type { FactSheet } from "../../src/lib/curate/definitions.ts";
import type { Article, Incident } from "../../src/lib/definitions.ts";
import { runGroup } from "../../src/lib/group/run-group.ts";
import { sha256Hex } from "../../src/lib/infra/sha256-hex.ts";
import { openDatabase, type AtlasDatabase } from "../../src/lib/store/open-database.ts";
import { writeArticles } from "../../src/lib/store/sqlite-article-store.ts";
import { readIncidentAliases } from "../../src/lib/store/sqlite-incident-alias-store.ts";
import { readIncidents } from "../../src/lib/store/sqlite-incident-store.ts";
import { writeSources } from "../../src/lib/store/sqlite-source-store.ts";
import { readGazetteer } from "../../src/lib/understand/infra/read-gazetteer.ts";

const gazetteer = readGazetteer("tests/fixtures/gazetteer");
const SOURCE = {
  id: "example-com",
  name: "Example News",
  url: "https://example.com/feed",
  kind: "news" as const,
};

const article = (id: string, at: string, fields: Partial<Article>): Article => ({
  id,
  sourceId: SOURCE.id,
  outlet: SOURCE.name,
  url: `https://example.com/${id}`,
  title: `Outage ${id}`,
  summaryHtml: "",
  text: `Outage ${id}`,
  publishedAt: at,
  fetchedAt: at,
  lang: "en",
  isOutage: true,
  services: [],
  countries: [],
  cause: "unknown",
  startedAt: at,
  ...fields,
});
const cloudflare = { services: ["cloudflare"], title: "Cloudflare outage takes sites down" };
const meta = { services: ["facebook", "whatsapp"], title: "Facebook and WhatsApp are down" };
const iam = {
  services: ["maroc-telecom"],
  countries: ["MA"],
  lang: "fr" as const,
  title: "Panne Maroc Telecom",
};

const FIRST_RUN = [
  article("cf-1", "2022-06-21T06:40:00.000Z", cloudflare),
  article("cf-2", "2022-06-21T08:00:00.000Z", cloudflare),
  article("cf-3", "2022-06-25T10:00:00.000Z", cloudflare),
  article("meta-1", "2021-10-04T16:00:00.000Z", meta),
  article("meta-2", "2021-10-04T18:00:00.000Z", meta),
  article("meta-3", "2021-10-05T09:00:00.000Z", {
    ...meta,
    // Stored as the feed linked it; the editor pastes the clean link.
    url: "https://example.com/2021/10/05/whatsapp-again?utm_source=rss",
  }),
  article("iam-1", "2024-12-14T09:30:00.000Z", iam),
];
const SECOND_RUN = [
  article("cf-4", "2022-06-21T11:00:00.000Z", cloudflare),
  article("cf-5", "2022-06-25T12:00:00.000Z", cloudflare),
  article("iam-2", "2024-12-14T11:00:00.000Z", iam),
];

// Parsed like content/overrides.yaml, so times are normalised as in a real run.
const OVERRIDES = parseOverrides(
  parse(`
overrides:
  - merge: [2022-06-21-cloudflare, 2022-06-25-cloudflare]
    reason: one outage, the second story four days late
  - split:
      from: 2021-10-04-facebook-whatsapp
      slug: 2021-10-05-whatsapp-relapse
      articles: [https://example.com/2021/10/05/whatsapp-again]
  - rename: { slug: 2024-12-14-maroc-telecom, to: 2024-12-14-maroc-telecom-mobile }
  - set: { slug: 2022-06-25-cloudflare, cause: configuration, endedAt: 2022-06-21T08:42:00Z }
`),
  "overrides.yaml",
);

function curate(db: AtlasDatabase, sheets: FactSheet[] = []): CurateReport {
  return runCurate({ db, sheets, overrides: OVERRIDES, gazetteer, hash: sha256Hex });
}
const snapshot = (db: AtlasDatabase) => ({ incidents: readIncidents(db), aliases: readIncidentAliases(db) });
const bySlug = (incidents: Incident[], slug: string) => incidents.find((incident) => incident.slug === slug);

describe("overrides across grouping runs", () => {
  const db = openDatabase(":memory:");
  const states: Record<string, ReturnType<typeof snapshot>> = {};
  const reports: Record<string, CurateReport> = {};

  beforeAll(() => {
    writeSources(db, [{ ...SOURCE, enabled: true }]);
    writeArticles(db, FIRST_RUN);
    runGroup({ db, gazetteer });
    states.grouped = snapshot(db);
    reports.first = curate(db);
    states.first = snapshot(db);
    reports.again = curate(db);
    states.again = snapshot(db);
    runGroup({ db, gazetteer });
    reports.steady = curate(db);
    states.steady = snapshot(db);
    writeArticles(db, SECOND_RUN);
    runGroup({ db, gazetteer });
    states.regrouped = snapshot(db);
    reports.second = curate(db);
    states.second = snapshot(db);
    runGroup({ db, gazetteer, fresh: true });
    reports.fresh = curate(db);
    states.fresh = snapshot(db);
  });

  it("starts from the incidents grouping made, which the overrides name", () => {
    expect(states.grouped!.incidents.map((incident) => incident.slug)).toEqual([
      "2021-10-04-facebook-whatsapp",
      "2022-06-21-cloudflare",
      "2022-06-25-cloudflare",
      "2024-12-14-maroc-telecom",
    ]);
  });

  it("applies every entry once, re-deriving the merged incident's facts and pinning the set ones", () => {
    expect(reports.first!.overrides.map((o) => o.status)).toEqual([
      "applied",
      "applied",
      "applied",
      "applied",
    ]);
    const { incidents, aliases } = states.first!;
    const merged = bySlug(incidents, "2022-06-21-cloudflare")!;
    expect(merged.articleIds).toEqual(["cf-1", "cf-2", "cf-3"]);
    expect(merged).toMatchObject({ cause: "configuration", endedAt: "2022-06-21T08:42:00.000Z" });
    expect(bySlug(incidents, "2021-10-04-facebook-whatsapp")!.articleIds).toEqual(["meta-1", "meta-2"]);
    expect(bySlug(incidents, "2021-10-05-whatsapp-relapse")).toMatchObject({
      articleIds: ["meta-3"],
      startedAt: "2021-10-05T09:00:00.000Z",
    });
    // Stored in SQLite: the old URLs of the merged-away and the renamed incident.
    expect(aliases).toEqual([
      { slug: "2022-06-25-cloudflare", incidentId: merged.id },
      {
        slug: "2024-12-14-maroc-telecom",
        incidentId: bySlug(incidents, "2024-12-14-maroc-telecom-mobile")!.id,
      },
    ]);
  });

  it("is idempotent: curating again changes nothing and reports every entry as already in effect", () => {
    expect(states.again).toEqual(states.first);
    expect(reports.again!.overrides.every((o) => o.status === "unchanged")).toBe(true);
  });

  it("ends in the same state after a grouping run that found nothing new", () => {
    expect(states.steady).toEqual(states.first);
  });

  it("keeps merged, split and renamed incidents through an incremental grouping run with new articles", () => {
    const { incidents } = states.regrouped!;
    expect(bySlug(incidents, "2022-06-21-cloudflare")!.articleIds).toEqual(["cf-1", "cf-2", "cf-3", "cf-4"]);
    expect(bySlug(incidents, "2021-10-05-whatsapp-relapse")!.articleIds).toEqual(["meta-3"]);
    expect(bySlug(incidents, "2024-12-14-maroc-telecom-mobile")!.articleIds).toEqual(["iam-1", "iam-2"]);
  });

  it("folds a new incident that takes a merged-away slug into the merged one again", () => {
    const merged = bySlug(states.second!.incidents, "2022-06-21-cloudflare")!;
    expect(merged.articleIds).toEqual(["cf-1", "cf-2", "cf-3", "cf-4", "cf-5"]);
    expect(merged.cause).toBe("configuration");
    expect(bySlug(states.second!.incidents, "2022-06-25-cloudflare")).toBeUndefined();
  });

  it("gives the same incidents and aliases after a fresh regroup as after incremental runs", () => {
    expect(states.fresh).toEqual(states.second);
  });
});

describe("overrides on an incident with a fact sheet", () => {
  const sheet: FactSheet = parseFactSheet(
    {
      slug: "2021-10-04-facebook-whatsapp",
      title: { fr: "Panne de Facebook", ar: "عطل فيسبوك", en: "Facebook outage" },
      summary: { fr: "Résumé.", ar: "ملخص.", en: "Summary." },
      services: ["facebook", "whatsapp"],
      cause: "bgp",
      startedAt: "2021-10-04T15:39:00Z",
      endedAt: "2021-10-04T21:45:00Z",
    },
    "sheet.yaml",
  );
  const db = openDatabase(":memory:");
  const states: ReturnType<typeof snapshot>[] = [];

  beforeAll(() => {
    writeSources(db, [{ ...SOURCE, enabled: true }]);
    writeArticles(
      db,
      FIRST_RUN.filter((a) => a.id.startsWith("meta")),
    );
    for (const more of [
      [],
      [article("meta-4", "2021-10-05T10:00:00.000Z", { ...meta, title: "WhatsApp down again" })],
    ]) {
      writeArticles(db, more);
      runGroup({ db, gazetteer });
      curate(db, [sheet]);
      states.push(snapshot(db));
    }
  });

  it("keeps a split-off incident and the coverage it gains apart, though the fact sheet covers those days", () => {
    const [first, second] = states.map(({ incidents }) =>
      incidents.map((incident) => [incident.slug, incident.factSheetId, incident.articleIds]),
    );
    expect(first).toEqual([
      ["2021-10-04-facebook-whatsapp", sheet.slug, ["meta-1", "meta-2"]],
      ["2021-10-05-whatsapp-relapse", undefined, ["meta-3"]],
    ]);
    expect(second).toEqual([
      ["2021-10-04-facebook-whatsapp", sheet.slug, ["meta-1", "meta-2"]],
      ["2021-10-05-whatsapp-relapse", undefined, ["meta-3", "meta-4"]],
    ]);
  });
});
