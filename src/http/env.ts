import type { OpenAPIHono } from '@hono/zod-openapi';
import type { UseCaseDeps } from '../use-cases/deps';
import type { ApiServices } from './services';

/** What a request handler can reach: the use-case deps for the caller's workspace, and services. */
export interface ApiEnv {
  Variables: { deps: UseCaseDeps; services: ApiServices };
}

export type ApiApp = OpenAPIHono<ApiEnv>;
