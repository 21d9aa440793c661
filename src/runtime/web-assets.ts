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

/** Serves the built web app, falling back to index.html for client-side routes; none if not built. */
export function webAssetsMiddleware(): MiddlewareHandler | undefined {
  const root = webAssetsDir();
  if (root === '') return undefined;
  const relativeRoot = path.relative(process.cwd(), root) || '.';
  const files = serveStatic({ root: relativeRoot });
  const index = serveStatic({ root: relativeRoot, path: 'index.html' });
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    return files(c, async () => {
      await index(c, next);
    });
  };
}
