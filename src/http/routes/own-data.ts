import { createRoute } from '@hono/zod-openapi';
import { deleteOwnData } from '../../use-cases/team/own-data';
import type { ApiApp } from '../env';
import { errorResponses } from '../route-helpers';
import { clearSessionCookie } from '../team/session-cookie';
import { signedIn } from './team';

/**
 * What a seeker removed from the organisation does with their data: export it (the workspace
 * export routes, open to them) or delete it here. Mounted in team mode only.
 */
export function registerOwnDataRoutes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/team/own-data',
      tags: ['Team'],
      summary:
        'Delete your workspace, everything in it and your account, once an admin has removed you; export it first',
      responses: {
        204: { description: 'Deleted; the session is over and nothing of yours is kept' },
        ...errorResponses(401, 403, 409),
      },
    }),
    async (c) => {
      await deleteOwnData(c.var.deps, { account: signedIn(c) });
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );
}
