import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { html } from 'hono/html';
import { AppError, isAppError } from '../../core/app-error';
import { beginSso, finishSso, SSO_ATTEMPT_MINUTES } from '../../use-cases/team/single-sign-on';
import type { SsoProvider } from '../../use-cases/team/sso-port';
import type { TeamDeps } from '../../use-cases/team/team-deps';
import type { ApiApp, ApiEnv } from '../env';
import { STATUS_BY_CODE } from '../errors';
import { jsonResponse } from '../route-helpers';
import { readSessionCookie, writeSessionCookie } from '../team/session-cookie';
import { clearSsoCookie, readSsoCookie, writeSsoCookie } from '../team/sso-cookie';
import type { TeamApiOptions } from '../team/team-gate';

type Options = TeamDeps & TeamApiOptions & { logError?: (error: unknown) => void };

const SignInOptionsSchema = z
  .object({
    /** Email and password always work. */
    password: z.boolean(),
    sso: z.array(
      z.object({
        id: z.string(),
        label: z.string().openapi({ description: 'The button’s text' }),
        startUrl: z.string().openapi({ description: 'Open it in the browser to sign in there' }),
      }),
    ),
  })
  .openapi('SignInOptions');

const ProviderParam = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'oidc' }),
});

const htmlPage = (description: string) => ({
  description,
  content: { 'text/html': { schema: z.string() } },
});

/** The provider a route names, or not found. */
function providerFor(options: Options, id: string): SsoProvider {
  const provider = options.sso?.find((candidate) => candidate.id === id);
  if (provider === undefined) {
    throw new AppError('not_found', `id: no single sign-on provider is called ${id}`, {
      field: 'id',
    });
  }
  return provider;
}

/**
 * A refused single sign-on as a page: the browser arrived by a redirect, so it gets words and a
 * way back, not JSON.
 */
async function refusalPage(
  c: Context<ApiEnv>,
  error: unknown,
  options: Options,
): Promise<Response> {
  if (!isAppError(error)) throw error;
  if (error.code === 'conflict' || error.detail !== undefined) options.logError?.(error);
  const message = error.message.replace(/^sso: /, '');
  return c.html(
    html`<!doctype html>
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>Sign-in did not work · Rebound</title>
        </head>
        <body>
          <main>
            <h1>Sign-in did not work</h1>
            <p role="alert">${message.charAt(0).toUpperCase() + message.slice(1)}.</p>
            <p><a href="/">Back to Rebound</a></p>
          </main>
        </body>
      </html>`,
    STATUS_BY_CODE[error.code] as 401,
  );
}

function registerSignInOptions(app: ApiApp, options: Options) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/team/sign-in-options',
      tags: ['Team'],
      summary: 'How people can sign in: password, and a button per single sign-on provider',
      responses: { 200: jsonResponse(SignInOptionsSchema, 'The ways to sign in') },
    }),
    (c) =>
      c.json(
        {
          password: true,
          sso: (options.sso ?? []).map(({ id, label }) => ({
            id,
            label,
            startUrl: `/api/team/sso/${encodeURIComponent(id)}/start`,
          })),
        },
        200,
      ),
  );
}

function registerStart(app: ApiApp, options: Options) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/team/sso/{id}/start',
      tags: ['Team'],
      summary: 'Open in the browser: goes to the provider to sign in there',
      request: { params: ProviderParam },
      responses: {
        302: { description: 'To the provider’s sign-in page' },
        404: htmlPage('No provider with that id'),
        409: htmlPage('The provider could not be reached'),
        429: htmlPage('Too many sign-in attempts from this network address'),
      },
    }),
    async (c) => {
      try {
        const provider = providerFor(options, c.req.valid('param').id);
        const client = options.clientAddress?.(c);
        const started = await beginSso(options, {
          provider,
          ...(client !== undefined && { client }),
        });
        writeSsoCookie(c, started.attemptToken, SSO_ATTEMPT_MINUTES * 60);
        return c.redirect(started.url, 302);
      } catch (error) {
        return refusalPage(c, error, options);
      }
    },
  );
}

function registerCallback(app: ApiApp, options: Options) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/team/sso/{id}/callback',
      tags: ['Team'],
      summary:
        'Where the provider sends the browser back: signs in, sets the session cookie and opens the app',
      request: { params: ProviderParam },
      responses: {
        302: { description: 'Signed in; to the app' },
        401: htmlPage('The answer was refused: not started here, used already or failed a check'),
        403: htmlPage('The person has no account or invitation, or no confirmed address'),
        404: htmlPage('No provider with that id'),
        409: htmlPage('The provider could not be reached'),
        429: htmlPage('Too many sign-in attempts from this network address'),
      },
    }),
    async (c) => {
      // The attempt is used up whatever happens next, so its cookie goes too.
      const attemptToken = readSsoCookie(c);
      clearSsoCookie(c);
      try {
        const provider = providerFor(options, c.req.valid('param').id);
        const callbackUrl = new URL(provider.redirectUri);
        callbackUrl.search = new URL(c.req.url).search;
        const previousToken = readSessionCookie(c);
        const client = options.clientAddress?.(c);
        const session = await finishSso(options, {
          provider,
          callbackUrl,
          attemptToken,
          policy: options.sessions,
          ...(previousToken !== undefined && { previousToken }),
          ...(client !== undefined && { client }),
        });
        writeSessionCookie(c, session.token, options.sessions.maxHours * 3600);
        return c.redirect('/', 302);
      } catch (error) {
        return refusalPage(c, error, options);
      }
    },
  );
}

/** Sign-in options and single sign-on through OpenID Connect; mounted in team mode only. */
export function registerSsoRoutes(app: ApiApp, options: Options) {
  registerSignInOptions(app, options);
  registerStart(app, options);
  registerCallback(app, options);
}
