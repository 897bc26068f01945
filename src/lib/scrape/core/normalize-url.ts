/** Canonical article URLs, so the same story reached through a tracked link is one article. */

// Analytics and campaign parameters that say how a reader arrived, not what they read.
const TRACKING_PARAMS = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "msclkid",
  "yclid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "ref",
  "ref_src",
  "xtor",
  "xtref",
  "at_medium",
  "at_campaign",
  "at_custom1",
  "at_custom2",
  "at_custom3",
  "at_custom4",
  "_ga",
  "_gl",
  "cmpid",
  "ocid",
  "ns_mchannel",
  "ns_source",
  "ns_campaign",
  "ns_linkname",
  "ns_fee",
]);

function isTracking(name: string): boolean {
  const key = name.toLowerCase();
  return key.startsWith("utm_") || key.startsWith("pk_") || TRACKING_PARAMS.has(key);
}

/**
 * Lowercases scheme and host (the URL parser does), drops the fragment and tracking parameters,
 * sorts the rest. Returns `undefined` for anything that is not an absolute http(s) URL.
 */
export function normalizeUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  url.hash = "";
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  // Stable sort by name keeps repeated parameters (`tag=a&tag=b`) in their meaningful order.
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.href;
}
