/**
 * A small dataset the build checks render: fictional outlets (example.ma, example.dz, example.com),
 * articles in French, Arabic and English, and two incidents.
 * - The 4 October 2021 WhatsApp outage, curated (summary, official status item), covered in three
 *   languages; the English title carries `&`, `<` and a BEL control character (RW: scraped titles
 *   with stray control bytes broke feed readers).
 * - A Maroc Telecom outage with no end, started 3 hours before the newest stored time: ongoing. Its
 *   coverage also names a streaming site the gazetteer does not know yet ("Yalla Shoot").
 * - One article that is not about an outage, in no incident: the export still lists it.
 * - A former slug of the WhatsApp incident (an editor renamed it): its old URL redirects.
 */
import type { IncidentAlias } from "../../src/lib/curate/definitions.ts";
import type { Article, Incident } from "../../src/lib/definitions.ts";
import type { AtlasDatabase } from "../../src/lib/store/open-database.ts";
import { writeArticles } from "../../src/lib/store/sqlite-article-store.ts";
import { writeIncidentAliases } from "../../src/lib/store/sqlite-incident-alias-store.ts";
import { writeIncidents } from "../../src/lib/store/sqlite-incident-store.ts";
import { writeFetchOutcome, writeSources } from "../../src/lib/store/sqlite-source-store.ts";
import type { FeedSource } from "../../src/lib/sources/definitions.ts";

export const FIXTURE_SOURCES: FeedSource[] = [
  {
    id: "example-ma",
    name: "Example Maroc",
    url: "https://example.ma/feed",
    lang: "fr",
    country: "MA",
    kind: "news",
    enabled: true,
  },
  {
    id: "example-dz",
    name: "مثال الجزائر",
    url: "https://example.dz/rss",
    lang: "ar",
    country: "DZ",
    kind: "news",
    enabled: true,
  },
  {
    id: "example-com",
    name: "Example Tech",
    url: "https://example.com/tech.xml",
    lang: "en",
    kind: "news",
    enabled: true,
  },
  {
    id: "example-status",
    name: "Example Status",
    url: "https://status.example.com/history.rss",
    kind: "status",
    enabled: true,
  },
];

/** The newest time stored: the site's "now" and the export's `generatedAt`. */
export const FIXTURE_NEWEST_TIME = "2024-12-14T12:05:00.000Z";

/** Titles the build checks look for. */
export const FIXTURE_TITLES = {
  arabicArticle: "تعطل واتساب وفيسبوك وإنستغرام في عدة دول عربية",
  englishArticleRaw: "WhatsApp, Facebook & Instagram <down>\u0007 worldwide",
  englishArticleClean: "WhatsApp, Facebook & Instagram <down> worldwide",
};

function article(
  fields: Partial<Article> & Pick<Article, "id" | "sourceId" | "outlet" | "title" | "lang">,
): Article {
  return {
    summaryHtml: "",
    text: fields.title,
    fetchedAt: "2021-10-05T08:00:00.000Z",
    isOutage: true,
    services: [],
    countries: [],
    cause: "unknown",
    ...fields,
  };
}

export const FIXTURE_ARTICLES: Article[] = [
  article({
    id: "a-fr-whatsapp",
    sourceId: "example-ma",
    outlet: "Example Maroc",
    url: "https://example.ma/2021/10/04/panne-whatsapp",
    title: "Panne géante de WhatsApp, Facebook et Instagram au Maroc",
    lang: "fr",
    publishedAt: "2021-10-04T17:10:00.000Z",
    services: ["facebook", "instagram", "whatsapp"],
    countries: ["MA"],
    cause: "bgp",
  }),
  article({
    id: "a-ar-whatsapp",
    sourceId: "example-dz",
    outlet: "مثال الجزائر",
    url: "https://example.dz/news/2021/10/04/whatsapp",
    title: FIXTURE_TITLES.arabicArticle,
    lang: "ar",
    publishedAt: "2021-10-04T18:00:00.000Z",
    services: ["facebook", "instagram", "whatsapp"],
    countries: ["DZ"],
  }),
  article({
    id: "a-en-whatsapp",
    sourceId: "example-com",
    outlet: "Example Tech",
    url: "https://example.com/2021/10/04/whatsapp-down",
    title: FIXTURE_TITLES.englishArticleRaw,
    lang: "en",
    publishedAt: "2021-10-04T16:05:00.000Z",
    services: ["facebook", "instagram", "whatsapp"],
    cause: "bgp",
  }),
  article({
    id: "a-status-whatsapp",
    sourceId: "example-status",
    outlet: "Example Status",
    url: "https://status.example.com/incidents/2021-10-04",
    title: "Resolved: messaging unavailable",
    lang: "en",
    publishedAt: "2021-10-04T22:00:00.000Z",
    services: ["whatsapp"],
    official: true,
  }),
  article({
    id: "a-fr-iam",
    sourceId: "example-ma",
    outlet: "Example Maroc",
    url: "https://example.ma/2024/12/14/maroc-telecom-panne",
    title: "Maroc Telecom : l’Internet mobile perturbé dans plusieurs villes",
    lang: "fr",
    publishedAt: "2024-12-14T10:15:00.000Z",
    fetchedAt: "2024-12-14T11:00:00.000Z",
    services: ["maroc-telecom"],
    countries: ["MA"],
  }),
  article({
    id: "a-ar-iam",
    sourceId: "example-dz",
    outlet: "مثال الجزائر",
    title: "اضطراب في خدمات اتصالات المغرب",
    lang: "ar",
    fetchedAt: FIXTURE_NEWEST_TIME,
    services: ["maroc-telecom"],
    countries: ["MA"],
  }),
  article({
    id: "a-en-other",
    sourceId: "example-com",
    outlet: "Example Tech",
    url: "https://example.com/2024/12/13/new-phone",
    title: "A new phone goes on sale",
    lang: "en",
    publishedAt: "2024-12-13T09:00:00.000Z",
    fetchedAt: "2024-12-13T10:00:00.000Z",
    isOutage: false,
  }),
];

