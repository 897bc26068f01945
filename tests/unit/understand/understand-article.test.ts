import { describe, expect, it } from "vitest";
import { understandArticle } from "../../../src/lib/understand/core/understand-article.ts";
import type { ArticleInput } from "../../../src/lib/understand/definitions.ts";
import { gazetteer } from "./gazetteer.ts";

const article = (input: Partial<ArticleInput>): ArticleInput => ({
  title: "",
  text: "",
  sourceKind: "news",
  ...input,
});

describe("understandArticle", () => {
  it("understands a French report from a Moroccan outlet", () => {
    const facts = understandArticle(
      article({
        title: "Panne géante de Facebook, Instagram et WhatsApp",
        text: "Les applications sont hors service ce lundi 4 octobre 2021 depuis 16h45 (GMT+1 au Maroc). Selon des spécialistes, la panne est due à un problème de DNS.",
        publishedAt: "2021-10-04T19:00:00Z",
        sourceCountry: "MA",
      }),
      gazetteer,
    );
    expect(facts).toEqual({
      lang: "fr",
      isOutage: true,
      services: ["facebook", "instagram", "whatsapp"],
      countries: ["MA"],
      cause: "dns",
      causeEvidence: "Selon des spécialistes, la panne est due à un problème de DNS.",
      startedAt: "2021-10-04T15:45:00.000Z",
      startedAtText: "16h45 (GMT+1 au Maroc)",
    });
  });

  it("understands an Arabic report and its end time", () => {
    const facts = understandArticle(
      article({
        title: "عطل عالمي يضرب واتساب",
        text: "توقف تطبيق وتساب اليوم الساعة 07:15 بتوقيت غرينتش، ثم عاد للعمل الساعة 09:30 بتوقيت غرينتش.",
        publishedAt: "2022-10-25T12:00:00Z",
      }),
      gazetteer,
    );
    expect(facts).toMatchObject({
      lang: "ar",
      isOutage: true,
      services: ["whatsapp"],
      startedAt: "2022-10-25T07:15:00.000Z",
      endedAt: "2022-10-25T09:30:00.000Z",
    });
  });

  it("keeps the language the feed declares", () => {
    expect(understandArticle(article({ title: "WhatsApp down", lang: "fr" }), gazetteer).lang).toBe("fr");
  });

  it("places a one-country operator's outage in its country", () => {
    const facts = understandArticle(article({ title: "Algérie Télécom: panne du réseau ADSL" }), gazetteer);
    expect(facts.countries).toEqual(["DZ"]);
  });

  it("finds a caseless operator name in a story about its country", () => {
    const facts = understandArticle(
      article({ title: "Panne du réseau mobile de du aux Émirats arabes unis" }),
      gazetteer,
    );
    expect([facts.services, facts.countries]).toEqual([["du"], ["AE"]]);
  });

  it("gives no cause or time to an article that is not an outage report", () => {
    const facts = understandArticle(
      article({
        title: "WhatsApp lance une nouvelle fonctionnalité",
        text: "Disponible dès 16h (GMT+1) par mise à jour.",
      }),
      gazetteer,
    );
    expect(facts).toEqual({
      lang: "fr",
      isOutage: false,
      services: ["whatsapp"],
      countries: [],
      cause: "unknown",
    });
  });

  it("counts a status-page item as an outage of the service the status page is for", () => {
    const facts = understandArticle(
      article({
        title: "Elevated error rates on API requests",
        text: "Investigating - We are seeing elevated errors since 14:05 UTC.",
        sourceKind: "status",
        sourceServices: ["cloudflare"],
        publishedAt: "2022-06-21T14:30:00Z",
      }),
      gazetteer,
    );
    expect(facts).toMatchObject({
      lang: "en",
      isOutage: true,
      services: ["cloudflare"],
      startedAt: "2022-06-21T14:05:00.000Z",
    });
  });

  it("ignores a news source's own services list", () => {
    const facts = understandArticle(
      article({ title: "Panne de YouTube", sourceServices: ["cloudflare"] }),
      gazetteer,
    );
    expect(facts.services).toEqual(["youtube"]);
  });

  it("marks a start read from a part of the day as approximate and keeps the provider's statement", () => {
    const facts = understandArticle(
      article({
        title: "Panne de WhatsApp au Maroc",
        text: "WhatsApp est en panne depuis ce matin. « Nous travaillons à rétablir le service au plus vite », a déclaré un porte-parole de Meta.",
        publishedAt: "2022-10-25T10:00:00Z",
        sourceCountry: "MA",
      }),
      gazetteer,
    );
    expect(facts).toMatchObject({
      startedAt: "2022-10-25T08:00:00.000Z",
      startedAtText: "ce matin",
      startedAtApproximate: true,
      statement: "Nous travaillons à rétablir le service au plus vite",
      statementBy: "porte-parole de Meta",
    });
    expect(facts).not.toHaveProperty("endedAtApproximate");
  });

  it("marks an end read from a length of time as approximate", () => {
    const facts = understandArticle(
      article({
        title: "Facebook en panne",
        text: "Facebook est tombé en panne à 17h45 (heure de Paris), pendant près de six heures.",
        publishedAt: "2021-10-05T08:00:00Z",
      }),
      gazetteer,
    );
    expect(facts).toMatchObject({
      startedAt: "2021-10-04T15:45:00.000Z",
      endedAt: "2021-10-04T21:45:00.000Z",
      endedAtText: "pendant près de six heures",
      endedAtApproximate: true,
    });
    expect(facts).not.toHaveProperty("startedAtApproximate");
  });
});

describe("understandArticle: services the gazetteer does not know yet", () => {
  it("takes an unknown app said to be down for the subject of an outage report", () => {
    const facts = understandArticle(
      article({
        title: "Zoomify en panne depuis ce matin",
        text: "Les utilisateurs ne parviennent plus à se connecter, et aucune explication n'a été donnée.",
      }),
      gazetteer,
    );
    expect(facts).toMatchObject({ isOutage: true, services: [], candidateServices: ["Zoomify"] });
  });

  it("keeps candidates beside the gazetteer services an outage report names", () => {
    const facts = understandArticle(
      article({ title: "Panne de WhatsApp", text: "Zoomify est aussi en panne depuis midi." }),
      gazetteer,
    );
    expect(facts).toMatchObject({ services: ["whatsapp"], candidateServices: ["Zoomify"] });
  });

  it("gives no candidates to an article that is not an outage report", () => {
    const facts = understandArticle(
      article({
        title: "Zoomify lance une nouvelle fonctionnalité",
        text: "La nouvelle fonctionnalité de Zoomify arrive au Maroc ; la panne de Zoomify du mois dernier est oubliée.",
      }),
      gazetteer,
    );
    expect(facts.isOutage).toBe(false);
    expect(facts).not.toHaveProperty("candidateServices");
  });
});
