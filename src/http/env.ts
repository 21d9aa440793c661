import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Account } from '../core/team/accounts';
import type { UseCaseDeps } from '../use-cases/deps';
import type { ApiServices } from './services';

/**
 * What a request handler can reach: the use-case deps for the caller's workspace, services, and
 * this server's own origin as the browser sees it (for links it hands out).
 */
export interface ApiEnv {
  Variables: {
    deps: UseCaseDeps;
    services: ApiServices;
    origin: string;
    /** Who is signed in, in a team installation; null in local mode and on public operations. */
    account: Account | null;
  };
}

export type ApiApp = OpenAPIHono<ApiEnv>;
