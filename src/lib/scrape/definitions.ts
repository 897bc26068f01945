/** Types and ports of the scrape stage: fetching a feed and the items read from it. */
import type { Lang } from "../definitions.ts";
import type { FeedSource } from "../sources/definitions.ts";

/** HTTP validators sent back on the next request for a conditional GET. */
export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

/** What one fetch of a feed gave: its bytes, or "nothing changed since last time". */
export type FetchResult =
  | {
      status: "fetched";
      bytes: Uint8Array;
      contentType?: string;
      httpStatus: number;
      validators: FeedValidators;
      /** Where the feed was read after redirects: the base for its relative links. */
      finalUrl: string;
    }
  | { status: "not-modified"; httpStatus: 304 };

/** Fetches one source's feed (over HTTP, or from disk for bundled feeds). */
export interface FeedFetcher {
  fetchFeed(source: FeedSource, validators: FeedValidators, signal?: AbortSignal): Promise<FetchResult>;
}

/** A fetch that failed, with a one-line message a non-developer understands. */
export class FetchError extends Error {
  override name = "FetchError";
  readonly httpStatus?: number;

  constructor(message: string, httpStatus?: number) {
    super(message);
    if (httpStatus !== undefined) this.httpStatus = httpStatus;
  }
}

/** One entry of a feed, decoded, sanitised and normalised. */
export interface FeedItem {
  guid?: string;
  /** Absolute http(s) URL of the article. */
  url?: string;
  title: string;
  /** Sanitised HTML, safe to render. */
  summaryHtml: string;
  /** Plain text of the summary. */
  text: string;
  /** UTC ISO-8601. */
  publishedAt?: string;
  /** Declared by the feed (channel or item), when it is one of the site's languages. */
  lang?: Lang;
}
