import type { Lang } from "../../../config/locales.ts";
import { compareByCodePoint as compare } from "../../core/compare.ts";
import { NOT_AN_OUTAGE, type CorpusRecord } from "./corpus-record.ts";

/** What the pipeline made of one record. Missing when the record never became an article. */
export interface Prediction {
  lang: Lang;
  isOutage: boolean;
  /** The incident it was grouped into, if any. */
  incidentId?: string;
  incidentSlug?: string;
}

/** Precision, recall and their harmonic mean. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Everything an evaluation run reports. */
export interface EvalScore {
  records: number;
  missing: string[];
  classification: Prf & { truePositives: number; falsePositives: number; falseNegatives: number };
  grouping: Prf & { articles: number };
  languageAccuracy: number;
  /** Predicted incidents whose articles carry more than one label. */
  mixed: { incident: string; labels: Record<string, number> }[];
  /** Labels whose articles ended up in more than one cluster. */
  split: { label: string; clusters: Record<string, number> }[];
  /** Records misclassified, with their label. */
  misclassified: { id: string; label: string; predicted: boolean }[];
}

/**
 * Scores a run against the labels: outage classification over all records; BCubed over the records
 * labelled with an incident, a record not grouped counting as a cluster of its own.
 */
export function scoreRun(
  records: readonly CorpusRecord[],
  predictions: ReadonlyMap<string, Prediction>,
): EvalScore {
  const missing = records.filter((r) => !predictions.has(r.id)).map((r) => r.id);
  const scored = records.flatMap((record) => {
    const prediction = predictions.get(record.id);
    return prediction ? [{ record, prediction }] : [];
  });

  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misclassified: EvalScore["misclassified"] = [];
  for (const { record, prediction } of scored) {
    const actual = record.incident !== NOT_AN_OUTAGE;
    if (actual && prediction.isOutage) tp++;
    else if (!actual && prediction.isOutage) fp++;
    else if (actual && !prediction.isOutage) fn++;
    if (actual !== prediction.isOutage) {
      misclassified.push({ id: record.id, label: record.incident, predicted: prediction.isOutage });
    }
  }

  const labelled = scored
    .filter(({ record }) => record.incident !== NOT_AN_OUTAGE)
    .map(({ record, prediction }) => ({
      id: record.id,
      gold: record.incident,
      predicted: (prediction.isOutage && prediction.incidentSlug) || `(alone) ${record.id}`,
    }));

  return {
    records: records.length,
    missing,
    classification: { ...toPrf(tp, fp, fn), truePositives: tp, falsePositives: fp, falseNegatives: fn },
    grouping: { ...bcubed(labelled), articles: labelled.length },
    languageAccuracy: ratio(
      scored.filter(({ record, prediction }) => record.lang === prediction.lang).length,
      scored.length,
    ),
    mixed: tallyBy(labelled, "predicted", "gold")
      .filter(([, labels]) => Object.keys(labels).length > 1)
      .map(([incident, labels]) => ({ incident, labels })),
    split: tallyBy(labelled, "gold", "predicted")
      .filter(([, clusters]) => Object.keys(clusters).length > 1)
      .map(([label, clusters]) => ({ label, clusters })),
    misclassified,
  };
}

/** BCubed precision and recall: per item, how much of its predicted cluster shares its label, and the reverse. */
export function bcubed(items: readonly { gold: string; predicted: string }[]): Prf {
  if (items.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const count = (key: (item: { gold: string; predicted: string }) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return counts;
  };
  const byGold = count((item) => item.gold);
  const byPredicted = count((item) => item.predicted);
  const byBoth = count((item) => `${item.gold}\u0000${item.predicted}`);
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const both = byBoth.get(`${item.gold}\u0000${item.predicted}`) ?? 0;
    precision += both / (byPredicted.get(item.predicted) ?? 1);
    recall += both / (byGold.get(item.gold) ?? 1);
  }
  return withF1(precision / items.length, recall / items.length);
}

function toPrf(tp: number, fp: number, fn: number): Prf {
  return withF1(ratio(tp, tp + fp), ratio(tp, tp + fn));
}

function withF1(precision: number, recall: number): Prf {
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function tallyBy<T extends Record<K, string>, K extends string>(
  items: readonly T[],
  group: K,
  tally: K,
): [string, Record<string, number>][] {
  const tallies = new Map<string, Record<string, number>>();
  for (const item of items) {
    const entry = tallies.get(item[group]) ?? {};
    entry[item[tally]] = (entry[item[tally]] ?? 0) + 1;
    tallies.set(item[group], entry);
  }
  return [...tallies].sort(([a], [b]) => compare(a, b));
}
