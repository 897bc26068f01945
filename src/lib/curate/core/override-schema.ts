import { z } from "zod";
import { CAUSES } from "../../definitions.ts";
import type { Override } from "../definitions.ts";
import { incidentSlug, localized, utcTime } from "./fact-sheet-schema.ts";

const reason = z.string().min(1).optional();

const PINNABLE = ["cause", "startedAt", "startPrecision", "endedAt", "title"] as const;

const pinnedFacts = z
  .strictObject({
    slug: incidentSlug,
    cause: z.enum(CAUSES).optional(),
    startedAt: utcTime.optional(),
    startPrecision: z.enum(["minute", "hour", "day"]).optional(),
    endedAt: utcTime.optional(),
    title: localized.optional(),
  })
  .refine(
    (set) => PINNABLE.some((field) => set[field] !== undefined),
    `must set at least one of ${PINNABLE.join(", ")}`,
  )
  .refine((set) => !set.startedAt || !set.endedAt || set.endedAt >= set.startedAt, {
    message: "must not be before startedAt",
    path: ["endedAt"],
  });

/** One schema per kind of entry; an entry holds exactly one of these keys. */
const ENTRY_SCHEMAS = {
  merge: z.strictObject({
    merge: z.array(incidentSlug).min(2, "must name at least two incidents"),
    reason,
  }),
  split: z.strictObject({
    split: z.strictObject({
      from: incidentSlug,
      slug: incidentSlug,
      articles: z.array(z.string().min(1)).min(1, "must name at least one article"),
    }),
    reason,
  }),
  rename: z.strictObject({ rename: z.strictObject({ slug: incidentSlug, to: incidentSlug }), reason }),
  set: z.strictObject({ set: pinnedFacts, reason }),
};
type Kind = keyof typeof ENTRY_SCHEMAS;
const KINDS = Object.keys(ENTRY_SCHEMAS) as Kind[];

/**
 * Validates a parsed `overrides.yaml` (an empty file means none). A bad entry throws one line naming
 * the file, the entry's index and the field.
 */
export function parseOverrides(data: unknown, file: string): Override[] {
  if (data === null || data === undefined) return [];
  const top = z.strictObject({ overrides: z.array(z.unknown()).nullable().default([]) }).safeParse(data);
  if (!top.success) throw toError(file, top.error, []);
  return (top.data.overrides ?? []).map((entry, index) => parseEntry(entry, file, ["overrides", index]));
}

function parseEntry(entry: unknown, file: string, at: (string | number)[]): Override {
  const kinds = entry && typeof entry === "object" ? KINDS.filter((kind) => kind in entry) : [];
  const [kind] = kinds;
  if (kinds.length !== 1 || !kind) {
    throw new Error(`${file}: ${at.join(".")}: must have exactly one of ${KINDS.join(", ")}`);
  }
  const result = ENTRY_SCHEMAS[kind].safeParse(entry);
  if (!result.success) throw toError(file, result.error, at);
  return toOverride(result.data);
}

type Entry = { [K in Kind]: z.output<(typeof ENTRY_SCHEMAS)[K]> }[Kind];

function toOverride(entry: Entry): Override {
  const why = entry.reason === undefined ? {} : { reason: entry.reason };
  if ("merge" in entry) return { kind: "merge", slugs: entry.merge, ...why };
  if ("split" in entry) return { kind: "split", ...entry.split, ...why };
  if ("rename" in entry) return { kind: "rename", ...entry.rename, ...why };
  const { slug, ...facts } = entry.set;
  return { kind: "set", slug, facts, ...why };
}

function toError(file: string, error: z.ZodError, at: (string | number)[]): Error {
  const [issue] = error.issues;
  const where = [...at, ...(issue?.path ?? [])].map(String).join(".") || "(file)";
  return new Error(`${file}: ${where}: ${issue?.message ?? "invalid override"}`);
}
