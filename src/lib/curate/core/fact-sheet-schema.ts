import { z } from "zod";
import { LANGS } from "../../../config/locales.ts";
import { CAUSES } from "../../definitions.ts";
import type { FactSheet } from "../definitions.ts";

/** Text in fr, ar and en, none empty. */
export const localized = z.strictObject({
  fr: z.string().min(1),
  ar: z.string().min(1),
  en: z.string().min(1),
});
/** A date or date-time as UTC ISO text. YAML reads unquoted timestamps as Date objects: both are accepted. */
export const utcTime = z
  .union([z.date(), z.string()])
  .transform((value) => (value instanceof Date ? value : new Date(value)))
  .refine((date) => !Number.isNaN(date.getTime()), "must be an ISO date or date-time")
  .transform((date) => date.toISOString());

/** An incident slug: the start day, then words. */
export const incidentSlug = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(-[a-z0-9]+)+$/, "must look like 2021-10-04-facebook-whatsapp");

const sorted = (ids: string[]) => [...ids].sort();

const coverageLink = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  outlet: z.string().min(1),
  lang: z.enum(LANGS),
  publishedAt: utcTime.optional(),
  official: z.boolean().default(false),
  title: z.string().min(1).optional(),
});

/** Schema of one fact sheet file. */
export const factSheetSchema = z.strictObject({
  slug: incidentSlug,
  title: localized,
  summary: localized,
  services: z
    .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/))
    .default([])
    .transform(sorted),
  countries: z
    .array(z.string().regex(/^[A-Z]{2}$/))
    .default([])
    .transform(sorted),
  cause: z.enum(CAUSES),
  startedAt: utcTime,
  startPrecision: z.enum(["minute", "hour", "day"]).default("minute"),
  endedAt: utcTime.optional(),
  coverage: z.array(coverageLink).default([]),
});

/** Validates a parsed fact sheet; the error is one line naming the file and the field. */
export function parseFactSheet(data: unknown, file: string): FactSheet {
  const result = factSheetSchema.safeParse(data);
  if (result.success) return result.data as FactSheet;
  const [issue] = result.error.issues;
  const where = issue && issue.path.length > 0 ? issue.path.join(".") : "(file)";
  throw new Error(`${file}: ${where}: ${issue?.message ?? "invalid fact sheet"}`);
}
