import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MiddlewareHandler } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

/** The built web app, next to the server bundle in dist/web. */
export function webAssetsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // From src/runtime in development and from dist/ once bundled.
  for (const candidate of [path.resolve(here, 'web'), path.resolve(here, '../../dist/web')]) {
    if (fs.existsSync(path.join(candidate, 'index.html'))) return candidate;
  }
  return '';
}

/**
 * Everything the page loads comes from this server; Mantine sets inline styles, so styles may be
 * inline, but scripts may not, which keeps an injected `<script>` in imported data inert.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** A request for a file (it has an extension) rather than for a page of the app. */
const FILE_PATH = /\/[^/]+\.[a-z0-9]+$/i;

/**
 * Serves the built web app from `root` (absolute, so the server can run from any folder):
 * hashed files under /assets are cached for good, pages fall back to index.html so client-side
 * routes survive a reload, and a missing file is a 404 rather than the page.
 */
export function webAssetsMiddleware(root: string = webAssetsDir()): MiddlewareHandler | undefined {
  if (root === '' || !fs.existsSync(path.join(root, 'index.html'))) return undefined;
  const files = serveStatic({ root, precompressed: true });
  const index = serveStatic({ root, path: 'index.html', precompressed: true });
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    c.header('X-Content-Type-Options', 'nosniff');
    if (!FILE_PATH.test(c.req.path) || c.req.path === '/index.html') {
      c.header('Cache-Control', 'no-cache');
      c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      c.header('Referrer-Policy', 'no-referrer');
      return index(c, next);
    }
    const hashed = c.req.path.startsWith('/assets/');
    c.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    return files(c, next);
  };
}
