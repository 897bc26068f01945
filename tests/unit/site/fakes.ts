/** Small in-memory inputs for the view-model tests: a two-service gazetteer and article/incident builders. */
import type { Article, Incident } from "../../../src/lib/definitions.ts";
import type { Gazetteer } from "../../../src/lib/understand/definitions.ts";

export const GAZETTEER: Gazetteer = {
  services: [
    {
      id: "whatsapp",
      category: "messaging",
      names: { fr: "WhatsApp", ar: "واتساب", en: "WhatsApp" },
      aliases: [],
      ambiguousAliases: [],
    },
    {
      id: "maroc-telecom",
      category: "telecom",
      country: "MA",
      names: { fr: "Maroc Telecom", ar: "اتصالات المغرب", en: "Maroc Telecom" },
      aliases: [],
      ambiguousAliases: [],
    },
  ],
  countries: [{ code: "MA", names: { fr: "Maroc", ar: "المغرب", en: "Morocco" }, aliases: [] }],
};

/** An outage article with sensible defaults. */
export function anArticle(fields: Partial<Article> & Pick<Article, "id">): Article {
  return {
    sourceId: "example-ma",
    outlet: "Example Maroc",
    title: `Article ${fields.id}`,
    summaryHtml: "",
    text: "",
    fetchedAt: "2024-01-01T00:00:00.000Z",
    lang: "fr",
    isOutage: true,
    services: [],
    countries: [],
    cause: "unknown",
    ...fields,
  };
}

/** An incident with sensible defaults. */
export function anIncident(fields: Partial<Incident> & Pick<Incident, "id">): Incident {
  return {
    slug: fields.id,
    title: { fr: `Titre ${fields.id}`, ar: `عنوان ${fields.id}`, en: `Title ${fields.id}` },
    services: [],
    countries: [],
    cause: "unknown",
    startedAt: "2024-01-01T00:00:00.000Z",
    articleIds: [],
    updatedAt: "2024-01-01T00:00:00.000Z",
    ...fields,
  };
}
