import { applicationInputSchema } from '../../core/application';
import { AppError } from '../../core/app-error';
import { movesToInterview, type Proposal } from '../../core/inbox/proposal';
import { instantAtLocalTime } from '../../core/recovery/zoned-time';
import type { Db } from '../../storage/database';
import { listStageEvents, updateApplicationRow } from '../../storage/repositories/applications';
import type { AppliedChange, InboxMessage } from '../../storage/repositories/inbox';
import { findRejectionOfApplication } from '../../storage/repositories/rejections';
import {
  changeStage,
  createApplication,
  deleteApplication,
  requireApplication,
} from '../applications';
import { exactly } from '../date-times';
import type { UseCaseDeps } from '../deps';
import { addInterview, deleteInterview, listApplicationInterviews } from '../interviews';
import { loadRecoverySettings } from '../recovery-context';
import { recordRejection, withdrawRejection } from '../rejections';

/** When the news came, as an instant: the message's own time, or midday of the proposal's day. */
async function newsInstant(db: Db, workspaceId: string, message: InboxMessage, now: string) {
  if (message.sentAt !== null && message.sentAt <= now) return message.sentAt;
  const settings = await loadRecoverySettings(db, workspaceId);
  const midday = instantAtLocalTime(message.proposal.date, '12:00', settings.timeZone);
  return midday < now ? midday : now;
}

async function createFromProposal(deps: UseCaseDeps, proposal: Proposal, at: string) {
  const create = proposal.create;
  if (!create)
    throw new AppError('conflict', 'applicationId: choose the application this message is about', {
      field: 'applicationId',
    });
  const input = applicationInputSchema.parse({
    company: create.company,
    role: create.role,
    stage: 'applied',
    stageAt: at,
    source: 'Email',
  });
  return createApplication(deps, input);
}

/**
 * Carries out a proposal inside the caller's transaction and says what it did: the application
 * it made, the rejection or interview it recorded and the stage moves, so undo can take back
 * exactly that and nothing the user did since.
 */
export async function carryOut(deps: UseCaseDeps, message: InboxMessage): Promise<AppliedChange> {
  const now = deps.clock.now().toISOString();
  const at = await newsInstant(deps.db, deps.workspaceId, message, now);
  const { proposal } = message;
  let applicationId = proposal.applicationId;
  let createdApplicationId: string | null = null;
  if (applicationId === null) {
    createdApplicationId = (await createFromProposal(deps, proposal, at)).id;
    applicationId = createdApplicationId;
  }
  const application = await requireApplication(deps.db, deps.workspaceId, applicationId);
  const before = await listStageEvents(deps.db, deps.workspaceId, applicationId);
  const change: AppliedChange = {
    createdApplicationId,
    applicationId,
    rejectionId: null,
    interviewId: null,
    stageEventIds: [],
    previous: { stage: application.stage, stageChangedAt: application.stageChangedAt },
  };
  if (proposal.action === 'record_rejection') {
    await recordRejection(deps, {
      applicationId,
      input: {
        date: proposal.date,
        channel: message.automated ? 'automated' : 'email',
        humanContact: !message.automated,
      },
    });
    change.rejectionId =
      (await findRejectionOfApplication(deps.db, deps.workspaceId, applicationId))?.id ?? null;
  } else if (proposal.action === 'add_interview') {
    if (movesToInterview(application.stage)) {
      await changeStage(deps, {
        id: applicationId,
        stage: 'interview',
        at: exactly(at),
        note: `Invitation by email: ${message.subject}`,
      });
    }
    const round = (await listApplicationInterviews(deps, { applicationId })).length + 1;
    const interview = await addInterview(deps, {
      applicationId,
      input: {
        scheduledAt: exactly(at),
        round: Math.min(round, 20),
        format: 'other',
        durationMinutes: null,
        topics: [],
        questions: [],
        notes: `Invitation received by email (“${message.subject}”). Set the time once it is agreed.`,
        contactIds: [],
      },
    });
    change.interviewId = interview.id;
  } else if (proposal.action === 'record_offer') {
    await changeStage(deps, {
      id: applicationId,
      stage: 'offer',
      at: exactly(at),
      note: `Offer by email: ${message.subject}`,
    });
  }
  const after = await listStageEvents(deps.db, deps.workspaceId, applicationId);
  const known = new Set(before.map((e) => e.id));
  change.stageEventIds = after.filter((e) => !known.has(e.id)).map((e) => e.id);
  return change;
}

/** Takes back what {@link carryOut} did, inside the caller's transaction. */
export async function takeBack(deps: UseCaseDeps, change: AppliedChange): Promise<void> {
  if (change.createdApplicationId !== null) {
    await deleteApplication(deps, { id: change.createdApplicationId });
    return;
  }
  const { applicationId } = change;
  await requireApplication(deps.db, deps.workspaceId, applicationId);
  const trx = deps.db;
  const withdrawnEvents: string[] = [];
  if (change.rejectionId !== null) {
    const rejection = await findRejectionOfApplication(trx, deps.workspaceId, applicationId);
    if (rejection?.id === change.rejectionId) {
      const before = new Set(
        (await listStageEvents(trx, deps.workspaceId, applicationId)).map((e) => e.id),
      );
      // A reflection written since is the user's own work: withdrawRejection refuses to lose it.
      await withdrawRejection(deps, { applicationId });
      const after = await listStageEvents(trx, deps.workspaceId, applicationId);
      withdrawnEvents.push(...after.filter((e) => !before.has(e.id)).map((e) => e.id));
    }
  }
  if (change.interviewId !== null) {
    await deleteInterview(deps, { id: change.interviewId }).catch((error: unknown) => {
      if (!(error instanceof AppError && error.code === 'not_found')) throw error;
    });
  }
  const drop = [...change.stageEventIds, ...withdrawnEvents];
  if (drop.length > 0) {
    await trx
      .deleteFrom('stage_events')
      .where('workspace_id', '=', deps.workspaceId)
      .where('id', 'in', drop)
      .execute();
  }
  if (change.previous) {
    await updateApplicationRow(trx, deps.workspaceId, applicationId, {
      stage: change.previous.stage,
      stage_changed_at: change.previous.stageChangedAt,
      updated_at: deps.clock.now().toISOString(),
    });
  }
}
