import type { Lang } from "../definitions.ts";

/** `news` outlets report on outages; `status` feeds are a provider's own account of its incidents. */
export type SourceKind = "news" | "status";

/** One entry of `content/sources.yaml`, validated and resolved. */
export interface FeedSource {
  id: string;
  name: string;
  /** An http(s) URL, or an absolute file path (relative paths are resolved against the yaml). */
  url: string;
  lang?: Lang;
  country?: string;
  kind: SourceKind;
  /** Overrides whatever charset the feed declares: some feeds lie. */
  charset?: string;
  enabled: boolean;
  /**
   * For a status feed: the gazetteer ids of the services it speaks for. Its items rarely name the
   * provider ("Elevated API errors"), so this is how they join the right incident.
   */
  services?: string[];
}
