import type { Contact } from '../core/contact';
import { addDays, type CalendarDay, type Instant } from '../core/dates';
import { RELATIONSHIPS, type TaskKind } from '../core/enums';
import { taskTitle, whenText } from '../core/recovery/agenda';
import {
  cadenceCutoff,
  cadenceOverride,
  keepInTouchDueOn,
  keepInTouchStatus,
  type CadenceInput,
  type KeepInTouchStatus,
} from '../core/recovery/keep-in-touch';
import type { RecoverySettings } from '../core/recovery/settings';
import { snoozeDay } from '../core/recovery/snooze';
import { instantAtLocalTime, localDayOf, startOfLocalDay } from '../core/recovery/zoned-time';
import type { Db } from '../storage/database';
import { findContacts, updateContactRow } from '../storage/repositories/contacts';
import { listOpenTasksOfContact } from '../storage/repositories/tasks';
import {
  listOwnCadences,
  queryCadenceCandidates,
  type CadenceContact,
  type CadenceGroup,
} from '../storage/repositories/keep-in-touch';
import { requireContact } from './contacts';
import { inTransaction, nowInstant, type UseCaseDeps } from './deps';
import { type Page, pageOf, type PageRequest } from './paging';
import { loadRecoverySettings } from './recovery-context';

/** A contact whose keep-in-touch is due, with why. */
export interface KeepInTouchItem {
  contact: CadenceContact;
  status: KeepInTouchStatus & { dueOn: CalendarDay; dueAt: Instant };
}

export interface DueContactsQuery {
  /** The last local day to include. */
  toDay: CalendarDay;
  /** The first local day to include; leave out to include everything overdue. */
  fromDay?: CalendarDay;
  order: 'coldest' | 'freshest';
  /** How many to return, after skipping `offset`. */
  limit: number;
  offset?: number;
}

/** Every cadence in use: each relationship's default (unless off) and each contact's own. */
async function cadenceGroups(db: Db, workspaceId: string, settings: RecoverySettings) {
  const groups: { group: CadenceGroup; days: number }[] = RELATIONSHIPS.filter(
    (r) => settings.keepInTouchDays[r] > 0,
  ).map((relationship) => ({
    group: { kind: 'relationship', relationship },
    days: settings.keepInTouchDays[relationship],
  }));
  for (const days of await listOwnCadences(db, workspaceId)) {
    groups.push({ group: { kind: 'own', days }, days });
  }
  return groups;
}

/**
 * Contacts whose keep-in-touch falls due in a window, worked out from the last interaction at
 * query time: one index range scan per cadence in use, merged by due day.
 */
export async function queryDueContacts(
  db: Db,
  workspaceId: string,
  settings: RecoverySettings,
  now: Instant,
  query: DueContactsQuery,
): Promise<KeepInTouchItem[]> {
  const zone = settings.timeZone;
  const wanted = (query.offset ?? 0) + query.limit;
  const groups = await cadenceGroups(db, workspaceId, settings);
  const candidates = await queryCadenceCandidates(db, workspaceId, {
    windows: groups.map(({ group, days }) => ({
      group,
      cutoff: cadenceCutoff(query.toDay, days, zone),
      ...(query.fromDay !== undefined && {
        notBefore: {
          lastInteractionFrom: cadenceCutoff(addDays(query.fromDay, -1), days, zone),
          snoozedFrom: startOfLocalDay(query.fromDay, zone),
        },
      }),
    })),
    snoozedUntilBefore: startOfLocalDay(addDays(query.toDay, 1), zone),
    maxUnanswered: settings.timing.maxFollowUpsWithoutReply,
    order: query.order,
    limit: wanted,
  });
  const due = candidates
    .map((contact) => ({ contact, dueOn: keepInTouchDueOn(contact, settings) }))
    .filter(
      (item): item is { contact: CadenceContact; dueOn: CalendarDay } =>
        item.dueOn !== null &&
        item.dueOn <= query.toDay &&
        (query.fromDay === undefined || item.dueOn >= query.fromDay),
    );
  const direction = query.order === 'coldest' ? 1 : -1;
  due.sort(
    (a, b) =>
      direction * a.dueOn.localeCompare(b.dueOn) ||
      a.contact.name.localeCompare(b.contact.name) ||
      a.contact.id.localeCompare(b.contact.id),
  );
  // Only the contacts returned are described; the reasons are the costly part.
  return due.slice(query.offset ?? 0, wanted).map(({ contact }) => {
    const status = keepInTouchStatus(contact, settings, now);
    return {
      contact,
      status: { ...status, dueOn: status.dueOn as CalendarDay, dueAt: status.dueAt as Instant },
    };
  });
}

