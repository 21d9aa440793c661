/* eslint-disable @typescript-eslint/no-explicit-any -- test responses are read loosely on purpose */
import { createApp } from '../src/http/app';
import type { TestDatabase } from './databases';

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the real Hono app in-process, as a browser or curl would over HTTP. */
export async function createTestClient(database: TestDatabase, workspaceId = 'ws_http') {
  const deps = await database.deps(workspaceId);
  const errors: unknown[] = [];
  const { app } = createApp({ ...deps, logError: (e) => errors.push(e) });
  async function call<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    // As the web app does: every change is marked, which a form on another site cannot do.
    const init: RequestInit = { method, headers: { 'x-rebound-request': '1', ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const response = await app.request(path, init);
    const text = await response.text();
    let parsed: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text !== '')
      parsed = JSON.parse(text);
    return { status: response.status, body: parsed as T, headers: response.headers };
  }
  return {
    app,
    deps,
    /** Unexpected errors the API logged (each would have been a 500). */
    errors,
    get: <T = any>(path: string) => call<T>('GET', path),
    post: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) =>
      call<T>('POST', path, body ?? {}, headers),
    patch: <T = any>(path: string, body: unknown) => call<T>('PATCH', path, body),
    delete: <T = any>(path: string) => call<T>('DELETE', path),
    call,
  };
}
