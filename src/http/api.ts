import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { AppError, isAppError } from '../core/app-error';
import { importTooLargeError, MAX_IMPORT_BYTES } from '../core/import-limits';
import { validationErrorFrom } from '../core/validation';
import type { Clock } from '../use-cases/deps';
import type { Db } from '../storage/database';
import type { ApiApp, ApiEnv } from './env';
import { errorResponse, INTERNAL_ERROR, routeNotFound } from './errors';
import { ownOrigin } from './request-origin';
import { jsonResponse } from './route-helpers';
import { registerApplicationRoutes } from './routes/applications';
import { registerArticleRoutes } from './routes/articles';
import { registerFeedRoutes } from './routes/feeds';
import { registerCoachRoutes } from './routes/coach';
import { registerContactRoutes } from './routes/contacts';
import { registerDemoRoutes } from './routes/demo';
import { registerFederalRoutes } from './routes/federal';
import { registerInteractionRoutes } from './routes/interactions';
import { registerInterviewRoutes } from './routes/interviews';
import { registerMessageRoutes } from './routes/messages';
import { registerBackupRoutes } from './routes/backups';
import { registerMailRoutes } from './routes/mail';
import { registerPortabilityRoutes } from './routes/portability';
import { registerAgendaRoutes } from './routes/agenda';
import { registerInboxRoutes } from './routes/inbox';
import { registerInsightsRoutes } from './routes/insights';
import { registerLetterRoutes } from './routes/letters';
import { registerPacingRoutes } from './routes/pacing';
import { registerPracticeRoutes } from './routes/practice';
import { registerWinRoutes } from './routes/wins';
import { registerRecoveryRoutes } from './routes/recovery';
import { registerSettingsRoutes } from './routes/settings';
import { registerTaskRoutes } from './routes/tasks';
import { registerTransferRoutes } from './routes/transfer';
import type { ApiServices } from './services';
import { registerCoachingRoutes } from './routes/coaching';
import { registerSharingRoutes } from './routes/sharing';
import { registerOwnDataRoutes } from './routes/own-data';
import { registerDigestPreferenceRoutes } from './routes/digest-preferences';
import { registerPendingInvitationRoutes } from './routes/invitations';
import { registerTeamRoutes } from './routes/team';
import { registerTeamMeRoute } from './routes/team-me';
import { teamGate, type TeamApiOptions } from './team/team-gate';

export interface ApiOptions {
  db: Db;
  clock: Clock;
  /** The workspace every request works in (one per local install; unused in team mode). */
  workspaceId: string;
  /**
   * A team installation: every operation is checked against the access policy, and works in
   * the workspace it allows. Unset: local mode, one person, no sign-in.
   */
  team?: TeamApiOptions;
  /** Where unexpected errors are reported; they reach the client only as a generic 500. */
  logError?: (error: unknown) => void;
  /** Mail, backups and the web fetcher, provided by the runtime; routes say so when one is missing. */
  services?: ApiServices;
  /** Read the public scheme and host from a reverse proxy's `X-Forwarded-…` headers. */
  trustProxy?: boolean;
}

/** Request bodies above this are refused with 413 before they are read (imports: see core). */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Federal routes carry a résumé file as base64 or a saved announcement page. 16 MB holds a file
 * well past the 5 MB USAJOBS takes, so an oversized résumé gets its finding rather than a refusal.
 */
export const MAX_FEDERAL_BODY_BYTES = 16 * 1024 * 1024;

export const API_INFO = {
  title: 'Rebound API',
  version: '1.0.0',
  description:
    'Applications, interviews, contacts, interactions, the recovery after a rejection, insights ' +
    'across rejections, the practice deck, reading (sources, articles and suggestions to share), ' +
    'private letters, wins and a weekly rhythm. ' +
    'Every error has the shape {"error":{"code","message","field"}}.',
};

/** Hono's own 4xx failures (unreadable JSON, wrong media type) in the API's error shape. */
function fromHttpException(error: HTTPException): AppError {
  if (error.status === 415) {
    return new AppError(
      'unsupported_media_type',
      'body: send JSON with the header Content-Type: application/json',
      { field: 'body' },
    );
  }
  if (error.status === 413) {
    return new AppError('payload_too_large', 'body: the request is too large', { field: 'body' });
  }
  const message = /malformed json/i.test(error.message) ? 'is not valid JSON' : error.message;
  return AppError.validation('body', message);
}

