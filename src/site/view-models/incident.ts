/** An incident page: title and facts in the page's language, coverage in each article's own. */
import type { Lang } from "../../config/locales.ts";
import type { Article, Incident } from "../../lib/definitions.ts";
import { compareByCodePoint } from "../../lib/core/compare.ts";
import type { Gazetteer } from "../../lib/understand/definitions.ts";
import { useTranslations } from "../../i18n/index.ts";
import { PATHS, toLocalePath } from "../urls.ts";
import { toCauseHistoryView } from "./cause-history.ts";
import { toCoverage } from "./coverage.ts";
import type { FactsView, IncidentView } from "./definitions.ts";
import { toCountryName, toServiceName } from "./names.ts";
import { toOfficialAccounts } from "./official-accounts.ts";
import { toReportedTimesView } from "./reported-times.ts";

/** Builds the incident page for `lang` from the incident and (at least) its articles. */
export function toIncidentView(
  incident: Incident,
  articles: readonly Article[],
  gazetteer: Gazetteer,
  lang: Lang,
): IncidentView {
  const ids = new Set(incident.articleIds);
  const own = articles.filter((article) => ids.has(article.id)).sort(byTimeThenId);
  const coverage = toCoverage(own, lang);
  const causeHistory = toCauseHistoryView(incident, own, lang);
  return {
    slug: incident.slug,
    title: incident.title[lang],
    ...(incident.summary && { summary: incident.summary[lang] }),
    // The facts box states the same cause as the Cause section: the latest stated, not the most repeated.
    facts: {
      ...toFacts(incident, gazetteer, lang),
      cause: causeHistory.headline,
      sourcesCount: coverage.sourcesCount,
    },
    coverage: coverage.groups,
    causeHistory,
    reportedTimes: toReportedTimesView(incident, own, lang),
    officialAccounts: toOfficialAccounts(own, lang),
  };
}

function toFacts(
  incident: Incident,
  gazetteer: Gazetteer,
  lang: Lang,
): Omit<FactsView, "cause" | "sourcesCount"> {
  const { formatDate, formatDateTime, formatDuration } = useTranslations(lang);
  const { startedAt, endedAt } = incident;
  return {
    services: incident.services.map((id) => ({
      href: toLocalePath(lang, PATHS.service(id)),
      label: toServiceName(id, gazetteer, lang),
    })),
    ...((incident.candidateServices?.length ?? 0) > 0 && { candidateServices: incident.candidateServices }),
    countries: incident.countries.map((code) => toCountryName(code, gazetteer, lang)),
    // A start known only to the day is shown as a date: "00:00" would claim a precision we lack.
    startedAt: incident.startPrecision === "day" ? formatDate(startedAt) : formatDateTime(startedAt),
    startedAtIso: startedAt,
    ...(endedAt && {
      endedAt: formatDateTime(endedAt),
      endedAtIso: endedAt,
      duration: formatDuration(startedAt, endedAt),
    }),
  };
}

function byTimeThenId(a: Article, b: Article): number {
  const time = (article: Article) => article.publishedAt ?? article.fetchedAt;
  return compareByCodePoint(time(a), time(b)) || compareByCodePoint(a.id, b.id);
}
