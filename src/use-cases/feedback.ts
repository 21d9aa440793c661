import { interactionInputSchema } from '../core/interaction';
import { instantAtLocalTime, localDayOf } from '../core/recovery/zoned-time';
import { refuseFutureDay } from './date-times';
import type { FeedbackInput } from '../core/rejection';
import { updateRejectionRow } from '../storage/repositories/rejections';
import { listTasksOfApplication, updateTaskRow } from '../storage/repositories/tasks';
import { requireContact } from './contacts';
import { inTransaction, nowInstant, withDb, type UseCaseDeps } from './deps';
import { logInteraction } from './interactions';
import { loadRecoverySettings, requireRejection } from './recovery-context';
import { getRecoveryPlan, type RecoveryPlan } from './recovery-plan';
import { lockForWrite } from '../storage/write-lock';

/**
 * Records feedback that came back after a rejection. The first time, the reply is logged as an
 * interaction from the sender (they answered, so the keep-in-touch count starts again), and an
 * unsent feedback request is closed by it. Recording it again corrects the text or date.
 */
export async function recordFeedback(
  deps: UseCaseDeps,
  { applicationId, input }: { applicationId: string; input: FeedbackInput },
): Promise<RecoveryPlan> {
  return inTransaction(deps.db, async (trx) => {
    const scoped = withDb(deps, trx);
    const ws = deps.workspaceId;
    await lockForWrite(trx, ws, { kind: 'application', id: applicationId });
    const rejection = await requireRejection(trx, ws, applicationId);
    const settings = await loadRecoverySettings(trx, ws);
    const now = nowInstant(deps);
    const today = localDayOf(now, settings.timeZone);
    const receivedOn = input.receivedOn ?? today;
    refuseFutureDay('receivedOn', receivedOn, today, settings.timeZone);
    if (input.contactId !== undefined) await requireContact(trx, ws, input.contactId, 'contactId');
    const tasks = await listTasksOfApplication(trx, ws, applicationId);
    const request = tasks.find((t) => t.kind === 'feedback_request');
    const sender = input.contactId ?? request?.contactId ?? rejection.contactId;
    let interactionId: string | null = null;
    if (rejection.feedbackReceivedOn === null && sender !== null) {
      const midday = instantAtLocalTime(receivedOn, '12:00', settings.timeZone);
      const interaction = await logInteraction(
        scoped,
        interactionInputSchema.parse({
          contactId: sender,
          applicationId,
          occurredAt: midday < now ? midday : now,
          channel: 'email',
          direction: 'inbound',
          summary: 'Sent feedback after the rejection',
        }),
      );
      interactionId = interaction.id;
    }
    await updateRejectionRow(trx, ws, {
      ...rejection,
      feedback: input.text,
      feedbackReceivedOn: receivedOn,
      updatedAt: now,
    });
    if (request?.status === 'open') {
      await updateTaskRow(trx, ws, request.id, {
        status: 'done',
        done_at: now,
        interaction_id: interactionId,
        updated_at: now,
      });
    }
    return getRecoveryPlan(scoped, { applicationId });
  });
}
