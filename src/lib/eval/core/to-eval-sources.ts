import { compareByCodePoint as compare } from "../../core/compare.ts";
import type { CorpusRecord } from "./corpus-record.ts";

/** One outlet of the corpus, as a feed to write and scrape. */
export interface EvalFeed {
  id: string;
  outlet: string;
  records: CorpusRecord[];
}

/** Groups records by outlet into feeds with unique registry-style ids, in a stable order. */
export function toEvalFeeds(records: readonly CorpusRecord[]): EvalFeed[] {
  const byOutlet = new Map<string, CorpusRecord[]>();
  for (const record of records) byOutlet.set(record.source, [...(byOutlet.get(record.source) ?? []), record]);
  const taken = new Set<string>();
  return [...byOutlet]
    .sort(([a], [b]) => compare(a, b))
    .map(([outlet, outletRecords]) => {
      const base = toSourceId(outlet);
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      return { id, outlet, records: outletRecords };
    });
}

function toSourceId(outlet: string): string {
  const ascii = outlet
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return ascii || "outlet";
}
