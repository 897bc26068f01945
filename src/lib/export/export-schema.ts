/**
 * The public contract of `/api/incidents.json` and `npm run export`. Tools outside the project read
 * it: add fields only with care, never rename. Unknown fields are rejected so the shape stays exact.
 */
import { z } from "zod";
import { LANGS } from "../../config/locales.ts";
import { CAUSES } from "../definitions.ts";

const isoTime = z.iso.datetime({ offset: false });
const lang = z.enum(LANGS);
const cause = z.enum(CAUSES);
const countries = z.array(z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2 country code"));

/** One article as cited under an incident. */
export const exportIncidentArticleSchema = z.strictObject({
  url: z.url().nullable(),
  source: z.string().min(1),
  lang,
  title: z.string(),
  publishedAt: isoTime.nullable(),
});

/** One incident, with the coverage grouped into it. */
export const exportIncidentSchema = z.strictObject({
  id: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase kebab-case slug"),
  title: z.strictObject({ fr: z.string(), ar: z.string(), en: z.string() }),
  services: z.array(z.string()),
  countries,
  cause,
  startedAt: isoTime,
  endedAt: isoTime.nullable(),
  articles: z.array(exportIncidentArticleSchema),
});

/** One stored article, outage or not, with what the pipeline understood of it. */
export const exportArticleSchema = z.strictObject({
  url: z.url().nullable(),
  source: z.string().min(1),
  lang,
  isOutage: z.boolean(),
  incidentId: z.string().nullable(),
  services: z.array(z.string()),
  countries,
  cause,
  publishedAt: isoTime.nullable(),
});

/** The whole export document. */
export const exportSchema = z.strictObject({
  generatedAt: isoTime,
  incidents: z.array(exportIncidentSchema),
  articles: z.array(exportArticleSchema),
});

/** The export document, as written to `/api/incidents.json`. */
export type IncidentExport = z.infer<typeof exportSchema>;
