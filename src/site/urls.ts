/**
 * The site's URL scheme in one place. Paths inside a locale carry no leading slash and end with one
 * (`incidents/2021-10-04-whatsapp/`) so the same path can be put under every locale.
 */
import type { Lang } from "../config/locales.ts";

/** Where the JSON export is published. */
export const EXPORT_PATH = "/api/incidents.json";

/** A page path inside a locale: `/ar/` + `archive/2021/`. */
export function toLocalePath(lang: Lang, path = ""): string {
  return `/${lang}/${path}`;
}

/** An absolute URL for a root-relative path, against the configured site. */
export function toAbsoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}

/** Locale-less page paths of the URL scheme (kept stable: links and tools rely on it). */
export const PATHS = {
  home: "",
  archive: "archive/",
  sources: "sources/",
  about: "about/",
  feed: "rss.xml",
  incident: (slug: string) => `incidents/${slug}/`,
  service: (id: string) => `services/${id}/`,
  serviceFeed: (id: string) => `services/${id}/rss.xml`,
  archiveYear: (year: number) => `archive/${year}/`,
};

/** An http(s) URL as given, else undefined: feed links are untrusted and may be `javascript:`. */
export function toSafeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}
