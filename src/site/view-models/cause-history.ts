/**
 * An incident's cause over time: the latest cause the coverage states, with the sentence that
 * supports it, and the different causes first reported before it. The provider's own account
 * outranks the press; a fact sheet or an editor's decision stays the headline.
 */
import { ARCHIVE_SOURCE_ID } from "../../lib/curate/core/apply-fact-sheets.ts";
import type { Lang } from "../../config/locales.ts";
import type { Article, Cause, Incident } from "../../lib/definitions.ts";
import { compareByCodePoint } from "../../lib/core/compare.ts";
import { useTranslations } from "../../i18n/index.ts";
import { toSafeHref } from "../urls.ts";
import { toCauseName } from "./names.ts";
import { toCleanText } from "./text.ts";
import { toTextParts, type TextPart } from "./text-parts.ts";

/** One article's stated cause, as data. */
export interface CauseReport {
  articleId: string;
  cause: Exclude<Cause, "unknown">;
  evidence?: string;
  outlet: string;
  lang: Lang;
  at: string;
  official: boolean;
  url?: string;
}

/** The cause timeline of an incident, as data: the current stated cause and the different ones. */
export interface CauseTimeline {
  current?: CauseReport;
  /** The first report of each other cause, oldest first; most come before `current`. */
  others: CauseReport[];
}

/** The stated cause with its evidence, ready to render. */
export interface CauseReportView {
  cause: string;
  evidence?: string;
  lang: Lang;
  official: boolean;
  href?: string;
  /** "According to <bdi>Example</bdi>, <time>4 October 2021</time>". */
  attribution: TextPart[];
}

/** The "Cause" section of an incident page. */
export interface CauseHistoryView {
  /** The cause the incident states, in words; the facts box shows the same. */
  headline: string;
  basis: "fact-sheet" | "editor" | "official" | "press" | "none";
  current?: CauseReportView;
  /** "First reported as DNS by <bdi>X</bdi> on <time>…</time>.", oldest first. */
  notes: TextPart[][];
}

/** Each article's stated cause, oldest first (ties by id). */
export function toCauseReports(articles: readonly Article[]): CauseReport[] {
  return articles
    .flatMap((article): CauseReport[] =>
      // A fact sheet's coverage link carries the sheet's cause, not one its outlet stated.
      article.cause === "unknown" || article.sourceId === ARCHIVE_SOURCE_ID
        ? []
        : [
            {
              articleId: article.id,
              cause: article.cause,
              ...(article.causeEvidence && { evidence: article.causeEvidence }),
              outlet: toCleanText(article.outlet),
              lang: article.lang,
              at: article.publishedAt ?? article.fetchedAt,
              official: article.official === true,
              ...(article.url && { url: article.url }),
            },
          ],
    )
    .sort((a, b) => compareByCodePoint(a.at, b.at) || compareByCodePoint(a.articleId, b.articleId));
}

/** The latest stated cause (the provider's own latest when it spoke) and the different causes said before. */
export function toCauseTimeline(articles: readonly Article[]): CauseTimeline {
  const reports = toCauseReports(articles);
  const current = reports.filter((report) => report.official).pop() ?? reports[reports.length - 1];
  if (current === undefined) return { others: [] };
  const seen = new Set<Cause>([current.cause]);
  const others = reports.filter((report) => {
    if (seen.has(report.cause)) return false;
    seen.add(report.cause);
    return true;
  });
  return { current, others };
}

/** The Cause section for `lang`; `incident.cause` leads when a fact sheet or an editor set it. */
export function toCauseHistoryView(
  incident: Incident,
  articles: readonly Article[],
  lang: Lang,
): CauseHistoryView {
  const { t, formatDate } = useTranslations(lang);
  const { current, others } = toCauseTimeline(articles);
  // A cause no article states was set by hand (an override): the editor's word stands.
  const edited =
    incident.cause !== "unknown" && !toCauseReports(articles).some((r) => r.cause === incident.cause);
  const fixed = incident.factSheetId !== undefined ? "fact-sheet" : edited ? "editor" : undefined;
  const basis = fixed ?? (current === undefined ? "none" : current.official ? "official" : "press");
  const headline = toCauseName(fixed || current === undefined ? incident.cause : current.cause, lang);
  const when = (report: CauseReport): TextPart => ({ text: formatDate(report.at), datetime: report.at });
  const outlet = (report: CauseReport): TextPart => ({ text: report.outlet, bdi: true });
  const href = current && toSafeHref(current.url);
  return {
    headline,
    basis,
    ...(current && {
      current: {
        cause: toCauseName(current.cause, lang),
        ...(current.evidence && { evidence: current.evidence }),
        lang: current.lang,
        official: current.official,
        ...(href && { href }),
        attribution: toTextParts(t, "cause_history.stated_by", {
          outlet: outlet(current),
          date: when(current),
        }),
      },
    }),
    // Press that contradicts a provider who spoke first is noted as such, not as a first report.
    notes: others.map((report) =>
      toTextParts(
        t,
        current && report.at > current.at ? "cause_history.also_reported" : "cause_history.first_reported",
        {
          cause: toCauseName(report.cause, lang),
          outlet: outlet(report),
          date: when(report),
        },
      ),
    ),
  };
}
