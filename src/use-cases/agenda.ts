import { AppError } from '../core/app-error';
import { addDays, type CalendarDay, type Instant } from '../core/dates';
import type { TaskKind } from '../core/enums';
import {
  agendaSection,
  compareSteps,
  taskTitle,
  whenText,
  type AgendaSection,
} from '../core/recovery/agenda';
import { daysBetween, localDayOf, startOfLocalDay } from '../core/recovery/zoned-time';
import { queryOpenTasksDue, type AgendaTaskRow } from '../storage/repositories/agenda';
import { nowInstant, type UseCaseDeps } from './deps';
import { queryDueContacts, type KeepInTouchItem } from './keep-in-touch';
import { loadRecoverySettings } from './recovery-context';

/** One thing to do: a plan step, or a contact whose keep-in-touch cadence came due. */
export interface AgendaItem {
  /** The step's id, or `keep-in-touch:<contactId>` for a cadence. */
  id: string;
  source: 'plan' | 'keep_in_touch';
  kind: TaskKind;
  status: 'open';
  dueAt: Instant;
  dueOn: CalendarDay;
  section: AgendaSection;
  /** What to do and for whom. */
  title: string;
  /** "Due today", "Overdue by 2 days". */
  when: string;
  /** Why now, in plain words. */
  reason: string;
  applicationId: string | null;
  contactId: string | null;
  contactName: string | null;
  company: string | null;
  role: string | null;
  snoozedUntil: Instant | null;
}

export interface Agenda {
  today: CalendarDay;
  timeZone: string;
  from: CalendarDay;
  to: CalendarDay;
  items: AgendaItem[];
  /** More plan steps were due than `limit` allowed. */
  truncated: boolean;
  /** More contacts were due for keeping in touch than `keepInTouchLimit` allowed. */
  moreKeepInTouch: boolean;
}

export interface AgendaOptions {
  /** First local day; default today. */
  from?: CalendarDay;
  /** Last local day; default six days after `from` (a week). */
  to?: CalendarDay;
  /** Include what is overdue before `from`; default when `from` is not after today. */
  includeOverdue?: boolean;
  /** Most plan steps to return (default 50). */
  limit?: number;
  /** Most keep-in-touch contacts (default 10): the most recently due first. */
  keepInTouchLimit?: number;
}

/** Today's date where the user lives. */
export async function getToday(
  deps: UseCaseDeps,
): Promise<{ today: CalendarDay; timeZone: string }> {
  const settings = await loadRecoverySettings(deps.db, deps.workspaceId);
  return { today: localDayOf(nowInstant(deps), settings.timeZone), timeZone: settings.timeZone };
}

/** Plan steps an agenda shows unless asked for more: more than a day's worth of work. */
export const DEFAULT_AGENDA_LIMIT = 50;

/** The longest window one agenda request may span. */
export const MAX_AGENDA_DAYS = 366;

function checkWindow(from: CalendarDay, to: CalendarDay) {
  if (to < from) throw AppError.validation('to', `must not be before from (${from})`);
  if (daysBetween(from, to) >= MAX_AGENDA_DAYS) {
    throw AppError.validation('to', `must be less than ${MAX_AGENDA_DAYS} days after from`);
  }
}

function planItem(row: AgendaTaskRow, zone: string, today: CalendarDay): AgendaItem {
  const { task } = row;
  const dueOn = localDayOf(task.dueAt, zone);
  return {
    id: task.id,
    source: 'plan',
    kind: task.kind,
    status: 'open',
    dueAt: task.dueAt,
    dueOn,
    section: agendaSection(dueOn, today),
    title: taskTitle({ kind: task.kind, contactName: row.contactName, company: row.company }),
    when: whenText(dueOn, today),
    reason: task.reason,
    applicationId: task.applicationId,
    contactId: task.contactId,
    contactName: row.contactName,
    company: row.company ?? row.contactCompany,
    role: row.role,
    snoozedUntil: task.snoozedUntil,
  };
}

function keepInTouchItem({ contact, status }: KeepInTouchItem, today: CalendarDay): AgendaItem {
  return {
    id: `keep-in-touch:${contact.id}`,
    source: 'keep_in_touch',
    kind: 'keep_in_touch',
    status: 'open',
    dueAt: status.dueAt,
    dueOn: status.dueOn,
    section: agendaSection(status.dueOn, today),
    title: taskTitle({
      kind: 'keep_in_touch',
      contactName: contact.name,
      company: contact.company,
    }),
    when: whenText(status.dueOn, today),
    reason: status.reason,
    applicationId: null,
    contactId: contact.id,
    contactName: contact.name,
    company: contact.company,
    role: null,
    snoozedUntil: contact.keepInTouchSnoozedUntil,
  };
}

/**
 * The Today agenda: what is overdue, due today and due later in the window, across every
 * application and contact, each item saying what to do, for whom and why now. Days are the
 * user's local days; the plan steps come from one indexed range scan.
 */
export async function getAgenda(deps: UseCaseDeps, options: AgendaOptions = {}): Promise<Agenda> {
  const { db, workspaceId } = deps;
  const settings = await loadRecoverySettings(db, workspaceId);
  const zone = settings.timeZone;
  const now = nowInstant(deps);
  const today = localDayOf(now, zone);
  const from = options.from ?? today;
  const to = options.to ?? addDays(from, 6);
  checkWindow(from, to);
  const overdue = options.includeOverdue ?? from <= today;
  const limit = options.limit ?? DEFAULT_AGENDA_LIMIT;
  const keepInTouchLimit = options.keepInTouchLimit ?? 10;
  const [tasks, contacts] = await Promise.all([
    queryOpenTasksDue(db, workspaceId, {
      before: startOfLocalDay(addDays(to, 1), zone),
      ...(!overdue && { from: startOfLocalDay(from, zone) }),
      limit: limit + 1,
    }),
    keepInTouchLimit === 0
      ? []
      : queryDueContacts(db, workspaceId, settings, now, {
          toDay: to,
          ...(!overdue && { fromDay: from }),
          order: 'freshest',
          limit: keepInTouchLimit + 1,
        }),
  ]);
  const items = [
    ...tasks.slice(0, limit).map((row) => planItem(row, zone, today)),
    ...contacts.slice(0, keepInTouchLimit).map((item) => keepInTouchItem(item, today)),
  ];
  items.sort(compareSteps);
  return {
    today,
    timeZone: zone,
    from,
    to,
    items,
    truncated: tasks.length > limit,
    moreKeepInTouch: contacts.length > keepInTouchLimit,
  };
}
