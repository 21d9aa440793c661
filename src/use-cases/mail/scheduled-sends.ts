import { resolveUserTime } from '../date-times';
import { AppError, isAppError } from '../../core/app-error';
import type { MailAddress } from '../../core/mail/smtp-settings';
import {
  type Message,
  type ScheduleSendOptions,
  sendInFlight,
  staleSendBefore,
} from '../../core/message';
import { instantAtLocalTime, localDayOf } from '../../core/recovery/zoned-time';
import { addDays } from '../../core/dates';
import {
  claimDueSend,
  failureColumns,
  listDueSends,
  scheduleColumns,
  sendStartedAt,
  unscheduleSend,
  updateMessageRow,
} from '../../storage/repositories/messages';
import type { Db } from '../../storage/database';
import { findTask } from '../../storage/repositories/tasks';
import { type Clock, inTransaction, nowInstant, type UseCaseDeps, withDb } from '../deps';
import { requireMessage } from '../messages';
import { loadRecoverySettings } from '../recovery-context';
import type { MailTransport } from './mail-port';
import { prepareMail, recordDelivery, type SendMessageResult } from './send-message';

/** How far ahead a send may be set: far enough for any plan, near enough to be meant. */
const LATEST_SCHEDULE_DAYS = 366;
const DAY_MS = 86_400_000;

/** "Tomorrow at 9:00": the user's next day, at their reminder time, in their time zone. */
export async function nextMorning(deps: UseCaseDeps): Promise<string> {
  const settings = await loadRecoverySettings(deps.db, deps.workspaceId);
  const today = localDayOf(nowInstant(deps), settings.timeZone);
  return instantAtLocalTime(addDays(today, 1), settings.reminderTime, settings.timeZone);
}

function checkWhen(at: string, now: Date) {
  const ms = new Date(at).getTime();
  if (ms <= now.getTime()) throw AppError.validation('at', 'must be in the future');
  if (ms - now.getTime() > LATEST_SCHEDULE_DAYS * DAY_MS) {
    throw AppError.validation('at', `must be within ${LATEST_SCHEDULE_DAYS} days`);
  }
}

/**
 * Sets a draft to go through the mail account later (by default tomorrow at the reminder time).
 * It is checked now as a send would be — an email with a text, an address and a subject — so a
 * problem shows while the user is there to fix it. Until it goes, the draft can still be edited
 * (what is saved then is what goes) or the send cancelled. A failed earlier attempt is forgotten.
 */
export async function scheduleSend(
  deps: UseCaseDeps,
  { id, at, ...options }: { id: string } & ScheduleSendOptions,
): Promise<Message> {
  const when =
    (await resolveUserTime(deps.db, deps.workspaceId, 'at', at)) ?? (await nextMorning(deps));
  checkWhen(when, deps.clock.now());
  return inTransaction(deps.db, async (trx) => {
    const current = await requireMessage(trx, deps.workspaceId, id);
    if (sendInFlight(await sendStartedAt(trx, deps.workspaceId, id), deps.clock.now())) {
      throw new AppError('conflict', 'This message is being sent right now.', { field: 'status' });
    }
    await prepareMail(withDb(deps, trx), current, { ...options, from: null });
    const scheduled = { at: when, newThread: options.newThread, taskId: options.taskId ?? null };
    const now = nowInstant(deps);
    await updateMessageRow(trx, deps.workspaceId, id, {
      ...scheduleColumns(scheduled),
      ...failureColumns(null),
      updated_at: now,
    });
    return { ...current, scheduled, sendFailure: null, updatedAt: now };
  });
}

/** Calls off a scheduled send; the message stays a draft. Refused once it is on its way. */
export async function cancelScheduledSend(
  deps: UseCaseDeps,
  { id }: { id: string },
): Promise<Message> {
  return inTransaction(deps.db, async (trx) => {
    const current = await requireMessage(trx, deps.workspaceId, id);
    const now = deps.clock.now();
    const window = { now: now.toISOString(), staleBefore: staleSendBefore(now) };
    if (!(await unscheduleSend(trx, deps.workspaceId, id, window))) {
      throw new AppError(
        'conflict',
        current.scheduled === null
          ? 'This message is not scheduled to be sent.'
          : 'This message is being sent right now, so it can no longer be cancelled.',
        { field: 'scheduled' },
      );
    }
    return { ...current, scheduled: null, updatedAt: window.now };
  });
}

