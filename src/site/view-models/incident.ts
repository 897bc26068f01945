/** An incident page: title and facts in the page's language, coverage in each article's own. */
import { LANGS, type Lang } from "../../config/locales.ts";
import type { Article, Incident } from "../../lib/definitions.ts";
import { compareByCodePoint } from "../../lib/core/compare.ts";
import type { Gazetteer } from "../../lib/understand/definitions.ts";
import { useTranslations } from "../../i18n/index.ts";
import { PATHS, toLocalePath, toSafeHref } from "../urls.ts";
import type { ArticleView, CoverageGroupView, FactsView, IncidentView } from "./definitions.ts";
import { toCauseName, toCountryName, toServiceName } from "./names.ts";
import { toCleanText } from "./text.ts";

/** Builds the incident page for `lang` from the incident and (at least) its articles. */
export function toIncidentView(
  incident: Incident,
  articles: readonly Article[],
  gazetteer: Gazetteer,
  lang: Lang,
): IncidentView {
  const ids = new Set(incident.articleIds);
  const own = articles.filter((article) => ids.has(article.id)).sort(byTimeThenId);
  return {
    slug: incident.slug,
    title: incident.title[lang],
    ...(incident.summary && { summary: incident.summary[lang] }),
    facts: toFacts(incident, gazetteer, lang),
    coverage: toCoverage(own, lang),
  };
}

function toFacts(incident: Incident, gazetteer: Gazetteer, lang: Lang): FactsView {
  const { formatDate, formatDateTime, formatDuration } = useTranslations(lang);
  const { startedAt, endedAt } = incident;
  return {
    services: incident.services.map((id) => ({
      href: toLocalePath(lang, PATHS.service(id)),
      label: toServiceName(id, gazetteer, lang),
    })),
    countries: incident.countries.map((code) => toCountryName(code, gazetteer, lang)),
    // A start known only to the day is shown as a date: "00:00" would claim a precision we lack.
    startedAt: incident.startPrecision === "day" ? formatDate(startedAt) : formatDateTime(startedAt),
    startedAtIso: startedAt,
    ...(endedAt && {
      endedAt: formatDateTime(endedAt),
      endedAtIso: endedAt,
      duration: formatDuration(startedAt, endedAt),
    }),
    cause: toCauseName(incident.cause, lang),
  };
}

/** Coverage grouped by language: the page's language first, then the others in site order. */
function toCoverage(articles: readonly Article[], lang: Lang): CoverageGroupView[] {
  const { t } = useTranslations(lang);
  const order = [lang, ...LANGS.filter((other) => other !== lang)];
  return order.flatMap((articleLang) => {
    const group = articles.filter((article) => article.lang === articleLang);
    if (group.length === 0) return [];
    return [
      {
        lang: articleLang,
        heading: t(`lang.${articleLang}`),
        count: t("incident.articles", { count: group.length }),
        articles: group.map((article) => toArticleView(article, lang)),
      },
    ];
  });
}

function toArticleView(article: Article, lang: Lang): ArticleView {
  const { formatDate } = useTranslations(lang);
  const href = toSafeHref(article.url);
  return {
    id: article.id,
    // Curated links carry a headline only when it was verified; otherwise name the page by its host.
    title: toCleanText(article.title) || toHost(article.url) || toCleanText(article.outlet),
    lang: article.lang,
    outlet: toCleanText(article.outlet),
    ...(href && { href }),
    ...(article.publishedAt && {
      publishedAt: formatDate(article.publishedAt),
      publishedAtIso: article.publishedAt,
    }),
    official: article.official === true,
  };
}

function byTimeThenId(a: Article, b: Article): number {
  const time = (article: Article) => article.publishedAt ?? article.fetchedAt;
  return compareByCodePoint(time(a), time(b)) || compareByCodePoint(a.id, b.id);
}

function toHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}
