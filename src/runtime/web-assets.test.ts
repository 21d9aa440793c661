import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, webAssetsMiddleware } from './web-assets';

describe('serving the built web app', () => {
  let root: string;
  let app: Hono;
  const cwd = process.cwd();

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-web-'));
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Rebound</title>');
    fs.writeFileSync(path.join(root, 'assets/app-1a2b.js'), 'console.log("app")');
    fs.writeFileSync(path.join(root, 'assets/app-1a2b.js.gz'), zlib.gzipSync('console.log("app")'));
    const middleware = webAssetsMiddleware(root);
    if (!middleware) throw new Error('expected the middleware');
    app = new Hono();
    app.use('*', middleware);
    // The server may be started from any folder: an absolute root must not depend on it.
    process.chdir(os.tmpdir());
  });

  afterAll(() => {
    process.chdir(cwd);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('answers a client-side route with the page and its security policy', async () => {
    const response = await app.request('/contacts/con_123');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Rebound</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves hashed files to be cached for good, compressed when the browser accepts it', async () => {
    const response = await app.request('/assets/app-1a2b.js', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it('answers a missing file with 404, not with the page', async () => {
    const response = await app.request('/assets/gone-9z9z.js');
    expect(response.status).toBe(404);
  });

  it('serves nothing when there is no build', () => {
    expect(webAssetsMiddleware(path.join(root, 'nowhere'))).toBeUndefined();
  });
});
