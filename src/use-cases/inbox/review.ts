import { AppError } from '../../core/app-error';
import { proposeChange, type InboxDecision, type InboxStatus } from '../../core/inbox/proposal';
import type { Stage } from '../../core/stages';
import {
  findInboxMessage,
  queryInboxMessages,
  updateInboxMessage,
  type InboxMessage,
} from '../../storage/repositories/inbox';
import { findApplication } from '../../storage/repositories/applications';
import type { Db } from '../../storage/database';
import { inTransaction, nowInstant, withDb, type UseCaseDeps } from '../deps';
import { pageOf, type Page, type PageRequest } from '../paging';
import { carryOut, takeBack } from './apply-change';

async function requireInboxMessage(db: Db, workspaceId: string, id: string) {
  const message = await findInboxMessage(db, workspaceId, id);
  if (!message) throw AppError.notFound('inbox message', id);
  return message;
}

export interface ListInboxOptions extends PageRequest {
  /** `review` (default), `applied`, `dismissed`, `none` or every message. */
  status?: InboxStatus | 'all';
}

/** The inbox, newest first: by default the messages waiting for review. */
export async function listInbox(
  deps: UseCaseDeps,
  options: ListInboxOptions,
): Promise<Page<InboxMessage>> {
  const status = options.status ?? 'review';
  const rows = await queryInboxMessages(deps.db, deps.workspaceId, {
    statuses: status === 'all' ? null : [status],
    limit: options.limit + 1,
    offset: options.offset,
  });
  return pageOf(rows, options);
}

export async function getInboxMessage(deps: UseCaseDeps, { id }: { id: string }) {
  return requireInboxMessage(deps.db, deps.workspaceId, id);
}

/** The message with the user's corrections: kind, employer, role or application changed. */
async function decided(
  db: Db,
  workspaceId: string,
  message: InboxMessage,
  decision: InboxDecision,
) {
  const changed = Object.values(decision).some((v) => v !== undefined);
  if (!changed) return message;
  const next = {
    ...message,
    kind: decision.kind ?? message.kind,
    company: decision.company ?? message.company,
    role: decision.role ?? message.role,
  };
  let applicationId =
    decision.applicationId !== undefined ? decision.applicationId : message.proposal.applicationId;
  let stage: Stage | null = null;
  if (applicationId !== null) {
    const application = await findApplication(db, workspaceId, applicationId);
    if (!application) throw AppError.notFound('application', applicationId, 'applicationId');
    stage = application.stage;
  }
  if (decision.company !== undefined && decision.applicationId === undefined) applicationId = null;
  if (applicationId === null) stage = null;
  const proposal = proposeChange(next, { applicationId, stage }, message.proposal.date);
  return { ...next, proposal };
}

/**
 * Accepts a message's proposal, with the user's changes if any (another kind, employer, role or
 * application): the change is carried out and recorded for undo, all in one transaction.
 */
export async function applyInboxMessage(
  deps: UseCaseDeps,
  { id, decision = {} }: { id: string; decision?: InboxDecision },
): Promise<InboxMessage> {
  return inTransaction(deps.db, async (trx) => {
    const scoped = withDb(deps, trx);
    const current = await requireInboxMessage(trx, deps.workspaceId, id);
    if (current.status === 'applied') {
      throw new AppError(
        'conflict',
        'This message was already applied; undo it first to change it.',
        { field: 'id' },
      );
    }
    const message = await decided(trx, deps.workspaceId, current, decision);
    if (message.proposal.action === 'none') {
      throw new AppError(
        'conflict',
        message.proposal.applicationId === null && message.company === null
          ? 'company: say which employer this message is from, or choose the application'
          : `Nothing to do for a message of kind ${message.kind} on this application; dismiss it instead.`,
        { field: message.company === null ? 'company' : 'kind' },
      );
    }
    const change = await carryOut(scoped, message);
    const applied: InboxMessage = {
      ...message,
      proposal: { ...message.proposal, applicationId: change.applicationId },
      status: 'applied',
      change,
      decidedAt: nowInstant(deps),
    };
    await updateInboxMessage(trx, deps.workspaceId, applied);
    return applied;
  });
}

/** Leaves a message as it is: nothing changes in the search, and it leaves the review list. */
export async function dismissInboxMessage(deps: UseCaseDeps, { id }: { id: string }) {
  return inTransaction(deps.db, async (trx) => {
    const message = await requireInboxMessage(trx, deps.workspaceId, id);
    if (message.status === 'applied') {
      throw new AppError(
        'conflict',
        'This message was applied; undo it instead of dismissing it.',
        { field: 'id' },
      );
    }
    const next: InboxMessage = { ...message, status: 'dismissed', decidedAt: nowInstant(deps) };
    await updateInboxMessage(trx, deps.workspaceId, next);
    return next;
  });
}

/**
 * Takes back an applied message (the application it made, the rejection, interview or stage
 * move) or brings a dismissed one back to review, in one transaction.
 */
export async function undoInboxMessage(deps: UseCaseDeps, { id }: { id: string }) {
  return inTransaction(deps.db, async (trx) => {
    const message = await requireInboxMessage(trx, deps.workspaceId, id);
    if (message.status !== 'applied' && message.status !== 'dismissed') {
      throw new AppError('conflict', 'Only an applied or dismissed message can be undone.', {
        field: 'id',
      });
    }
    if (message.change) await takeBack(withDb(deps, trx), message.change);
    const createdApp = message.change?.createdApplicationId ?? null;
    const next: InboxMessage = {
      ...message,
      proposal: createdApp ? { ...message.proposal, applicationId: null } : message.proposal,
      status: message.proposal.action === 'none' ? 'none' : 'review',
      change: null,
      decidedAt: null,
    };
    await updateInboxMessage(trx, deps.workspaceId, next);
    return next;
  });
}
