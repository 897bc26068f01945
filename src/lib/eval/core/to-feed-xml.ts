import type { CorpusRecord } from "./corpus-record.ts";

/**
 * Writes corpus records as the RSS 2.0 feed their outlet would have served, so evaluation runs
 * them through the real decode → parse → sanitise → understand path. The feed declares no
 * language: detection is part of what is measured.
 */
export function toFeedXml(outlet: string, records: readonly CorpusRecord[]): string {
  const items = records.map((record) =>
    [
      "    <item>",
      record.title === null ? "" : `      <title>${escapeXml(record.title)}</title>`,
      `      <link>${escapeXml(record.url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(record.url)}</guid>`,
      toPubDate(record.published),
      `      <description>${escapeXml(record.text)}</description>`,
      "    </item>",
    ]
      .filter((line) => line !== "")
      .join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0">',
    "  <channel>",
    `    <title>${escapeXml(outlet)}</title>`,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}

/**
 * A date-only publication is placed at midday UTC, the middle of the day whatever the outlet's
 * zone, and a date-time without a zone is taken as UTC; a record without any date gets no pubDate,
 * as an undated feed item would.
 */
function toPubDate(published: string | null): string {
  if (published === null) return "";
  // A date-time without a zone is read as UTC: never as the machine's own zone.
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(published)
    ? `${published}T12:00:00Z`
    : /(Z|[+-]\d{2}:?\d{2})$/.test(published)
      ? published
      : `${published}Z`;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? "" : `      <pubDate>${new Date(time).toUTCString()}</pubDate>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
