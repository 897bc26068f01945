import type { Lang, Localized } from "../definitions.ts";

/** What kind of thing a gazetteer entry is; used for grouping rules and the services index. */
export const SERVICE_CATEGORIES = [
  "group",
  "social",
  "messaging",
  "search",
  "cloud",
  "cdn",
  "dns",
  "email",
  "payments",
  "bank",
  "telecom",
  "isp",
  "cable",
  "power",
  "government",
  "gaming",
  "streaming",
  "security",
  "developer",
  "productivity",
  "other",
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** One service or operator of `content/services.yaml`. */
export interface Service {
  /** Lowercase kebab-case, used in URLs: `whatsapp`, `maroc-telecom`. */
  id: string;
  category: ServiceCategory;
  /** Id of the group entry it belongs to (`meta` for WhatsApp). */
  group?: string;
  /** ISO alpha-2 country of an operator that serves one country. */
  country?: string;
  /** Display name in each language and script. */
  names: Localized;
  /** Extra spellings matched in text, in any script: `وتساب`, `Whatsapp`, `IAM`. */
  aliases: string[];
  /**
   * Aliases that are ordinary words elsewhere (`Orange`, `Free`, `X`, `Meta`): only matched with an
   * outage or operator word close by, and case-sensitively in Latin script.
   */
  ambiguousAliases: string[];
}

/** One country of `content/countries.yaml`. */
export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  names: Localized;
  /** Adjectives, capitals and spellings that point to the country: `marocain`, `مغربية`, `Rabat`. */
  aliases: string[];
  /** IANA zone used when an article gives a local time without a zone. */
  timeZone?: string;
}

/** The reference data that understanding and grouping match against. */
export interface Gazetteer {
  services: Service[];
  countries: Country[];
}

/** Everything `understandArticle` needs to know about one article. */
export interface ArticleInput {
  title: string;
  text: string;
  /** Declared by the feed or the registry; detected when absent. */
  lang?: Lang;
  /** UTC ISO time; anchors relative wording ("depuis ce matin") and dates without a year. */
  publishedAt?: string;
  /** Country of the outlet, a hint when a time has no zone. */
  sourceCountry?: string;
  sourceKind: "news" | "status";
  /**
   * Services a status source reports on (`[cloudflare]` for Cloudflare's status feed): its items
   * rarely name the service ("Elevated error rates on API requests"), so they count as about these.
   */
  sourceServices?: string[];
}
