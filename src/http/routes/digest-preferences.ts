import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { html } from 'hono/html';
import { isAppError } from '../../core/app-error';
import { tokenInput } from '../../core/team/accounts';
import { DigestPreferencesInputSchema } from '../../core/team/digest-preferences';
import {
  previewUnsubscribe,
  setDigestPreferences,
  unsubscribeFromDigests,
  viewDigestPreferences,
} from '../../use-cases/team/digest-preferences';
import type { TeamDeps } from '../../use-cases/team/team-deps';
import type { ApiApp, ApiEnv } from '../env';
import { named } from '../named-schema';
import { errorResponses, jsonBody, jsonResponse } from '../route-helpers';
import { signedIn } from './team';

const tags = ['Team'];

const DigestPreferencesSchema = z
  .object({
    enabled: z.boolean(),
    hour: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Local hour 0–23; null: your reminder time (09:00 for a coach)' }),
    stoppedAt: z.string().nullable().openapi({ description: 'When digests were turned off' }),
  })
  .openapi('DigestPreferences');

const UnsubscribeQuery = z.object({
  // Checked by the handler, so a bad link still gets a page rather than JSON.
  token: z
    .string()
    .optional()
    .openapi({ param: { name: 'token', in: 'query' } }),
});

const htmlPage = (description: string) => ({
  description,
  content: { 'text/html': { schema: z.string() } },
});

/** A small page for someone who opened an email's link: words and a way on, never JSON. */
function page(c: Context<ApiEnv>, title: string, body: ReturnType<typeof html>, status: 200 | 404) {
  return c.html(
    html`<!doctype html>
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>${title} · Rebound</title>
        </head>
        <body>
          <main>
            <h1>${title}</h1>
            ${body}
          </main>
        </body>
      </html>`,
    status,
  );
}

/** The token a link carries, or undefined when it is not one Rebound makes. */
function linkToken(c: Context<ApiEnv>): string | undefined {
  const parsed = tokenInput.safeParse(new URL(c.req.url).searchParams.get('token') ?? '');
  return parsed.success ? parsed.data : undefined;
}

/** An unsubscribe link that is not (or no longer) one of ours. */
function unknownLink(c: Context<ApiEnv>) {
  return page(
    c,
    'This link does not work',
    html`<p role="alert">
        This unsubscribe link is not one Rebound sent, or its account is gone. Nothing was changed.
      </p>
      <p><a href="/">Open Rebound</a> to change your digest in Settings.</p>`,
    404,
  );
}

async function unsubscribePage(c: Context<ApiEnv>, deps: TeamDeps, change: boolean) {
  const token = linkToken(c);
  if (token === undefined) return unknownLink(c);
  try {
    if (change) {
      const done = await unsubscribeFromDigests(deps, { token });
      return page(
        c,
        'Daily digests are off',
        html`<p role="status">Rebound sends no more daily digests to ${done.email}.</p>
          <p><a href="/">Open Rebound</a> to turn them on again in Settings.</p>`,
        200,
      );
    }
    const target = await previewUnsubscribe(deps, { token });
    if (target.stopped) {
      return page(
        c,
        'Daily digests are off',
        html`<p>Rebound already sends no daily digests to ${target.email}.</p>`,
        200,
      );
    }
    // Opening the link changes nothing (mail scanners open links): the button does.
    return page(
      c,
      'Stop daily digests?',
      html`<p>Rebound emails ${target.email} a daily digest.</p>
        <form method="post">
          <input type="hidden" name="List-Unsubscribe" value="One-Click" />
          <button type="submit">Stop daily digests</button>
        </form>`,
      200,
    );
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') return unknownLink(c);
    throw error;
  }
}

/**
 * The signed-in account's digest hour and on/off, and the one-click unsubscribe link every
 * digest carries (RFC 8058): opening it shows what it would do; a POST to it turns digests off
 * without a session. Mounted in team mode only.
 */
export function registerDigestPreferenceRoutes(app: ApiApp, deps: TeamDeps) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/team/digest-preferences',
      tags,
      summary: 'When your daily digest comes, or whether it is off',
      responses: {
        200: jsonResponse(DigestPreferencesSchema, 'Your digest preferences'),
        ...errorResponses(401, 403),
      },
    }),
    async (c) => c.json(await viewDigestPreferences(deps, { account: signedIn(c) }), 200),
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/team/digest-preferences',
      tags,
      summary: 'Choose the local hour of your daily digest, or turn digests off or on',
      request: { body: jsonBody(named(DigestPreferencesInputSchema, 'DigestPreferencesInput')) },
      responses: {
        200: jsonResponse(DigestPreferencesSchema, 'Your digest preferences'),
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const preferences = c.req.valid('json');
      const account = signedIn(c);
      return c.json(await setDigestPreferences(deps, { account, preferences }), 200);
    },
  );
  for (const method of ['get', 'post'] as const) {
    app.openapi(
      createRoute({
        method,
        path: '/team/digests/unsubscribe',
        tags,
        summary:
          method === 'get'
            ? 'Open a digest’s unsubscribe link: a page that asks first, changing nothing'
            : 'One-click unsubscribe (RFC 8058): turns the link’s account’s digests off, no session needed',
        request: { query: UnsubscribeQuery },
        responses: {
          200: htmlPage(method === 'get' ? 'What the link would do' : 'Digests are off'),
          404: htmlPage('Not a link Rebound sent; nothing changed'),
        },
      }),
      async (c) => unsubscribePage(c, deps, method === 'post'),
    );
  }
}
