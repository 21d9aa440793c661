import type { OpenAPIHono } from '@hono/zod-openapi';
import type { UseCaseDeps } from '../use-cases/deps';
import type { ApiServices } from './services';

/**
 * What a request handler can reach: the use-case deps for the caller's workspace, services, and
 * this server's own origin as the browser sees it (for links it hands out).
 */
export interface ApiEnv {
  Variables: { deps: UseCaseDeps; services: ApiServices; origin: string };
}

export type ApiApp = OpenAPIHono<ApiEnv>;
