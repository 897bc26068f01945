import { describe, expect, it } from "vitest";
import type { Lang } from "../../../src/config/locales.ts";
import type { Article } from "../../../src/lib/definitions.ts";
import { toCoverage } from "../../../src/site/view-models/coverage.ts";
import { toIncidentView } from "../../../src/site/view-models/incident.ts";
import { GAZETTEER, anArticle, anIncident } from "./fakes.ts";

// A story written for this test, and a second, independent one about the same outage.
const STORY = {
  title: "Coupure du réseau fixe à Tanger depuis la nuit dernière",
  text: "Les clients du réseau fixe de Tanger sont privés d'internet depuis minuit. L'opérateur évoque une fibre sectionnée lors de travaux de voirie et annonce un rétablissement dans la journée.",
};
const OTHER_STORY = {
  title: "Tanger : pas d'ADSL ni de fibre ce matin",
  text: "Réveil difficile pour les habitants de Tanger, qui ne pouvaient plus se connecter ce matin. Un câble aurait été endommagé par un chantier, selon un technicien rencontré sur place.",
};

/** A French article published at `hour` o'clock by `outlet`. */
function aReport(id: string, outlet: string, hour: number, story = STORY, fields: Partial<Article> = {}) {
  return anArticle({
    id,
    outlet,
    ...story,
    url: `https://${outlet}/${id}`,
    publishedAt: `2024-05-02T${String(hour).padStart(2, "0")}:00:00.000Z`,
    ...fields,
  });
}

const ARTICLES = [
  aReport("original", "example.ma", 8),
  aReport("repost", "mirror.example.net", 9),
  aReport("wire", "example.dz", 10),
  aReport("other", "example.tn", 9, OTHER_STORY),
];

describe("toCoverage", () => {
  it("shows the earliest outlet as the original and nests its copies under it", () => {
    const [group] = toCoverage(ARTICLES, "fr").groups;
    expect(group?.articles.map((article) => article.id)).toEqual(["original", "other"]);
    expect(group?.articles[0]).toMatchObject({
      outlet: "example.ma",
      republishedBy: "Republié par 2 sites",
      copies: [
        { id: "repost", outlet: "mirror.example.net", href: "https://mirror.example.net/repost" },
        { id: "wire", outlet: "example.dz" },
      ],
    });
    expect(group?.articles[1]?.republishedBy).toBeUndefined();
    expect(group?.articles[1]?.copies).toBeUndefined();
    expect(group?.count).toBe("4 articles");
  });

  it.each<[Lang, string, string]>([
    ["fr", "Republié par 2 sites", "2 sources, hors reprises"],
    ["en", "Republished by 2 sites", "2 sources, reposts not counted"],
    ["ar", "أُعيد نشره في موقعين", "مصدران، دون احتساب إعادة النشر"],
  ])("in %s, says %j and counts original outlets only: %j", (lang, republished, sources) => {
    const coverage = toCoverage(ARTICLES, lang);
    expect(coverage.groups[0]?.articles[0]?.republishedBy).toBe(republished);
    expect(coverage.sourcesCount).toBe(sources);
  });

  it("counts an outlet once however many of its own articles or copies there are", () => {
    const articles = [
      aReport("original", "example.ma", 8),
      aReport("repost-1", "mirror.example.net", 9),
      aReport("repost-2", "Mirror.example.net ", 10),
      aReport("follow-up", "example.ma", 11, OTHER_STORY),
    ];
    const coverage = toCoverage(articles, "en");
    expect(coverage.groups[0]?.articles[0]?.republishedBy).toBe("Republished by 1 site");
    expect(coverage.sourcesCount).toBe("1 source, reposts not counted");
  });

  it("keeps a translation on a mirror site as a source of its own", () => {
    const translated = aReport("translated", "mirror.example.net", 9, {
      title: "Fixed network cut in Tangier since last night",
      text: "Customers of the fixed network in Tangier have had no internet since midnight.",
    });
    const coverage = toCoverage([ARTICLES[0]!, { ...translated, lang: "en" }], "fr");
    expect(coverage.groups.map((group) => group.lang)).toEqual(["fr", "en"]);
    expect(coverage.sourcesCount).toBe("2 sources, hors reprises");
  });
});

describe("toIncidentView", () => {
  it("puts the source count, not inflated by copies, in the facts box", () => {
    const incident = anIncident({ id: "inc", articleIds: ARTICLES.map((article) => article.id) });
    const view = toIncidentView(incident, [...ARTICLES].reverse(), GAZETTEER, "fr");
    expect(view.facts.sourcesCount).toBe("2 sources, hors reprises");
    expect(view.coverage[0]?.articles[0]?.copies?.map((copy) => copy.id)).toEqual(["repost", "wire"]);
  });
});
