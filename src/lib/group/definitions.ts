import type { Article, Incident } from "../definitions.ts";

/** The subset of an article that grouping reads: keeps the core independent of storage. */
export type GroupableArticle = Pick<
  Article,
  | "id"
  | "title"
  | "text"
  | "lang"
  | "isOutage"
  | "services"
  | "candidateServices"
  | "countries"
  | "cause"
  | "startedAt"
  | "startedAtApproximate"
  | "endedAt"
  | "publishedAt"
  | "fetchedAt"
  | "official"
>;

/** What a grouping pass decided, for the report and for tests. */
export interface GroupingResult {
  incidents: Incident[];
  /** Incident ids created in this pass. */
  created: string[];
  /** Incident ids that gained or lost articles. */
  changed: string[];
  /** Outage articles that name neither a service nor a country, so nothing can be grouped on. */
  unplaceable: string[];
}