export interface GoingColdOptions extends PageRequest {
  /** Include contacts due within this many days from today. */
  withinDays?: number;
}

/** The contacts going cold: keep-in-touch overdue or due soon, the longest overdue first. */
export async function listGoingCold(
  deps: UseCaseDeps,
  { withinDays = 14, limit, offset }: GoingColdOptions,
): Promise<Page<ContactKeepInTouch>> {
  const { db, workspaceId } = deps;
  const settings = await loadRecoverySettings(db, workspaceId);
  const now = nowInstant(deps);
  const today = localDayOf(now, settings.timeZone);
  const items = await queryDueContacts(db, workspaceId, settings, now, {
    toDay: addDays(today, withinDays),
    order: 'coldest',
    limit: limit + 1,
    offset,
  });
  const contacts = await findContacts(
    db,
    workspaceId,
    items.map((i) => i.contact.id),
  );
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const full = items.flatMap(({ contact, status }) => {
    const found = byId.get(contact.id);
    return found ? [{ contact: found, status }] : [];
  });
  return pageOf(full, { limit, offset });
}

export interface ContactKeepInTouch {
  contact: Contact;
  status: KeepInTouchStatus;
}

/** The next open plan step for a person, the date a recovery plan set for them. */
export interface NextPlanStep {
  id: string;
  kind: TaskKind;
  /** What to do and for whom. */
  title: string;
  dueOn: CalendarDay;
  /** "Due tomorrow", "Due Mon 4 Jan 2027". */
  when: string;
  applicationId: string | null;
}

/** One contact's keep-in-touch, with the next step a plan set for them. */
export interface ContactKeepInTouchDetail extends ContactKeepInTouch {
  nextStep: NextPlanStep | null;
}

export async function getContactKeepInTouch(
  deps: UseCaseDeps,
  { contactId }: { contactId: string },
): Promise<ContactKeepInTouchDetail> {
  const contact = await requireContact(deps.db, deps.workspaceId, contactId);
  const settings = await loadRecoverySettings(deps.db, deps.workspaceId);
  const now = nowInstant(deps);
  const [next] = await listOpenTasksOfContact(deps.db, deps.workspaceId, contactId);
  const today = localDayOf(now, settings.timeZone);
  const dueOn = next && localDayOf(next.dueAt, settings.timeZone);
  return {
    contact,
    status: keepInTouchStatus(contact, settings, now),
    nextStep:
      next && dueOn
        ? {
            id: next.id,
            kind: next.kind,
            title: taskTitle({
              kind: next.kind,
              contactName: contact.name,
              company: contact.company,
            }),
            dueOn,
            when: whenText(dueOn, today),
            applicationId: next.applicationId,
          }
        : null,
  };
}

/** Sets a contact's own cadence (`default` follows the relationship, `off` stops it). */
export async function setContactCadence(
  deps: UseCaseDeps,
  { contactId, days }: { contactId: string } & CadenceInput,
): Promise<ContactKeepInTouchDetail> {
  await inTransaction(deps.db, async (trx) => {
    await requireContact(trx, deps.workspaceId, contactId);
    await updateContactRow(trx, deps.workspaceId, contactId, {
      keep_in_touch_days: cadenceOverride(days),
      updated_at: nowInstant(deps),
    });
  });
  return getContactKeepInTouch(deps, { contactId });
}

/** Puts keeping in touch with a contact off to a day, or (`until: null`) ends the snooze. */
export async function snoozeContactKeepInTouch(
  deps: UseCaseDeps,
  { contactId, until }: { contactId: string; until: string | null },
): Promise<ContactKeepInTouchDetail> {
  await inTransaction(deps.db, async (trx) => {
    await requireContact(trx, deps.workspaceId, contactId);
    const settings = await loadRecoverySettings(trx, deps.workspaceId);
    const now = nowInstant(deps);
    const snoozed =
      until === null
        ? null
        : instantAtLocalTime(
            snoozeDay(until, localDayOf(now, settings.timeZone)),
            settings.reminderTime,
            settings.timeZone,
          );
    await updateContactRow(trx, deps.workspaceId, contactId, {
      keep_in_touch_snoozed_until: snoozed,
      updated_at: now,
    });
  });
  return getContactKeepInTouch(deps, { contactId });
}
