import { describe, expect, it } from "vitest";
import { groupArticles } from "../../../src/lib/group/core/group-articles.ts";
import type { GroupableArticle } from "../../../src/lib/group/definitions.ts";
import { articleFactory } from "./fake-article.ts";
import { GAZETTEER } from "./fixture-gazetteer.ts";

/** An outage article; ids sort in creation order unless given. */
const article = articleFactory("c", "2024-05-02T18:00:00.000Z");

const group = (articles: GroupableArticle[], existing: ReturnType<typeof groupArticles>["incidents"] = []) =>
  groupArticles({ articles, existing, gazetteer: GAZETTEER });

describe("grouping reports of services the gazetteer does not know yet", () => {
  const zoomify = [
    article({ lang: "fr", candidateServices: ["Zoomify"], publishedAt: "2024-05-02T09:10:00.000Z" }),
    article({ lang: "fr", candidateServices: ["Zoomify"], publishedAt: "2024-05-02T10:00:00.000Z" }),
    article({ lang: "ar", candidateServices: ["Zoomify"], publishedAt: "2024-05-02T10:30:00.000Z" }),
    article({ lang: "ar", candidateServices: ["ZOOMIFY"], publishedAt: "2024-05-02T11:00:00.000Z" }),
  ];

  it("groups French and Arabic reports of an unknown app and names the incident after it", () => {
    const { incidents, unplaceable } = group(zoomify);
    expect(unplaceable).toEqual([]);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({
      slug: "2024-05-02-zoomify",
      services: [],
      candidateServices: ["Zoomify"],
      // The name is isolated in the Arabic title so a Latin name keeps its direction.
      title: { fr: "Panne : Zoomify", ar: "عطل في \u2068Zoomify\u2069", en: "Zoomify outage" },
    });
    expect(incidents[0]!.articleIds).toHaveLength(4);
  });

  it("keeps reports of two unknown apps on the same day apart", () => {
    const { incidents } = group([
      ...zoomify.slice(0, 2),
      article({ candidateServices: ["Yalla Shoot"], publishedAt: "2024-05-02T10:15:00.000Z" }),
    ]);
    expect(incidents.map((incident) => incident.slug).sort()).toEqual([
      "2024-05-02-yalla-shoot",
      "2024-05-02-zoomify",
    ]);
  });

  it("groups an article that names a gazetteer service by that service, ignoring its candidates", () => {
    const { incidents } = group([
      article({ services: ["whatsapp"], publishedAt: "2024-05-02T09:00:00.000Z" }),
      article({
        services: ["whatsapp"],
        candidateServices: ["Zoomify"],
        publishedAt: "2024-05-02T09:30:00.000Z",
      }),
      article({ candidateServices: ["Zoomify"], publishedAt: "2024-05-02T09:45:00.000Z" }),
    ]);
    const whatsapp = incidents.find((incident) => incident.services.includes("whatsapp"));
    expect(whatsapp?.articleIds).toHaveLength(2);
    expect(whatsapp).not.toHaveProperty("candidateServices");
    expect(incidents).toHaveLength(2);
  });

  it("never lets a pseudo-service id out of grouping", () => {
    const { incidents } = group([
      ...zoomify,
      article({ candidateServices: ["Yalla Shoot"], countries: ["MA"] }),
    ]);
    expect(incidents.flatMap((incident) => incident.services)).toEqual([]);
  });

  it("leaves a name written in Arabic script out of the ASCII slug but puts it in the title", () => {
    const { incidents } = group([
      article({
        lang: "ar",
        candidateServices: ["زوميفاي"],
        countries: ["MA"],
        publishedAt: "2024-05-02T09:00:00.000Z",
      }),
    ]);
    expect(incidents[0]).toMatchObject({
      slug: "2024-05-02-ma-outage",
      candidateServices: ["زوميفاي"],
      title: { ar: "عطل في \u2068زوميفاي\u2069", fr: "Panne : زوميفاي" },
    });
  });

  it("names a power blackout after its country, not after a name found beside it", () => {
    const { incidents } = group([
      article({
        candidateServices: ["Marseille"],
        countries: ["FR"],
        cause: "power",
        publishedAt: "2024-05-02T09:00:00.000Z",
      }),
      article({ countries: ["FR"], cause: "power", publishedAt: "2024-05-02T09:30:00.000Z" }),
    ]);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({
      slug: "2024-05-02-fr-power-outage",
      title: { fr: "Panne d’électricité : France" },
    });
  });

  it("still leaves out an article naming no service, no candidate and no country", () => {
    const nothing = article({ publishedAt: "2024-05-02T09:00:00.000Z" });
    const { incidents, unplaceable } = group([nothing, zoomify[0]!]);
    expect(unplaceable).toEqual([nothing.id]);
    expect(incidents).toHaveLength(1);
  });

  it("adds a later report to the stored incident without renaming it", () => {
    const first = group(zoomify.slice(0, 2)).incidents;
    const { incidents, created, changed } = group(zoomify, first);
    expect(created).toEqual([]);
    expect(changed).toEqual([first[0]!.id]);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ id: first[0]!.id, slug: first[0]!.slug });
  });
});
