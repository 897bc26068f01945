import { z } from "zod";
import { LANGS } from "../../../config/locales.ts";

/** Label of records that are not outage reports (hard negatives). */
export const NOT_AN_OUTAGE = "none";

/** One labelled article of an evaluation corpus (the format of `shared/corpus/dev.jsonl`). */
export const corpusRecordSchema = z.object({
  id: z.string().min(1),
  lang: z.enum(LANGS),
  url: z.url(),
  source: z.string().min(1),
  title: z.string().nullable(),
  text: z.string(),
  /** ISO date or date-time, or null. */
  published: z.string().nullable(),
  incident: z.string().min(1),
});

/** A labelled corpus article. */
export type CorpusRecord = z.infer<typeof corpusRecordSchema>;

/** Parses a JSONL corpus; a bad line fails with one line naming the line number and the field. */
export function parseCorpus(jsonl: string, file: string): CorpusRecord[] {
  return jsonl.split("\n").flatMap((line, index) => {
    if (line.trim() === "") return [];
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${index + 1}: not valid JSON`);
    }
    const result = corpusRecordSchema.safeParse(data);
    if (result.success) return [result.data];
    const [issue] = result.error.issues;
    throw new Error(`${file}:${index + 1}: ${issue?.path.join(".") || "(record)"}: ${issue?.message}`);
  });
}
