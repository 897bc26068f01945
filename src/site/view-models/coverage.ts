/**
 * An incident's coverage: articles by language in each article's own, syndicated copies nested
 * under the earliest outlet that published the text, and the count of sources copies do not inflate.
 */
import { LANGS, type Lang } from "../../config/locales.ts";
import type { Article } from "../../lib/definitions.ts";
import { detectSyndication } from "../../lib/group/core/detect-syndication.ts";
import { normalizeForMatching } from "../../lib/understand/core/normalize-text.ts";
import { useTranslations } from "../../i18n/index.ts";
import { toSafeHref } from "../urls.ts";
import type { ArticleView, CoverageGroupView } from "./definitions.ts";
import { toCleanText } from "./text.ts";

/** The coverage list and the facts box's source count, from one syndication pass. */
export interface CoverageView {
  groups: CoverageGroupView[];
  /** Distinct outlets among originals: "3 sources, hors reprises". */
  sourcesCount: string;
}

/** Coverage of an incident's articles (in the order given), the page's language first. */
export function toCoverage(articles: readonly Article[], lang: Lang): CoverageView {
  const { t } = useTranslations(lang);
  const originalOf = detectSyndication(articles);
  const copiesOf = new Map<string, Article[]>();
  for (const article of articles) {
    const originalId = originalOf.get(article.id);
    if (originalId !== undefined) copiesOf.set(originalId, [...(copiesOf.get(originalId) ?? []), article]);
  }
  const originals = articles.filter((article) => !originalOf.has(article.id));
  const order = [lang, ...LANGS.filter((other) => other !== lang)];
  const groups = order.flatMap((articleLang) => {
    const group = originals.filter((article) => article.lang === articleLang);
    if (group.length === 0) return [];
    const views = group.map((article) => toOriginalView(article, copiesOf.get(article.id) ?? [], lang));
    const count = views.reduce((sum, view) => sum + 1 + (view.copies?.length ?? 0), 0);
    return [
      {
        lang: articleLang,
        heading: t(`lang.${articleLang}`),
        count: t("incident.articles", { count }),
        articles: views,
      },
    ];
  });
  return { groups, sourcesCount: t("incident.sources_count", { count: countOutlets(originals) }) };
}

function toOriginalView(article: Article, copies: readonly Article[], lang: Lang): ArticleView {
  const view = toArticleView(article, lang);
  if (copies.length === 0) return view;
  const { t } = useTranslations(lang);
  return {
    ...view,
    republishedBy: t("incident.republished_by", { count: countOutlets(copies) }),
    copies: copies.map((copy) => toArticleView(copy, lang)),
  };
}

// One outlet publishing twice (two feeds, an update) is still one source.
function countOutlets(articles: readonly Article[]): number {
  return new Set(articles.map((article) => normalizeForMatching(toCleanText(article.outlet)))).size;
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

function toHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}
