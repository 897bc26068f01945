/**
 * Each source's reported start and end of an incident: the wording as the article wrote it, the
 * UTC value, and a flag on the sources that disagree with the others.
 */
import { ARCHIVE_SOURCE_ID } from "../../lib/curate/core/apply-fact-sheets.ts";
import type { Lang } from "../../config/locales.ts";
import type { Article, Incident } from "../../lib/definitions.ts";
import { compareByCodePoint } from "../../lib/core/compare.ts";
import { useTranslations } from "../../i18n/index.ts";
import { toSafeHref } from "../urls.ts";
import { toCleanText } from "./text.ts";

/**
 * A reported time disagrees when it is further than this from the reference: wide enough for
 * "around 16h45" against "16h39", narrow enough to catch an hour read in the wrong zone.
 */
export const TOLERANCE_MINUTES = 30;
/** The same for a time read from "ce matin" or "pendant six heures", right only to within hours. */
export const APPROXIMATE_TOLERANCE_MINUTES = 180;

/** One source's reported time. */
export interface ReportedTimeRow {
  articleId: string;
  outlet: string;
  lang: Lang;
  /** The article's wording, in its language: "16h45 (GMT+1)". */
  wording: string;
  iso: string;
  approximate: boolean;
  disagrees: boolean;
  url?: string;
}

/** The reported times of one edge (start or end) and what they were compared with. */
export interface ReportedTimes {
  rows: ReportedTimeRow[];
  reference?: { iso: string; basis: "fact-sheet" | "median" };
}

/** A row ready to render, with the UTC value in the page's language. */
export interface ReportedTimeRowView {
  outlet: string;
  lang: Lang;
  langName: string;
  wording: string;
  utc: string;
  iso: string;
  approximate: boolean;
  disagrees: boolean;
  href?: string;
}

/** The reported-times tables of an incident page; empty lists are not shown. */
export interface ReportedTimesView {
  starts: ReportedTimeRowView[];
  ends: ReportedTimeRowView[];
  /** How disagreement is decided, in the page's language. */
  note: string;
}

type Edge = "start" | "end";

function toRaw(article: Article, edge: Edge) {
  const iso = edge === "start" ? article.startedAt : article.endedAt;
  // A fact sheet's coverage link carries the sheet's times, not a time its outlet reported.
  if (iso === undefined || article.sourceId === ARCHIVE_SOURCE_ID) return undefined;
  const wording = edge === "start" ? article.startedAtText : article.endedAtText;
  const approximate = (edge === "start" ? article.startedAtApproximate : article.endedAtApproximate) === true;
  return { article, iso, wording: toCleanText(wording ?? ""), approximate };
}

/** The middle value of sorted numbers (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return undefined;
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Reported times of one edge, earliest first. A fact sheet's time is the reference when it is known
 * to the minute; otherwise the median of the exact reports (of all reports when none is exact).
 */
export function toReportedTimes(incident: Incident, articles: readonly Article[], edge: Edge): ReportedTimes {
  const raws = articles.flatMap((article) => toRaw(article, edge) ?? []);
  const curated = edge === "start" ? incident.startedAt : incident.endedAt;
  // A fact sheet that knows only the day of the start is no reference for the hour.
  const trusted =
    incident.factSheetId !== undefined &&
    curated !== undefined &&
    !(edge === "start" && incident.startPrecision === "day");
  const exact = raws.filter((raw) => !raw.approximate);
  const middle = median((exact.length > 0 ? exact : raws).map((raw) => Date.parse(raw.iso)));
  const reference = trusted
    ? { iso: curated, basis: "fact-sheet" as const }
    : middle === undefined
      ? undefined
      : { iso: new Date(middle).toISOString(), basis: "median" as const };
  const rows = raws.map(({ article, iso, wording, approximate }) => {
    const tolerance = (approximate ? APPROXIMATE_TOLERANCE_MINUTES : TOLERANCE_MINUTES) * 60_000;
    const gap = reference ? Math.abs(Date.parse(iso) - Date.parse(reference.iso)) : 0;
    return {
      articleId: article.id,
      outlet: toCleanText(article.outlet),
      lang: article.lang,
      wording,
      iso,
      approximate,
      disagrees: gap > tolerance,
      ...(article.url && { url: article.url }),
    };
  });
  rows.sort((a, b) => compareByCodePoint(a.iso, b.iso) || compareByCodePoint(a.articleId, b.articleId));
  return { rows, ...(reference && { reference }) };
}

/** Both tables for `lang`, with the rule that flags disagreement spelled out. */
export function toReportedTimesView(
  incident: Incident,
  articles: readonly Article[],
  lang: Lang,
): ReportedTimesView {
  const { t, formatDateTime, formatDuration } = useTranslations(lang);
  const toView = (row: ReportedTimeRow): ReportedTimeRowView => {
    const href = toSafeHref(row.url);
    return {
      outlet: row.outlet,
      lang: row.lang,
      langName: t(`lang.${row.lang}`),
      wording: row.wording,
      utc: formatDateTime(row.iso),
      iso: row.iso,
      approximate: row.approximate,
      disagrees: row.disagrees,
      ...(href && { href }),
    };
  };
  const span = (minutes: number) =>
    formatDuration(new Date(0).toISOString(), new Date(minutes * 60_000).toISOString());
  const starts = toReportedTimes(incident, articles, "start");
  return {
    starts: starts.rows.map(toView),
    ends: toReportedTimes(incident, articles, "end").rows.map(toView),
    note: t(
      starts.reference?.basis === "fact-sheet"
        ? "reported_times.note_fact_sheet"
        : "reported_times.note_median",
      { exact: span(TOLERANCE_MINUTES), approximate: span(APPROXIMATE_TOLERANCE_MINUTES) },
    ),
  };
}
