import type { EvalScore, Prf } from "./score.ts";

/** The evaluation as a short text report: headline figures, then the errors to read. */
export function formatEvalReport(score: EvalScore): string {
  const prf = (label: string, value: Prf) =>
    `${label.padEnd(26)} P ${fixed(value.precision)}  R ${fixed(value.recall)}  F1 ${fixed(value.f1)}`;
  const lines = [
    `records: ${score.records}${score.missing.length > 0 ? ` (${score.missing.length} never stored: ${score.missing.join(", ")})` : ""}`,
    prf("outage classification", score.classification),
    prf(`grouping (BCubed, ${score.grouping.articles})`, score.grouping),
    `${"language accuracy".padEnd(26)} ${fixed(score.languageAccuracy)}`,
  ];
  if (score.misclassified.length > 0) {
    lines.push("", "misclassified:");
    score.misclassified.forEach((m) =>
      lines.push(`  ${m.id} [${m.label}] predicted ${m.predicted ? "outage" : "not an outage"}`),
    );
  }
  if (score.mixed.length > 0) {
    lines.push("", "predicted incidents mixing labels:");
    score.mixed.forEach((m) => lines.push(`  ${m.incident}: ${tally(m.labels)}`));
  }
  if (score.split.length > 0) {
    lines.push("", "labels split across incidents:");
    score.split.forEach((s) => lines.push(`  ${s.label}: ${tally(s.clusters)}`));
  }
  return lines.join("\n");
}

function fixed(value: number): string {
  return value.toFixed(3);
}

function tally(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([key, n]) => `${key} ×${n}`)
    .join(", ");
}
