/** Reads bundled or offline feeds from disk, for file-path sources of the registry. */
import { readFile, stat } from "node:fs/promises";
import type { FeedFetcher } from "../definitions.ts";
import { FetchError } from "../definitions.ts";

/** A `FeedFetcher` for file paths; files larger than `maxBytes` (default 15 MiB) are refused. */
export function createFileFeedFetcher(options: { maxBytes?: number } = {}): FeedFetcher {
  const { maxBytes = 15 << 20 } = options;
  return {
    async fetchFeed(source, _validators, signal) {
      try {
        if ((await stat(source.url)).size > maxBytes)
          throw new FetchError(`file larger than ${maxBytes} bytes`);
        const bytes = new Uint8Array(await readFile(source.url, signal ? { signal } : {}));
        // A file read that worked is recorded as the 200 it would have been over HTTP. Its path is no
        // base for relative links, so only absolute links inside it survive.
        return { status: "fetched", bytes, httpStatus: 200, validators: {}, finalUrl: source.url };
      } catch (error) {
        if (error instanceof FetchError) throw error;
        const code = (error as { code?: string }).code;
        if (code === "ENOENT") throw new FetchError(`no file at ${source.url}`);
        throw new FetchError(`could not read ${source.url}: ${(error as Error).message.split("\n")[0]}`);
      }
    },
  };
}