/** The JSON API, mounted under /api by the app. */
export function createApi(options: ApiOptions): ApiApp {
  const app = new OpenAPIHono<ApiEnv>({
    defaultHook: (result, c) => {
      if (result.success) return undefined;
      const contentType = c.req.header('content-type') ?? '';
      if (result.target === 'json' && !/json/i.test(contentType)) {
        return errorResponse(
          c,
          AppError.validation('body', 'send JSON with the header Content-Type: application/json'),
        );
      }
      return errorResponse(c, validationErrorFrom(result.error));
    },
  });

  app.use('*', async (c, next) => {
    if (!options.team) {
      c.set('deps', { db: options.db, clock: options.clock, workspaceId: options.workspaceId });
    }
    c.set('account', null);
    c.set('services', options.services ?? {});
    c.set('origin', ownOrigin(c.req.raw, { trustProxy: options.trustProxy === true }));
    await next();
    // Everything the API answers is the user's own data: no browser or proxy may keep a copy.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  if (options.team) app.use('*', teamGate({ db: options.db, clock: options.clock }, options.team));
  const tooLarge = (limit: number, error: () => AppError) =>
    bodyLimit({ maxSize: limit, onError: (c) => errorResponse(c, error()) });
  const defaultLimit = tooLarge(
    MAX_BODY_BYTES,
    () =>
      new AppError(
        'payload_too_large',
        `body: the request is larger than the ${MAX_BODY_BYTES / 1024 / 1024} MB limit`,
        { field: 'body' },
      ),
  );
  // Refused from Content-Length before a byte is read; a body sent without one is counted.
  const importLimit = tooLarge(MAX_IMPORT_BYTES, () => importTooLargeError('body'));
  const federalLimit = tooLarge(
    MAX_FEDERAL_BODY_BYTES,
    () =>
      new AppError(
        'payload_too_large',
        `body: a résumé or announcement may be at most ${MAX_FEDERAL_BODY_BYTES / 1024 / 1024} MB as sent (USAJOBS itself takes résumés up to 5 MB)`,
        { field: 'body' },
      ),
  );
  // Imports carry whole workspaces and files, federal routes résumé files and saved pages;
  // everything else is a small JSON body.
  const limitFor = (path: string) =>
    path.includes('/import')
      ? importLimit
      : path.includes('/federal/')
        ? federalLimit
        : defaultLimit;
  app.use('*', (c, next) => limitFor(c.req.path)(c, next));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/health',
      tags: ['System'],
      summary: 'Liveness check',
      responses: { 200: jsonResponse(z.object({ ok: z.literal(true) }), 'The server is up') },
    }),
    (c) => c.json({ ok: true as const }, 200),
  );

  registerApplicationRoutes(app);
  registerInterviewRoutes(app);
  registerContactRoutes(app);
  registerInteractionRoutes(app);
  registerMessageRoutes(app);
  registerCoachRoutes(app);
  registerTransferRoutes(app);
  registerDemoRoutes(app);
  registerPortabilityRoutes(app);
  registerMailRoutes(app);
  registerBackupRoutes(app);
  registerRecoveryRoutes(app);
  registerTaskRoutes(app);
  registerAgendaRoutes(app);
  registerSettingsRoutes(app);
  registerInsightsRoutes(app);
  registerPracticeRoutes(app);
  registerFeedRoutes(app);
  registerArticleRoutes(app);
  registerLetterRoutes(app);
  registerWinRoutes(app);
  registerPacingRoutes(app);
  registerFederalRoutes(app);
  registerInboxRoutes(app);
  registerTeamMeRoute(
    app,
    options.team && { db: options.db, clock: options.clock, sessions: options.team.sessions },
  );
  if (options.team) {
    registerTeamRoutes(app, {
      db: options.db,
      clock: options.clock,
      ...options.team,
      ...(options.logError && { logError: options.logError }),
    });
    registerCoachingRoutes(app);
    registerSharingRoutes(app);
    registerOwnDataRoutes(app);
    registerDigestPreferenceRoutes(app, { db: options.db, clock: options.clock });
    registerPendingInvitationRoutes(app, {
      db: options.db,
      clock: options.clock,
      ...options.team,
      ...(options.logError && { logError: options.logError }),
    });
  }

  app.get('/openapi.json', (c) =>
    c.json(
      app.getOpenAPI31Document({
        openapi: '3.1.0',
        info: API_INFO,
        servers: [{ url: '/api' }],
      }),
    ),
  );

  app.notFound(routeNotFound);

  app.onError((error, c) => {
    if (isAppError(error)) return errorResponse(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      return errorResponse(c, fromHttpException(error));
    }
    (options.logError ?? console.error)(error);
    return c.json(INTERNAL_ERROR, 500);
  });

  return app;
}
