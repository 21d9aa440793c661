import ical from 'ical-generator';
import { DateTime } from 'luxon';
import { Hono } from 'hono';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Db } from '../storage/database';
import {
  FEED_EVENT_MINUTES,
  loadCalendarFeed,
  type CalendarFeed,
} from '../use-cases/calendar-feed';
import type { Clock } from '../use-cases/deps';

/** Where calendar apps fetch a workspace's feed: `/calendar/<token>.ics`. */
export const CALENDAR_FEED_PATH = '/calendar';

/** The VTIMEZONE block for a zone, when the zone library has one under that exact name. */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  const text = Array.isArray(block) ? block[0] : undefined;
  return text !== undefined && text.includes(`TZID:${zone}\r\n`) ? text : null;
}

/**
 * The feed as iCalendar text. Entries carry the user's time zone with its VTIMEZONE rules, so
 * every app shows 09:00 where the user lives, daylight saving included; a zone the library does
 * not know is written in UTC, which is just as exact.
 */
export function renderCalendarFeed(feed: CalendarFeed, now: Date): string {
  const zone = vtimezone(feed.timeZone) === null ? null : feed.timeZone;
  const calendar = ical({
    name: 'Rebound',
    description: 'Recovery steps and keep-in-touch dates from Rebound',
    prodId: { company: 'Rebound', product: 'Rebound', language: 'EN' },
    ttl: 60 * 60,
    ...(zone !== null && { timezone: { name: zone, generator: vtimezone } }),
  });
  for (const event of feed.events) {
    // A Luxon date carries its zone; a plain Date would be written in the server's own zone.
    const start = DateTime.fromMillis(Date.parse(event.start), { zone: zone ?? 'utc' });
    calendar.createEvent({
      id: event.uid,
      start,
      end: start.plus({ minutes: FEED_EVENT_MINUTES }),
      stamp: now,
      summary: event.title,
      description: event.description,
      ...(zone !== null && { timezone: zone }),
    });
  }
  return calendar.toString();
}

/**
 * Serves calendar feeds outside the JSON API: calendar apps cannot log in, so the secret in the
 * address is the only key. A wrong or unknown token gets the same plain 404 as any missing page.
 */
export function createCalendarFeedRoutes({ db, clock }: { db: Db; clock: Clock }): Hono {
  const routes = new Hono();
  routes.get('/:file', async (c) => {
    const file = c.req.param('file');
    const feed = file.endsWith('.ics')
      ? await loadCalendarFeed({ db, clock }, { token: file.slice(0, -'.ics'.length) })
      : undefined;
    if (!feed) return c.text('Not found', 404);
    return c.body(renderCalendarFeed(feed, clock.now()), 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="rebound.ics"',
      // Calendar apps poll on their own schedule; no cache along the way keeps a copy of it.
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex',
    });
  });
  return routes;
}
