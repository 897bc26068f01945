/** The sources page: each source's health as the last fetch left it. */
import type { Lang } from "../../config/locales.ts";
import type { SourceHealth } from "../../lib/store/sqlite-source-store.ts";
import { useTranslations } from "../../i18n/index.ts";
import { toSafeHref } from "../urls.ts";
import type { SourceRowView } from "./definitions.ts";
import { toCleanText } from "./text.ts";

const STATUS_KINDS = ["ok", "not-modified", "failed"] as const;

function toStatusKind(status: string | undefined): SourceRowView["statusKind"] {
  return STATUS_KINDS.find((kind) => kind === status) ?? "unknown";
}

/** One row per fetched source, in the store's order (by id); the curated archive is not fetched. */
export function toSourceRows(sources: readonly SourceHealth[], lang: Lang): SourceRowView[] {
  const { t, formatDateTime, formatNumber } = useTranslations(lang);
  return sources
    .filter((source) => source.kind !== "archive")
    .map((source) => {
      const statusKind = toStatusKind(source.lastStatus);
      const href = toSafeHref(source.url);
      return {
        id: source.id,
        name: toCleanText(source.name),
        ...(href && { href }),
        kind: t(source.kind === "status" ? "sources.kind_status" : "sources.kind_news"),
        lastFetch: source.lastFetchedAt ? formatDateTime(source.lastFetchedAt) : t("sources.never"),
        ...(source.lastFetchedAt && { lastFetchIso: source.lastFetchedAt }),
        status: t(`sources.status_${statusKind}`),
        statusKind,
        ...(source.consecutiveFailures > 0 && {
          failures: t("sources.failures", { count: source.consecutiveFailures }),
        }),
        ...(source.lastError && { lastError: toCleanText(source.lastError) }),
        articles: formatNumber(source.articleCount),
      };
    });
}
