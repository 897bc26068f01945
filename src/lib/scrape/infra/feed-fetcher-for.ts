/** Chooses how each registry entry is fetched: over HTTP, or from disk. */
import type { FeedSource } from "../../sources/definitions.ts";
import { isHttpUrl } from "../../sources/core/parse-registry.ts";
import type { FeedFetcher } from "../definitions.ts";
import { createFileFeedFetcher } from "./file-feed-fetcher.ts";
import type { HttpFetchOptions } from "./http-feed-fetcher.ts";
import { createHttpFeedFetcher } from "./http-feed-fetcher.ts";

/** A fetcher chooser for `runScrape`: http(s) URLs go to the network, other locations are file paths. */
export function feedFetcherFor(options: HttpFetchOptions = {}): (source: FeedSource) => FeedFetcher {
  const http = createHttpFeedFetcher(options);
  const file = createFileFeedFetcher(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
  return (source) => (isHttpUrl(source.url) ? http : file);
}
