import { AppError } from '../core/app-error';
import type { CalendarDay, Instant } from '../core/dates';
import { agendaSection, taskTitle, whenText, type AgendaSection } from '../core/recovery/agenda';
import { feedbackOutcome, type FeedbackOutcomeView } from '../core/recovery/feedback';
import { rankPeopleMet, type RankedPerson } from '../core/recovery/people';
import { resolveRecoverySettings, type RecoverySettings } from '../core/recovery/settings';
import { localDayOf } from '../core/recovery/zoned-time';
import type { Rejection } from '../core/rejection';
import type { Task } from '../core/task';
import type { Db } from '../storage/database';
import { listContactsOfApplication } from '../storage/repositories/contacts';
import { listInterviews } from '../storage/repositories/interviews';
import { findRejectionOfApplication } from '../storage/repositories/rejections';
import { readJsonObject } from '../storage/repositories/json';

const resolved = new Map<string, RecoverySettings>();

/**
 * The workspace's recovery settings in force, defaults filled in. Every agenda request needs
 * them, so the result of reading one stored JSON text is remembered.
 */
export async function loadRecoverySettings(db: Db, workspaceId: string): Promise<RecoverySettings> {
  const row = await db
    .selectFrom('workspaces')
    .select('settings')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('workspace', workspaceId);
  let settings = resolved.get(row.settings);
  if (settings === undefined) {
    settings = resolveRecoverySettings(readJsonObject(row.settings) ?? {});
    if (resolved.size >= 64) resolved.clear();
    resolved.set(row.settings, settings);
  }
  return settings;
}

/** The rejection of an application, or a not_found error saying to record it first. */
export async function requireRejection(
  db: Db,
  workspaceId: string,
  applicationId: string,
): Promise<Rejection> {
  const rejection = await findRejectionOfApplication(db, workspaceId, applicationId);
  if (!rejection) {
    throw new AppError(
      'not_found',
      `No rejection is recorded for application ${applicationId}; record the rejection first.`,
      { field: 'id' },
    );
  }
  return rejection;
}

/** The people met during an application, ranked for who to write to. */
export async function loadPeopleMet(
  db: Db,
  workspaceId: string,
  applicationId: string,
  deliveredBy: string | null,
): Promise<RankedPerson[]> {
  const [contacts, interviews] = await Promise.all([
    listContactsOfApplication(db, workspaceId, applicationId),
    listInterviews(db, workspaceId, { applicationId }),
  ]);
  return rankPeopleMet({
    contacts: contacts.map((c) => ({
      contactId: c.id,
      name: c.name,
      relationship: c.relationship,
      keepInTouchDays: c.keepInTouchDays,
    })),
    interviews,
    deliveredBy,
  });
}

/** A step as the plan, the agenda and the command line show it. */
export interface TaskView extends Task {
  /** What to do and for whom. */
  title: string;
  /** The local day it is due. */
  dueOn: CalendarDay;
  /** Where it sits in Today; null once finished. */
  section: AgendaSection | null;
  /** "Due tomorrow", "Overdue by 2 days"; for finished steps, when they were closed. */
  when: string;
  contactName: string | null;
  company: string | null;
  role: string | null;
  /** For a sent feedback request: waiting, replied, or closed without a reply. */
  feedback: FeedbackOutcomeView | null;
}

export interface TaskViewContext {
  settings: RecoverySettings;
  now: Instant;
  contactName: string | null;
  company: string | null;
  role: string | null;
  feedbackReceivedOn: CalendarDay | null;
}

export function toTaskView(task: Task, context: TaskViewContext): TaskView {
  const zone = context.settings.timeZone;
  const today = localDayOf(context.now, zone);
  const dueOn = localDayOf(task.dueAt, zone);
  const open = task.status === 'open';
  const closedOn = task.doneAt === null ? dueOn : localDayOf(task.doneAt, zone);
  return {
    ...task,
    title: taskTitle({
      kind: task.kind,
      contactName: context.contactName,
      company: context.company,
    }),
    dueOn,
    section: open ? agendaSection(dueOn, today) : null,
    when: open
      ? whenText(dueOn, today)
      : `${task.status === 'done' ? 'Done' : 'Skipped'} ${closedOn}`,
    contactName: context.contactName,
    company: context.company,
    role: context.role,
    feedback:
      feedbackOutcome({
        kind: task.kind,
        status: task.status,
        doneAt: task.doneAt,
        feedbackReceivedOn: context.feedbackReceivedOn,
        waitDays: context.settings.timing.feedbackWaitDays,
        timeZone: zone,
        now: context.now,
      }) ?? null,
  };
}

/** What a step's view shows of its application, when the caller has read it already. */
export interface KnownApplication {
  id: string;
  company: string;
  role: string;
  feedbackReceivedOn: CalendarDay | null;
}

/** What the caller of {@link viewTasks} has read already, so it is not read again. */
export interface KnownToSteps {
  applications?: readonly KnownApplication[];
  /** People by id and name (a plan's people met). */
  contacts?: readonly { id: string; name: string }[];
}

/** The ids named, once each, but for those already held. */
function idsToRead(ids: readonly (string | null)[], held: readonly { id: string }[]): string[] {
  const skip = new Set(held.map((h) => h.id));
  return [...new Set(ids)].filter((id): id is string => id !== null && !skip.has(id));
}

/**
 * Views of any steps, looking up the people and applications they name that are not `known`
 * (a plan's own application and people met, which its caller holds).
 */
export async function viewTasks(
  db: Db,
  workspaceId: string,
  tasks: readonly Task[],
  settings: RecoverySettings,
  now: Instant,
  known: KnownToSteps = {},
): Promise<TaskView[]> {
  const knownApplications = known.applications ?? [];
  const knownContacts = known.contacts ?? [];
  const contactIds = idsToRead(
    tasks.map((t) => t.contactId),
    knownContacts,
  );
  const applicationIds = idsToRead(
    tasks.map((t) => t.applicationId),
    knownApplications,
  );
  const contacts =
    contactIds.length === 0
      ? []
      : await db
          .selectFrom('contacts')
          .select(['id', 'name'])
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', contactIds)
          .execute();
  const applications =
    applicationIds.length === 0
      ? []
      : await db
          .selectFrom('applications as a')
          .leftJoin('rejections as r', (join) =>
            join
              .onRef('r.workspace_id', '=', 'a.workspace_id')
              .onRef('r.application_id', '=', 'a.id'),
          )
          .select(['a.id', 'a.company', 'a.role', 'r.feedback_received_on'])
          .where('a.workspace_id', '=', workspaceId)
          .where('a.id', 'in', applicationIds)
          .execute();
  const names = new Map([...contacts, ...knownContacts].map((c) => [c.id, c.name]));
  const apps = new Map([
    ...applications.map(
      (a) =>
        [
          a.id,
          { company: a.company, role: a.role, feedbackReceivedOn: a.feedback_received_on },
        ] as const,
    ),
    ...knownApplications.map((a) => [a.id, a] as const),
  ]);
  return tasks.map((task) => {
    const app = task.applicationId === null ? undefined : apps.get(task.applicationId);
    return toTaskView(task, {
      settings,
      now,
      contactName: task.contactId === null ? null : (names.get(task.contactId) ?? null),
      company: app?.company ?? null,
      role: app?.role ?? null,
      feedbackReceivedOn: app?.feedbackReceivedOn ?? null,
    });
  });
}