/** The way out for scheduled sends, read when one is due (the account may change meanwhile). */
export type MailSender = () => { transport: MailTransport; from: MailAddress };

export interface DueSendsResult {
  sent: SendMessageResult[];
  failed: { workspaceId: string; id: string; error: string }[];
}

/** Sends due at most per run; the next run takes the rest. */
const DUE_PER_RUN = 50;

/**
 * Sends every scheduled message whose time has come, across workspaces. Each is claimed with one
 * conditional update first, so two servers on one database never send the same message twice.
 * A send that fails is kept as a draft with its error (shown to the user), and not retried.
 */
export async function sendDueMessages(
  deps: { db: Db; clock: Clock },
  { sender, limit = DUE_PER_RUN }: { sender: MailSender; limit?: number },
): Promise<DueSendsResult> {
  const now = deps.clock.now();
  const window = { now: now.toISOString(), staleBefore: staleSendBefore(now) };
  const due = await listDueSends(deps.db, { ...window, limit });
  const result: DueSendsResult = { sent: [], failed: [] };
  for (const { workspaceId, id } of due) {
    const scoped: UseCaseDeps = { ...deps, workspaceId };
    if (!(await claimDueSend(deps.db, workspaceId, id, window))) continue;
    const outcome = await sendClaimed(scoped, id, sender);
    if ('error' in outcome) result.failed.push({ workspaceId, id, error: outcome.error });
    else result.sent.push(outcome);
  }
  return result;
}

/** Sends one claimed scheduled message, recording the delivery or the failure (never throws for a mail failure). */
export async function sendClaimed(
  deps: UseCaseDeps,
  id: string,
  sender: MailSender,
): Promise<SendMessageResult | { error: string }> {
  const message = await requireMessage(deps.db, deps.workspaceId, id);
  const scheduled = message.scheduled;
  if (scheduled === null) {
    // Cannot happen after a claim (cancelling waits for none), but never leave a claim behind.
    await updateMessageRow(deps.db, deps.workspaceId, id, { send_started_at: null });
    return { error: 'This message is no longer scheduled.' };
  }
  try {
    const { transport, from } = sender();
    const taskId = await stillThere(deps, scheduled.taskId);
    const prepared = await prepareMail(deps, message, {
      newThread: scheduled.newThread,
      from,
      ...(taskId !== undefined && { taskId }),
    });
    await updateMessageRow(deps.db, deps.workspaceId, id, { email_message_id: prepared.messageId });
    const delivery = await transport.send(prepared);
    return await recordDelivery(deps, id, {
      mail: prepared,
      delivery,
      ...(taskId !== undefined && { taskId }),
    });
  } catch (error) {
    const words = isAppError(error)
      ? error.message
      : `Rebound could not send it: ${error instanceof Error ? error.message : String(error)}`;
    // A Message-ID from a send that was cut off is kept: that mail may be out there.
    await recordFailure(deps, id, words, { keepMessageId: message.emailMessageId });
    return { error: words };
  }
}

/** The step a scheduled send was for, unless it was deleted meanwhile (then the match is found). */
async function stillThere(deps: UseCaseDeps, taskId: string | null): Promise<string | undefined> {
  if (taskId === null) return undefined;
  return (await findTask(deps.db, deps.workspaceId, taskId))?.id;
}

/** A scheduled send that did not go: off the schedule, a draft with the error beside it. */
async function recordFailure(
  deps: UseCaseDeps,
  id: string,
  error: string,
  { keepMessageId }: { keepMessageId: string | null },
) {
  const now = nowInstant(deps);
  await updateMessageRow(deps.db, deps.workspaceId, id, {
    ...scheduleColumns(null),
    ...failureColumns({ at: now, error }),
    send_started_at: null,
    email_message_id: keepMessageId,
    updated_at: now,
  });
}
