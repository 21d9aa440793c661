/* eslint-disable @typescript-eslint/no-explicit-any -- test responses are read loosely on purpose */
import { createApp } from '../src/http/app';
import type { Role } from '../src/core/team/accounts';
import { createAccount } from '../src/use-cases/team/accounts';
import type { TeamApiOptions } from '../src/http/team/team-gate';
import type { ApiServices } from '../src/http/services';
import type { TestDatabase } from './databases';

export const TEAM_PASSWORD = 'lighthouse vinegar tandem';
export const SESSION_POLICY = { idleMinutes: 30, maxHours: 12 };

export interface TeamResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * A team installation's app, called in-process as a browser would over https: every change
 * carries the request marker, and the session cookie is sent back as the browser would. It
 * works as the role a team installation serves as, which row-level security binds.
 */
export function createTeamApp(
  database: TestDatabase,
  extra: Partial<TeamApiOptions> = {},
  services: ApiServices = {},
) {
  const errors: unknown[] = [];
  const db = database.appHandle().db;
  const { app, api } = createApp({
    db,
    services,
    clock: database.clock,
    workspaceId: 'unused-in-team-mode',
    team: { sessions: SESSION_POLICY, clientAddress: () => '192.0.2.10', ...extra },
    logError: (e) => errors.push(e),
  });

  async function call<T = any>(
    method: string,
    path: string,
    options: { body?: unknown; cookie?: string; headers?: Record<string, string> } = {},
  ): Promise<TeamResponse<T>> {
    const headers: Record<string, string> = { 'x-rebound-request': '1', ...options.headers };
    if (options.cookie !== undefined) headers.cookie = options.cookie;
    const init: RequestInit = { method, headers };
    if (options.body !== undefined) {
      init.body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await app.request(`https://rebound.test${path}`, init);
    const text = await response.text();
    const json = (response.headers.get('content-type') ?? '').includes('json') && text !== '';
    return {
      status: response.status,
      body: (json ? JSON.parse(text) : text) as T,
      headers: response.headers,
    };
  }

  /** Signs in and returns the `Cookie` header the browser would send from then on. */
  async function signIn(email: string, password = TEAM_PASSWORD, cookie?: string) {
    const response = await call('POST', '/api/session', {
      body: { email, password },
      ...(cookie !== undefined && { cookie }),
    });
    if (response.status !== 200)
      throw new Error(`sign-in failed: ${JSON.stringify(response.body)}`);
    const set = response.headers.get('set-cookie') ?? '';
    return set.split(';')[0] as string;
  }

  /**
   * Creates an account (a seeker gets a workspace) and signs it in; its address is proven
   * unless `emailVerified` is false.
   */
  async function member(role: Role, name: string, { emailVerified = true } = {}) {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Math.random().toString(36).slice(2, 8)}@example.org`;
    const account = await createAccount(
      { db, clock: database.clock },
      { email, name, role, password: TEAM_PASSWORD, emailVerified },
    );
    return { account, email, cookie: await signIn(email) };
  }

  return { app, api, call, signIn, member, errors };
}
