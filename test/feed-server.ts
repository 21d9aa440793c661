import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the server answers one path. */
export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Wait this long before answering (a slow server). */
  delayMs?: number;
  /** Answer 304 to a request carrying this ETag in If-None-Match. */
  etag?: string;
  /** Answer 304 to a request whose If-Modified-Since is this date or later. */
  lastModified?: string;
  /** Stream this many bytes of filler after the body (a huge answer), in 64 KB chunks. */
  fillerBytes?: number;
}

export interface RequestLog {
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface TestFeedServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  url(path: string): string;
  /** Sets (or replaces) what a path answers. */
  set(path: string, route: Route): void;
  /** Every request received, oldest first. */
  requests: RequestLog[];
  close(): Promise<void>;
}

function notModified(route: Route, req: http.IncomingMessage): boolean {
  if (route.etag !== undefined && req.headers['if-none-match'] === route.etag) return true;
  const since = req.headers['if-modified-since'];
  return (
    route.lastModified !== undefined &&
    since !== undefined &&
    Date.parse(since) >= Date.parse(route.lastModified)
  );
}

async function answer(route: Route, req: http.IncomingMessage, res: http.ServerResponse) {
  if (route.delayMs) await new Promise((resolve) => setTimeout(resolve, route.delayMs));
  if (res.destroyed) return;
  const validators = {
    ...(route.etag !== undefined && { etag: route.etag }),
    ...(route.lastModified !== undefined && { 'last-modified': route.lastModified }),
  };
  if (notModified(route, req)) {
    res.writeHead(304, validators).end();
    return;
  }
  res.writeHead(route.status ?? 200, { ...validators, ...route.headers });
  if (route.body !== undefined) res.write(route.body);
  let left = route.fillerBytes ?? 0;
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  // Written as the client reads, so a client that stops reading stops the flood.
  while (left > 0 && !res.destroyed) {
    const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
    left -= part.length;
    if (!res.write(part)) await new Promise((resolve) => res.once('drain', resolve));
  }
  res.end();
}

/**
 * A real HTTP server on 127.0.0.1 serving feeds and pages the tests write: every format,
 * broken and slow answers, huge bodies, redirects and conditional responses. Unknown paths 404.
 */
export async function startFeedServer(): Promise<TestFeedServer> {
  const routes = new Map<string, Route>();
  const requests: RequestLog[] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path, headers: req.headers });
    const route = routes.get(path) ?? { status: 404, body: 'Not found' };
    answer(route, req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => `${origin}${path}`,
    set: (path, route) => routes.set(path, route),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const XML = { 'content-type': 'application/xml; charset=utf-8' };
export const RSS = { 'content-type': 'application/rss+xml; charset=utf-8' };
export const ATOM = { 'content-type': 'application/atom+xml; charset=utf-8' };
export const JSON_FEED = { 'content-type': 'application/feed+json; charset=utf-8' };
export const HTML = { 'content-type': 'text/html; charset=utf-8' };
