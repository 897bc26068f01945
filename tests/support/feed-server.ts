import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

/** Where the fixture feeds live. */
export const FEEDS_DIR = "tests/fixtures/feeds";

/** A route answering with a fixture file, its content type and any extra headers. */
export function serveFeed(
  file: string,
  contentType: string,
  headers: Record<string, string> = {},
): RequestListener {
  return (_request, response) => {
    response.writeHead(200, { "content-type": contentType, ...headers });
    response.end(readFileSync(join(FEEDS_DIR, file)));
  };
}

/** A real HTTP server on 127.0.0.1 answering by path; unknown paths get a 404. */
export interface FeedServer {
  origin: string;
  /** Every request received, in order. */
  requests: IncomingMessage[];
  close(): Promise<void>;
}

/** Starts a feed server on a free loopback port. */
export async function startFeedServer(routes: Record<string, RequestListener>): Promise<FeedServer> {
  const requests: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    requests.push(request);
    const route = routes[new URL(request.url ?? "/", "http://localhost").pathname];
    if (route) return route(request, response);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: async () => {
      // Stalled test routes never answer: cut their connections rather than wait.
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
