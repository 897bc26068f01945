import type { APIRoute } from "astro";
import { exportSchema } from "../../lib/export/export-schema.ts";
import { toExport } from "../../lib/export/core/to-export.ts";
import { readSiteData } from "../../site/data.ts";

/**
 * `/api/incidents.json`: every incident and every stored article (CC BY 4.0). Validated before it is
 * written, so a build never publishes an export that breaks its own schema.
 */
export const GET: APIRoute = () => {
  const { incidents, articles, now } = readSiteData();
  const document = exportSchema.parse(toExport({ incidents, articles, generatedAt: now }));
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
