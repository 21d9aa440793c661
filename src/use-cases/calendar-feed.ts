import { AppError } from '../core/app-error';
import { addDays, type Instant } from '../core/dates';
import { taskTitle } from '../core/recovery/agenda';
import {
  constantTimeEqual,
  feedTokenText,
  newFeedToken,
  parseFeedToken,
} from '../core/recovery/feed-token';
import { resolveRecoverySettings } from '../core/recovery/settings';
import { localDayOf } from '../core/recovery/zoned-time';
import type { Db } from '../storage/database';
import { queryOpenTasksDue } from '../storage/repositories/agenda';
import {
  findCalendarFeed,
  findCalendarFeedById,
  findWorkspace,
  setCalendarFeed,
} from '../storage/repositories/workspaces';
import { scopeRows, withRowScope } from '../storage/row-scope';
import { inTransaction, nowInstant, type Clock, type UseCaseDeps } from './deps';
import { queryDueContacts } from './keep-in-touch';

/** The feed carries every open step, up to this many. */
export const MAX_FEED_TASKS = 2000;
/** Keep-in-touch dates this far ahead go in the feed; they move as interactions are logged. */
export const FEED_KEEP_IN_TOUCH_DAYS = 60;
export const MAX_FEED_KEEP_IN_TOUCH = 200;
/** How long each entry lasts in a calendar. */
export const FEED_EVENT_MINUTES = 30;

/** The secret part of the workspace's feed address, made on first use. */
export async function getCalendarFeedToken(deps: UseCaseDeps): Promise<string> {
  const existing = await findCalendarFeed(deps.db, deps.workspaceId);
  if (existing) return feedTokenText(existing);
  return inTransaction(deps.db, async (trx) => {
    await issueToken(trx, deps, { onlyIfMissing: true });
    const feed = await findCalendarFeed(trx, deps.workspaceId);
    if (!feed) throw AppError.notFound('workspace', deps.workspaceId);
    return feedTokenText(feed);
  });
}

/** Replaces the feed address: calendars subscribed to the old one stop receiving updates. */
export async function rotateCalendarFeedToken(deps: UseCaseDeps): Promise<string> {
  return inTransaction(deps.db, async (trx) => {
    if (!(await findWorkspace(trx, deps.workspaceId))) {
      throw AppError.notFound('workspace', deps.workspaceId);
    }
    return issueToken(trx, deps, { onlyIfMissing: false });
  });
}

async function issueToken(
  db: Db,
  deps: UseCaseDeps,
  { onlyIfMissing }: { onlyIfMissing: boolean },
) {
  const token = newFeedToken();
  await setCalendarFeed(db, deps.workspaceId, { ...token, now: nowInstant(deps), onlyIfMissing });
  return feedTokenText(token);
}

export interface FeedEvent {
  /** Stable across refreshes, unique across workspaces. */
  uid: string;
  start: Instant;
  title: string;
  description: string;
}

export interface CalendarFeed {
  timeZone: string;
  events: FeedEvent[];
}

/**
 * The calendar entries for a feed token, or undefined when the token names no feed. The secret
 * half is compared in constant time, and a wrong secret looks exactly like an unknown feed.
 */
export async function loadCalendarFeed(
  { db, clock }: { db: Db; clock: Clock },
  { token }: { token: string },
): Promise<CalendarFeed | undefined> {
  const parsed = parseFeedToken(token);
  if (!parsed) return undefined;
  // The feed's address is all a calendar app has: it may find its workspace, then read it.
  const found = await withRowScope(db, { calendarFeed: parsed.feedId }, async (trx) => {
    const feed = await findCalendarFeedById(trx, parsed.feedId);
    if (!feed || !constantTimeEqual(parsed.secret, feed.secret)) return undefined;
    await scopeRows(trx, { workspaces: [feed.workspaceId] });
    const settings = resolveRecoverySettings(feed.settings);
    const now = clock.now().toISOString();
    const today = localDayOf(now, settings.timeZone);
    const ws = feed.workspaceId;
    const tasks = await queryOpenTasksDue(trx, ws, {
      before: '9999-12-31T00:00:00.000Z',
      limit: MAX_FEED_TASKS,
    });
    const contacts = await queryDueContacts(trx, ws, settings, now, {
      fromDay: today,
      toDay: addDays(today, FEED_KEEP_IN_TOUCH_DAYS),
      order: 'coldest',
      limit: MAX_FEED_KEEP_IN_TOUCH,
    });
    return { settings, ws, tasks, contacts };
  });
  if (!found) return undefined;
  const { settings, ws, tasks, contacts } = found;
  const events: FeedEvent[] = tasks.map(({ task, contactName, company, role }) => ({
    uid: `${task.id}.${ws}@rebound`,
    start: task.dueAt,
    title: taskTitle({ kind: task.kind, contactName, company }),
    description: company && role ? `${task.reason}\n\n${company} — ${role}` : task.reason,
  }));
  for (const { contact, status } of contacts) {
    events.push({
      uid: `keep-in-touch-${contact.id}.${ws}@rebound`,
      start: status.dueAt,
      title: taskTitle({
        kind: 'keep_in_touch',
        contactName: contact.name,
        company: contact.company,
      }),
      description: status.reason,
    });
  }
  return { timeZone: settings.timeZone, events };
}
