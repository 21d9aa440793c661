import { AppError, isAppError } from '../../core/app-error';
import type { MailAddress } from '../../core/mail/smtp-settings';
import {
  type Message,
  type SendMessageOptions,
  sendInFlight,
  staleSendBefore,
} from '../../core/message';
import type { Db } from '../../storage/database';
import { listSeekerWorkspaces } from '../../storage/repositories/digests';
import {
  claimDueSend,
  failureColumns,
  listDueSends,
  sendStartedAt,
  updateMessageRow,
} from '../../storage/repositories/messages';
import { scopeRows } from '../../storage/row-scope';
import { lockForWrite } from '../../storage/write-lock';
import { type Clock, inTransaction, nowInstant, type UseCaseDeps, withDb } from '../deps';
import { requireMessage } from '../messages';
import type { MailTransport } from './mail-port';
import { type DueSendsResult, sendClaimed } from './scheduled-sends';
import { prepareMail, sendMessage, type SendMessageResult } from './send-message';

/**
 * A team workspace's own way out, read when a send is due (inside that send's transaction, so
 * the account is the one saved at that moment).
 */
export type WorkspaceSender = (
  deps: UseCaseDeps,
) => Promise<{ transport: MailTransport; from: MailAddress }>;

/** What the job queue needs to know, besides the workspace: the team's database and clock. */
export interface TeamMailDeps {
  db: Db;
  clock: Clock;
}

/** Runs `work` in one transaction that row-level security scopes to one workspace. */
export async function inWorkspace<T>(
  deps: TeamMailDeps,
  workspaceId: string,
  work: (scoped: UseCaseDeps) => Promise<T>,
): Promise<T> {
  return inTransaction(deps.db, async (trx) => {
    await scopeRows(trx, { workspaces: [workspaceId] });
    return work({ db: trx, clock: deps.clock, workspaceId });
  });
}

/**
 * Checks a draft can go by email now, as the send will (a text, an address, a subject, not
 * already sent or on its way), so "send now" is refused while the person is there to fix it
 * rather than in the background. Returns the draft.
 */
export async function checkSendable(
  deps: UseCaseDeps,
  { id, ...options }: { id: string } & SendMessageOptions,
): Promise<Message> {
  const message = await requireMessage(deps.db, deps.workspaceId, id);
  if (sendInFlight(await sendStartedAt(deps.db, deps.workspaceId, id), deps.clock.now())) {
    throw new AppError('conflict', 'This message is being sent right now.', { field: 'status' });
  }
  await prepareMail(deps, message, { ...options, from: null });
  return message;
}

export interface SendQueuedOptions extends SendMessageOptions {
  workspaceId: string;
  id: string;
  sender: WorkspaceSender;
}

export type QueuedSendOutcome = SendMessageResult | { skipped: 'already_sent' };

/**
 * Sends a draft queued by "send now", through the workspace's own account, at most once however
 * often the queue delivers the job. The draft is locked, read, sent and recorded in one
 * transaction scoped to the workspace: a second worker waits for the first and then finds it
 * sent; a send that fails rolls back, keeps the error on the draft for the person to see, and is
 * thrown for the queue to retry (a refusal of the mail server) or to give up on (anything the
 * draft itself must fix).
 */
export async function sendQueuedMessage(
  deps: TeamMailDeps,
  { workspaceId, id, sender, ...options }: SendQueuedOptions,
): Promise<QueuedSendOutcome> {
  try {
    return await inWorkspace(deps, workspaceId, async (scoped) => {
      await lockForWrite(scoped.db, workspaceId, { kind: 'message', id });
      const message = await requireMessage(scoped.db, workspaceId, id);
      if (message.status !== 'draft') return { skipped: 'already_sent' as const };
      const account = await sender(scoped);
      const sent = await sendMessage(scoped, { id, ...account, ...options });
      // An earlier try's error no longer applies.
      await updateMessageRow(scoped.db, workspaceId, id, failureColumns(null));
      return { ...sent, message: { ...sent.message, sendFailure: null } };
    });
  } catch (error) {
    if (isAppError(error) && error.code !== 'not_found') {
      await inWorkspace(deps, workspaceId, (scoped) =>
        updateMessageRow(scoped.db, workspaceId, id, {
          ...failureColumns({ at: nowInstant(scoped), error: error.message }),
        }),
      );
    }
    throw error;
  }
}

/** Due sends looked at per sweep; the next sweep finds the rest. */
const SWEEP_LIMIT = 1000;

/**
 * The team workspaces with a scheduled send due now. The sweep reads every seeker's workspace
 * in one scoped transaction and hands back only ids: each workspace is then sent from in a
 * scope of its own.
 */
export async function findWorkspacesWithDueSends(deps: TeamMailDeps): Promise<string[]> {
  const now = deps.clock.now();
  return inTransaction(deps.db, async (trx) => {
    await scopeRows(trx, { workspaces: await listSeekerWorkspaces(trx) });
    const due = await listDueSends(trx, {
      now: now.toISOString(),
      staleBefore: staleSendBefore(now),
      limit: SWEEP_LIMIT,
    });
    return [...new Set(due.map((send) => send.workspaceId))];
  });
}

/** Sends at most this many of one workspace's due messages per run; the next run sends the rest. */
const DUE_PER_WORKSPACE = 50;

/**
 * Sends one team workspace's scheduled messages that came due, each through the workspace's own
 * account and exactly once: each message is claimed, sent and recorded in one transaction scoped
 * to the workspace, so a second worker's claim waits on the first and then finds the message
 * sent (or, after a failure, off the schedule with its error, as decision 0018 keeps it).
 */
export async function sendWorkspaceDueMessages(
  deps: TeamMailDeps,
  { workspaceId, sender }: { workspaceId: string; sender: WorkspaceSender },
): Promise<DueSendsResult> {
  const now = deps.clock.now();
  const window = { now: now.toISOString(), staleBefore: staleSendBefore(now) };
  const due = await inWorkspace(deps, workspaceId, (scoped) =>
    listDueSends(scoped.db, { ...window, limit: DUE_PER_WORKSPACE }),
  );
  const result: DueSendsResult = { sent: [], failed: [] };
  for (const { id } of due) {
    const outcome = await inWorkspace(deps, workspaceId, async (scoped) => {
      if (!(await claimDueSend(scoped.db, workspaceId, id, window))) return null;
      // An account that cannot be read fails this send with its reason, as a refused send does.
      const account = await sender(scoped).catch((error: unknown) => error);
      return sendClaimed(withDb(scoped, scoped.db), id, () => {
        if (account instanceof Error) throw account;
        return account as Awaited<ReturnType<WorkspaceSender>>;
      });
    });
    if (outcome === null) continue;
    if ('error' in outcome) result.failed.push({ workspaceId, id, error: outcome.error });
    else result.sent.push(outcome);
  }
  return result;
}
