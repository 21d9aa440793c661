import type { OpenAPIHono } from '@hono/zod-openapi';
import type { UseCaseDeps } from '../use-cases/deps';

/** What a request handler can reach: the use-case deps for the caller's workspace. */
export interface ApiEnv {
  Variables: { deps: UseCaseDeps };
}

export type ApiApp = OpenAPIHono<ApiEnv>;
