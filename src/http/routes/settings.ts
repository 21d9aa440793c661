import { createRoute } from '@hono/zod-openapi';
import { describeSettings } from '../../core/recovery/settings-view';
import { getCalendarFeedToken, rotateCalendarFeedToken } from '../../use-cases/calendar-feed';
import { getRecoverySettings, updateRecoverySettings } from '../../use-cases/recovery-settings';
import { CALENDAR_FEED_PATH } from '../calendar-feed';
import type { ApiApp } from '../env';
import { errorResponses, jsonBody, jsonResponse } from '../route-helpers';
import {
  CalendarFeedLinkSchema,
  SettingsPatchSchema,
  SettingsUpdateSchema,
  SettingsViewSchema,
} from '../recovery-schemas';

/** The feed's addresses, on the origin the browser used (a trusted proxy's, when there is one). */
function feedLink(origin: string, token: string) {
  const url = `${origin}${CALENDAR_FEED_PATH}/${token}.ics`;
  return { url, webcalUrl: url.replace(/^https?:/, 'webcal:') };
}

function registerGetSettings(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/settings',
      tags: ['Settings'],
      summary: 'Time zone, reminder time and every timing rule with its reason and sources',
      responses: { 200: jsonResponse(SettingsViewSchema, 'The settings in force') },
    }),
    async (c) => c.json(describeSettings(await getRecoverySettings(c.var.deps)), 200),
  );
}

function registerChangeSettings(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/settings',
      tags: ['Settings'],
      summary: 'Change settings; open plan steps are re-planned, finished ones are not',
      description: 'Every field is optional; `null` puts a value back to its default.',
      request: { body: jsonBody(SettingsPatchSchema) },
      responses: {
        200: jsonResponse(SettingsUpdateSchema, 'The settings now in force'),
        ...errorResponses(400),
      },
    }),
    async (c) => {
      const result = await updateRecoverySettings(c.var.deps, c.req.valid('json'));
      return c.json(
        { ...describeSettings(result.settings), rescheduledTasks: result.rescheduledTasks },
        200,
      );
    },
  );
}

function registerGetCalendarFeed(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/calendar-feed',
      tags: ['Settings'],
      summary: 'The address to subscribe to in a calendar app',
      description:
        'The feed lists every open step and upcoming keep-in-touch date. Its address holds a secret: ' +
        'anyone with it can read the feed, so rotate it if it leaks.',
      responses: { 200: jsonResponse(CalendarFeedLinkSchema, 'The feed address') },
    }),
    async (c) => c.json(feedLink(c.var.origin, await getCalendarFeedToken(c.var.deps)), 200),
  );
}

function registerRotateCalendarFeed(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/calendar-feed/rotate',
      tags: ['Settings'],
      summary: 'Replace the feed address; calendars on the old one stop updating',
      responses: { 200: jsonResponse(CalendarFeedLinkSchema, 'The new feed address') },
    }),
    async (c) => c.json(feedLink(c.var.origin, await rotateCalendarFeedToken(c.var.deps)), 200),
  );
}

/** Settings and the calendar-feed address. */
export function registerSettingsRoutes(app: ApiApp) {
  registerGetSettings(app);
  registerChangeSettings(app);
  registerGetCalendarFeed(app);
  registerRotateCalendarFeed(app);
}
