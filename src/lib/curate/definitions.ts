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

/** Facts an editor pins on an incident; they win over what grouping and fact sheets derive. */
export interface PinnedFacts {
  cause?: Cause;
  startedAt?: string;
  startPrecision?: "minute" | "hour" | "day";
  endedAt?: string;
  title?: Localized;
}

/**
 * One entry of `content/overrides.yaml`. Incidents are named by slug, current or former; split
 * articles by URL (as stored or canonical) or by article id.
 */
export type Override =
  | { kind: "merge"; slugs: string[]; reason?: string }
  | { kind: "split"; from: string; slug: string; articles: string[]; reason?: string }
  | { kind: "rename"; slug: string; to: string; reason?: string }
  | { kind: "set"; slug: string; facts: PinnedFacts; reason?: string };

/** A former slug that still leads to its incident, so old links keep working. */
export interface IncidentAlias {
  slug: string;
  incidentId: string;
}
