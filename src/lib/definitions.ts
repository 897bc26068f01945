/**
 * Domain types shared by every pipeline stage. Times are UTC ISO-8601 strings
 * (`2021-10-04T15:45:00.000Z`); lists of ids are sorted so equal data serialises equally.
 */
import type { Lang } from "../config/locales.ts";

export type { Lang };

/** Why an outage happened, as far as the coverage says. */
export const CAUSES = [
  "dns",
  "bgp",
  "power",
  "cable-cut",
  "cyberattack",
  "government-shutdown",
  "configuration",
  "unknown",
] as const;
export type Cause = (typeof CAUSES)[number];

/** Text in each of the site's languages. */
export type Localized = Record<Lang, string>;

/** What the pipeline understood about one article. Pure data, produced by `understand`. */
export interface ArticleFacts {
  lang: Lang;
  isOutage: boolean;
  /** Gazetteer service ids, sorted. */
  services: string[];
  /**
   * Services the gazetteer does not know yet that an outage article says are down, as written
   * ("Zoomify"), sorted; set only on outage articles that name some.
   */
  candidateServices?: string[];
  /** ISO 3166-1 alpha-2 codes, sorted. */
  countries: string[];
  cause: Cause;
  /** The sentence that supports `cause`, when one does. */
  causeEvidence?: string;
  /** When the outage started, in UTC, if the text says so. */
  startedAt?: string;
  /** The wording `startedAt` was read from ("16h45 (GMT+1)"). */
  startedAtText?: string;
  /** Set when `startedAt` comes from a part of the day or a length of time ("depuis ce matin"), not a clock time. */
  startedAtApproximate?: boolean;
  endedAt?: string;
  endedAtText?: string;
  /** Set when `endedAt` comes from a part of the day or a length of time ("pendant près de six heures"). */
  endedAtApproximate?: boolean;
  /** The provider's own words quoted in the article (a spokesperson's statement), in its language. */
  statement?: string;
  /** Who the article says made `statement` ("un porte-parole de Meta"), as worded there. */
  statementBy?: string;
}

/** One stored article: what the feed said plus what `understand` made of it. */
export interface Article extends ArticleFacts {
  /** sha256 of the source id and the identity key (GUID, else canonical URL, else title + text). */
  id: string;
  sourceId: string;
  /** Outlet name as shown to readers (the source's name, or the outlet of a curated link). */
  outlet: string;
  guid?: string;
  url?: string;
  title: string;
  /** Sanitised HTML, safe to render. */
  summaryHtml: string;
  /** Plain text of the summary (the title is kept apart in `title`); what understanding reads with the title. */
  text: string;
  publishedAt?: string;
  fetchedAt: string;
  /** The provider's own account (a status-page item or an official post-mortem), not press coverage. */
  official?: boolean;
}

/** One outage, grouped from articles across languages. */
export interface Incident {
  /** Stable opaque id, never changes once given. */
  id: string;
  /** Stable URL slug: `2021-10-04-facebook-instagram-whatsapp`. */
  slug: string;
  title: Localized;
  /** Short factual summary, only for curated incidents. */
  summary?: Localized;
  /** Gazetteer service ids, sorted. */
  services: string[];
  /** Display names of services the gazetteer does not know yet that the coverage is about, sorted. */
  candidateServices?: string[];
  countries: string[];
  cause: Cause;
  startedAt: string;
  /** How precisely `startedAt` is known; a `day` start is shown as a date only. Default `minute`. */
  startPrecision?: "minute" | "hour" | "day";
  endedAt?: string;
  /** Set when a fact sheet in `content/incidents/` describes this incident. */
  factSheetId?: string;
  /** Article ids, sorted. */
  articleIds: string[];
  /** Last time the incident gained articles or facts (derived from article times, not the clock). */
  updatedAt: string;
}
