import type { Cause, Lang, Localized } from "../definitions.ts";

/** A link to real coverage of a past outage, listed in a fact sheet. */
export interface CoverageLink {
  url: string;
  outlet: string;
  lang: Lang;
  publishedAt?: string;
  /** The provider's own account: post-mortem, status page, statement. */
  official: boolean;
  /** The real headline, only when verified. */
  title?: string;
}

/** One file of `content/incidents/`: an outage described by us from public facts. */
export interface FactSheet {
  slug: string;
  title: Localized;
  summary: Localized;
  services: string[];
  countries: string[];
  cause: Cause;
  startedAt: string;
  /** How precisely the start is known; a `day` start is shown without a time. */
  startPrecision: "minute" | "hour" | "day";
  endedAt?: string;
  coverage: CoverageLink[];
}
