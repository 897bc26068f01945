/** The shapes pages and components render: plain strings and links, already in the page's language. */
import type { Lang } from "../../config/locales.ts";
import type { CauseHistoryView } from "./cause-history.ts";
import type { OfficialAccountView } from "./official-accounts.ts";
import type { ReportedTimesView } from "./reported-times.ts";

/** A labelled link. */
export interface LinkView {
  href: string;
  label: string;
}

/** One incident in a list (home, service history, archive year). */
export interface IncidentCardView {
  slug: string;
  href: string;
  title: string;
  startedAt: string;
  startedAtIso: string;
  services: string[];
  countries: string[];
  cause: string;
  articleCount: string;
  ongoing: boolean;
}

/** One article of an incident's coverage, in its own language. */
export interface ArticleView {
  id: string;
  title: string;
  lang: Lang;
  outlet: string;
  href?: string;
  publishedAt?: string;
  publishedAtIso?: string;
  official: boolean;
  /** On an original that others republished: "republié par 2 sites". */
  republishedBy?: string;
  /** Near-duplicate copies of this article, earliest first; set with `republishedBy`. */
  copies?: ArticleView[];
}

/** The coverage written in one language. */
export interface CoverageGroupView {
  lang: Lang;
  heading: string;
  count: string;
  articles: ArticleView[];
}

/** The facts box of an incident page. */
export interface FactsView {
  services: LinkView[];
  /** Services the gazetteer does not know yet, as written: no page to link to. */
  candidateServices?: string[];
  countries: string[];
  startedAt: string;
  startedAtIso: string;
  endedAt?: string;
  endedAtIso?: string;
  duration?: string;
  cause: string;
  /** Distinct outlets that published their own text; syndicated copies are not counted. */
  sourcesCount: string;
}

/** An incident page. */
export interface IncidentView {
  slug: string;
  title: string;
  summary?: string;
  facts: FactsView;
  coverage: CoverageGroupView[];
  causeHistory: CauseHistoryView;
  reportedTimes: ReportedTimesView;
  officialAccounts: OfficialAccountView[];
}

/** The home page. */
export interface HomeView {
  empty: boolean;
  ongoing: IncidentCardView[];
  latest: IncidentCardView[];
}

/** A service page: its incident history, newest first. */
export interface ServiceHistoryView {
  id: string;
  name: string;
  count: string;
  incidents: IncidentCardView[];
}

/** One year of the archive index. */
export interface ArchiveYearView {
  year: number;
  href: string;
  count: string;
}

/** One row of the sources page. */
export interface SourceRowView {
  id: string;
  name: string;
  href?: string;
  kind: string;
  lastFetch: string;
  lastFetchIso?: string;
  status: string;
  statusKind: "ok" | "not-modified" | "failed" | "unknown";
  failures?: string;
  lastError?: string;
  articles: string;
}
