/** Fetches feeds over HTTP with Node's fetch (undici), politely and within hard limits. */
import { STATUS_CODES } from "node:http";
import type { FeedFetcher, FeedValidators, FetchResult } from "../definitions.ts";
import { FetchError } from "../definitions.ts";

/** Identifies the crawler to the outlets' logs, with a way to reach us. */
export const USER_AGENT = "OutageAtlas/0.1 (+https://github.com/outage-atlas; feed reader)";

const ACCEPT =
  "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5";

/** Limits of one fetch; tests shorten the timeout. */
export interface HttpFetchOptions {
  /** Per request, body read included. Default 20 s. */
  timeoutMs?: number;
  /** Decompressed body size cap. Default 15 MiB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const formatSeconds = (ms: number): string => `${Number((ms / 1000).toFixed(1))} s`;
const formatSize = (bytes: number): string =>
  bytes >= 1 << 20 ? `${Number((bytes / (1 << 20)).toFixed(1))} MiB` : `${bytes} bytes`;

function toFetchError(error: unknown, url: URL, timeoutMs: number): FetchError {
  if (error instanceof FetchError) return error;
  const name = (error as { name?: string } | undefined)?.name;
  if (name === "TimeoutError") return new FetchError(`no answer within ${formatSeconds(timeoutMs)}`);
  if (name === "AbortError") return new FetchError("cancelled");
  // undici wraps the socket error: TypeError("fetch failed", { cause: { code: "ENOTFOUND" } }).
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const code = cause?.code ?? "";
  const host = url.hostname;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new FetchError(`could not resolve host ${host}`);
  if (code === "ECONNREFUSED") return new FetchError(`${host} refused the connection`);
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET")
    return new FetchError(`${host} closed the connection`);
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") return new FetchError(`no network route to ${host}`);
  if (code === "UND_ERR_CONNECT_TIMEOUT" || code === "ETIMEDOUT") {
    return new FetchError(`could not connect to ${host} in time`);
  }
  if (/CERT|TLS|SSL|SELF_SIGNED/.test(code))
    return new FetchError(`secure connection to ${host} failed (${code})`);
  const detail = (cause?.message ?? (error instanceof Error ? error.message : String(error))).split("\n")[0];
  return new FetchError(`could not fetch from ${host}: ${detail}`);
}

async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new FetchError(`feed larger than ${formatSize(maxBytes)}`, response.status);
  if (Number(response.headers.get("content-length") ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    size += chunk.value.byteLength;
    // Content-Length may be absent or false (compressed, chunked): count what actually arrives.
    if (size > maxBytes) {
      await reader?.cancel();
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0);
  return bytes;
}

function requestHeaders(validators: FeedValidators): Record<string, string> {
  return {
    "user-agent": USER_AGENT,
    accept: ACCEPT,
    ...(validators.etag && { "if-none-match": validators.etag }),
    ...(validators.lastModified && { "if-modified-since": validators.lastModified }),
  };
}

/** A `FeedFetcher` for http(s) URLs: conditional GET, manual redirects (http/https only), hard limits. */
export function createHttpFeedFetcher(options: HttpFetchOptions = {}): FeedFetcher {
  const { timeoutMs = 20_000, maxBytes = 15 << 20, maxRedirects = 5 } = options;
  return {
    async fetchFeed(source, validators, signal): Promise<FetchResult> {
      let url = new URL(source.url);
      for (let redirects = 0; ; redirects += 1) {
        if (url.protocol !== "http:" && url.protocol !== "https:") {
          throw new FetchError(`redirected to ${url.protocol} address; only http(s) is followed`);
        }
        const timeout = AbortSignal.timeout(timeoutMs);
        try {
          const response = await fetch(url, {
            headers: requestHeaders(validators),
            redirect: "manual",
            signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
          });
          const status = response.status;
          const location = response.headers.get("location");
          if (REDIRECTS.has(status) && location) {
            await response.body?.cancel();
            if (redirects >= maxRedirects)
              throw new FetchError(`more than ${maxRedirects} redirects`, status);
            url = new URL(location, url);
            continue;
          }
          if (status === 304) {
            await response.body?.cancel();
            return { status: "not-modified", httpStatus: 304 };
          }
          if (status < 200 || status > 299) {
            await response.body?.cancel();
            const reason = response.statusText || STATUS_CODES[status] || "";
            throw new FetchError(`server answered ${status} ${reason}`.trim(), status);
          }
          const bytes = await readBody(response, maxBytes);
          const etag = response.headers.get("etag");
          const lastModified = response.headers.get("last-modified");
          const contentType = response.headers.get("content-type");
          return {
            status: "fetched",
            bytes,
            ...(contentType && { contentType }),
            httpStatus: status,
            validators: { ...(etag && { etag }), ...(lastModified && { lastModified }) },
            finalUrl: url.href,
          };
        } catch (error) {
          throw toFetchError(error, url, timeoutMs);
        }
      }
    },
  };
}
