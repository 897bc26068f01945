/**
 * The provider's own account of an incident: items of its status feed, and its statements as
 * quoted by the press (each quote once, from the earliest outlet that carried it).
 */
import type { Lang } from "../../config/locales.ts";
import type { Article } from "../../lib/definitions.ts";
import { compareByCodePoint } from "../../lib/core/compare.ts";
import { normalizeForMatching } from "../../lib/understand/core/normalize-text.ts";
import { useTranslations } from "../../i18n/index.ts";
import { toSafeHref } from "../urls.ts";
import { toCleanText } from "./text.ts";
import { toTextParts, type TextPart } from "./text-parts.ts";

/** How much of a status item's text is shown: its first lines say what the provider knows. */
const EXCERPT_LENGTH = 280;

/** A status-page item, in its own language. */
export interface StatusItemView {
  kind: "status";
  lang: Lang;
  title: string;
  excerpt?: string;
  outlet: string;
  href?: string;
  date?: string;
  dateIso?: string;
}

/** A statement of the provider as quoted in an article. */
export interface StatementView {
  kind: "statement";
  lang: Lang;
  quote: string;
  /** "<bdi>un porte-parole de Meta</bdi>, quoted by <bdi>Example</bdi>". */
  source: TextPart[];
  href?: string;
  date?: string;
  dateIso?: string;
}

/** One entry of the "Official account" section. */
export type OfficialAccountView = StatusItemView | StatementView;

function byTime(a: Article, b: Article): number {
  const time = (article: Article) => article.publishedAt ?? article.fetchedAt;
  return compareByCodePoint(time(a), time(b)) || compareByCodePoint(a.id, b.id);
}

function toExcerpt(text: string): string | undefined {
  const clean = toCleanText(text);
  if (clean === "") return undefined;
  if (clean.length <= EXCERPT_LENGTH) return clean;
  const cut = clean.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), EXCERPT_LENGTH / 2))}…`;
}

/** Status items first, then quoted statements, each oldest first. */
export function toOfficialAccounts(articles: readonly Article[], lang: Lang): OfficialAccountView[] {
  const { t, formatDateTime } = useTranslations(lang);
  const sorted = [...articles].sort(byTime);
  const dated = (article: Article) =>
    article.publishedAt ? { date: formatDateTime(article.publishedAt), dateIso: article.publishedAt } : {};
  const link = (article: Article) => {
    const href = toSafeHref(article.url);
    return href ? { href } : {};
  };
  const status = sorted
    .filter((article) => article.official === true)
    .map((article): StatusItemView => {
      const excerpt = toExcerpt(article.text);
      return {
        kind: "status",
        lang: article.lang,
        title: toCleanText(article.title) || toCleanText(article.outlet),
        ...(excerpt && { excerpt }),
        outlet: toCleanText(article.outlet),
        ...link(article),
        ...dated(article),
      };
    });
  const seen = new Set<string>();
  const statements = sorted.flatMap((article): StatementView[] => {
    if (article.official === true || !article.statement) return [];
    // Wire copy and reposts carry the same quote: show it once.
    const key = normalizeForMatching(article.statement)
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    if (seen.has(key)) return [];
    seen.add(key);
    const outlet: TextPart = { text: toCleanText(article.outlet), bdi: true };
    const source = article.statementBy
      ? toTextParts(t, "official_accounts.quoted_by", {
          speaker: { text: toCleanText(article.statementBy), bdi: true, lang: article.lang },
          outlet,
        })
      : toTextParts(t, "official_accounts.quoted_in", { outlet });
    return [
      {
        kind: "statement",
        lang: article.lang,
        quote: toCleanText(article.statement),
        source,
        ...link(article),
        ...dated(article),
      },
    ];
  });
  return [...status, ...statements];
}
