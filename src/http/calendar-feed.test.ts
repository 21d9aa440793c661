import ICAL from 'ical.js';
import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { contactInput } from '../../test/factories';
import { interviewedApplication, reject, useTimeZone } from '../../test/recovery-fixtures';
import { interactionInputSchema } from '../core/interaction';
import { localDayOf } from '../core/recovery/zoned-time';
import { createContact } from '../use-cases/contacts';
import { logInteraction } from '../use-cases/interactions';
import { skipTask } from '../use-cases/tasks';
import { createApp } from './app';

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: Date;
  zone: string;
  localHour: number;
}

/** Reads a feed back with a real iCalendar parser, resolving each start in its time zone. */
function parseFeed(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toJSDate(),
      zone: event.startDate.zone?.tzid ?? '',
      localHour: event.startDate.hour,
    };
  });
}

describeEachDialect('the calendar feed', (db) => {
  beforeEach(() => db().clock.set('2026-11-26T09:00:00.000Z'));

  async function setUp(workspaceId: string, timeZone = 'America/New_York') {
    const deps = await db().deps(workspaceId);
    await useTimeZone(deps, timeZone);
    const { app } = createApp({ db: deps.db, clock: db().clock, workspaceId });
    const link = async (path = '/api/calendar-feed', method = 'GET') => {
      const headers = { 'X-Rebound-Request': '1' };
      const response = await app.request(`http://rebound.test${path}`, { method, headers });
      expect(response.status).toBe(200);
      return (await response.json()) as { url: string; webcalUrl: string };
    };
    const fetchFeed = (url: string) => app.request(url);
    return { deps, app, link, fetchFeed };
  }

  it('serves every open step at the reminder time in the user’s zone, with stable ids', async () => {
    const { deps, link, fetchFeed } = await setUp('ws_feed');
    const { applicationId } = await interviewedApplication(deps);
    const { plan } = await reject(deps, applicationId, { date: '2026-11-26' });
    await skipTask(deps, { id: plan.steps.find((s) => s.kind === 'reapply')?.id as string });
    const { url, webcalUrl } = await link();
    expect(url).toMatch(/^http:\/\/rebound\.test\/calendar\/[0-9a-z]{48}\.ics$/);
    expect(webcalUrl).toBe(url.replace('http:', 'webcal:'));

    const response = await fetchFeed(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    const events = parseFeed(text);
    const open = plan.steps.filter((s) => s.kind !== 'reapply');
    expect(events).toHaveLength(open.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    for (const step of open) {
      const event = events.find((e) => e.uid === `${step.id}.ws_feed@rebound`);
      expect(event, step.kind).toBeDefined();
      expect(event?.start.toISOString()).toBe(step.dueAt);
      expect(event?.zone).toBe('America/New_York');
      expect(event?.localHour).toBe(9);
      expect(event?.summary).toBe(step.title);
      expect(event?.description).toContain(step.reason.slice(0, 40));
    }
    const again = parseFeed(await (await fetchFeed(url)).text());
    expect(again.map((e) => e.uid).sort()).toEqual(events.map((e) => e.uid).sort());
  });

  it('keeps 09:00 local on both sides of a daylight-saving change', async () => {
    const { deps, link, fetchFeed } = await setUp('ws_feed_dst', 'Europe/London');
    db().clock.set('2026-03-27T10:00:00.000Z');
    const { applicationId } = await interviewedApplication(deps);
    await reject(deps, applicationId, { date: '2026-03-27' });
    const events = parseFeed(await (await fetchFeed((await link()).url)).text());
    const byDay = new Map(
      events.map((e) => [localDayOf(e.start.toISOString(), 'Europe/London'), e]),
    );
    expect(byDay.get('2026-03-28')?.start.toISOString()).toBe('2026-03-28T09:00:00.000Z');
    expect(byDay.get('2026-03-30')?.start.toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(events.every((e) => e.localHour === 9)).toBe(true);
  });

  it('adds upcoming keep-in-touch dates', async () => {
    const { deps, link, fetchFeed } = await setUp('ws_feed_cadence');
    const contact = await createContact(
      deps,
      contactInput({ name: 'Rae', relationship: 'recruiter' }),
    );
    await logInteraction(
      deps,
      interactionInputSchema.parse({
        contactId: contact.id,
        channel: 'call',
        occurredAt: '2026-09-15T15:00:00Z',
      }),
    );
    const events = parseFeed(await (await fetchFeed((await link()).url)).text());
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      uid: `keep-in-touch-${contact.id}.ws_feed_cadence@rebound`,
      summary: 'Keep in touch with Rae',
    });
    expect(events[0]?.start.toISOString()).toBe('2026-12-14T14:00:00.000Z');
  });

  it('refuses a wrong token without saying why, and rotation retires the old address', async () => {
    const { link, fetchFeed } = await setUp('ws_feed_token');
    const { url } = await link();
    expect((await link()).url).toBe(url);
    const token = url.slice(url.lastIndexOf('/') + 1, -'.ics'.length);
    const wrongSecret = url.replace(token, `${token.slice(0, 16)}${'x'.repeat(32)}`);
    const unknownFeed = url.replace(token, 'z'.repeat(48));
    const notAToken = url.replace(`${token}.ics`, 'hello.ics');
    const bodies = new Set<string>();
    for (const bad of [wrongSecret, unknownFeed, notAToken, url.replace('.ics', '')]) {
      const response = await fetchFeed(bad);
      expect(response.status).toBe(404);
      bodies.add(await response.text());
    }
    expect(bodies.size).toBe(1);
    const rotated = await link('/api/calendar-feed/rotate', 'POST');
    expect(rotated.url).not.toBe(url);
    expect((await fetchFeed(url)).status).toBe(404);
    expect((await fetchFeed(rotated.url)).status).toBe(200);
  });

  it('hands out the address a TLS proxy serves only when told to trust it, and is never cached', async () => {
    const deps = await db().deps('ws_feed_proxy');
    const proxied = {
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'rebound.example.org' },
    };
    const linkFrom = async (trustProxy: boolean) => {
      const { app } = createApp({
        db: deps.db,
        clock: db().clock,
        workspaceId: deps.workspaceId,
        trustProxy,
      });
      const response = await app.request('http://127.0.0.1:4177/api/calendar-feed', proxied);
      expect(response.headers.get('cache-control')).toBe('no-store');
      return { app, ...((await response.json()) as { url: string; webcalUrl: string }) };
    };
    const trusted = await linkFrom(true);
    expect(trusted.url).toMatch(/^https:\/\/rebound\.example\.org\/calendar\/[0-9a-z]{48}\.ics$/);
    expect(trusted.webcalUrl).toBe(trusted.url.replace('https:', 'webcal:'));
    const untrusted = await linkFrom(false);
    expect(untrusted.url).toBe(
      trusted.url.replace('https://rebound.example.org', 'http://127.0.0.1:4177'),
    );
    const feed = await untrusted.app.request(untrusted.url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('cache-control')).toBe('no-store');
    expect(feed.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('writes a zone the iCalendar library does not know in UTC', async () => {
    const { deps, link, fetchFeed } = await setUp('ws_feed_utc', 'UTC');
    const { applicationId } = await interviewedApplication(deps);
    const { plan } = await reject(deps, applicationId, { date: '2026-11-26' });
    const text = await (await fetchFeed((await link()).url)).text();
    expect(text).not.toContain('TZID');
    const events = parseFeed(text);
    expect(events.map((e) => e.start.toISOString()).sort()).toEqual(
      plan.steps.map((s) => s.dueAt).sort(),
    );
  });
});