export const FIXTURE_INCIDENTS: Incident[] = [
  {
    id: "inc-2021-10-04-whatsapp",
    slug: "2021-10-04-facebook-instagram-whatsapp",
    title: {
      fr: "Panne mondiale de Facebook, Instagram et WhatsApp",
      ar: "عطل عالمي في فيسبوك وإنستغرام وواتساب",
      en: "Global Facebook, Instagram and WhatsApp outage",
    },
    summary: {
      fr: "Une erreur de configuration du routage a rendu les services inaccessibles pendant environ six heures.",
      ar: "أدى خطأ في إعدادات التوجيه إلى تعذر الوصول إلى الخدمات لنحو ست ساعات.",
      en: "A routing configuration error made the services unreachable for about six hours.",
    },
    services: ["facebook", "instagram", "whatsapp"],
    countries: ["DZ", "MA"],
    cause: "bgp",
    startedAt: "2021-10-04T15:39:00.000Z",
    endedAt: "2021-10-04T21:51:00.000Z",
    factSheetId: "2021-10-04-facebook",
    articleIds: ["a-ar-whatsapp", "a-en-whatsapp", "a-fr-whatsapp", "a-status-whatsapp"],
    updatedAt: "2021-10-05T08:00:00.000Z",
  },
  {
    id: "inc-2024-12-14-maroc-telecom",
    slug: "2024-12-14-maroc-telecom",
    title: {
      fr: "Perturbation de l’Internet mobile de Maroc Telecom",
      ar: "اضطراب في الإنترنت المحمول لاتصالات المغرب",
      en: "Maroc Telecom mobile Internet disruption",
    },
    services: ["maroc-telecom"],
    candidateServices: ["Yalla Shoot"],
    countries: ["MA"],
    cause: "unknown",
    startedAt: "2024-12-14T09:30:00.000Z",
    articleIds: ["a-ar-iam", "a-fr-iam"],
    updatedAt: "2024-12-14T12:00:00.000Z",
  },
];

/** Former slugs, as `content/overrides.yaml` renames leave them. */
export const FIXTURE_ALIASES: IncidentAlias[] = [
  { slug: "2021-10-04-whatsapp", incidentId: "inc-2021-10-04-whatsapp" },
];

/** Fills a freshly migrated database with the fixture sources, fetch outcomes, articles and incidents. */
export function writeFixtureDataset(db: AtlasDatabase): void {
  writeSources(db, FIXTURE_SOURCES);
  writeArticles(db, FIXTURE_ARTICLES);
  writeIncidents(db, FIXTURE_INCIDENTS);
  writeIncidentAliases(db, FIXTURE_ALIASES);
  writeFetchOutcome(db, "example-ma", {
    status: "ok",
    at: "2024-12-14T11:00:00.000Z",
    httpStatus: 200,
    newItems: 1,
  });
  writeFetchOutcome(db, "example-dz", {
    status: "ok",
    at: FIXTURE_NEWEST_TIME,
    httpStatus: 200,
    newItems: 1,
  });
  writeFetchOutcome(db, "example-com", {
    status: "failed",
    at: "2024-12-14T11:00:00.000Z",
    httpStatus: 500,
    error: "HTTP 500 Internal Server Error",
  });
}
