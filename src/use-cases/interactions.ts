import { AppError } from '../core/app-error';
import { newId } from '../core/ids';
import type { Interaction, InteractionInput } from '../core/interaction';
import {
  deleteInteractionRow,
  findInteraction,
  insertInteraction,
  queryInteractions,
  refreshLastInteraction,
} from '../storage/repositories/interactions';
import { findApplication } from '../storage/repositories/applications';
import { requireContact } from './contacts';
import { inTransaction, nowInstant, type UseCaseDeps } from './deps';
import { completeStepsFulfilledBy } from './task-fulfilment';
import { type Page, pageOf, type PageRequest } from './paging';
import { resolveUserTime } from './date-times';

/**
 * Logs a touchpoint with a contact and moves their "last interaction" forward; an outbound one
 * also closes the keep-in-touch steps it has done (see task-fulfilment.ts).
 */
export async function logInteraction(
  deps: UseCaseDeps,
  input: InteractionInput,
): Promise<Interaction> {
  const now = nowInstant(deps);
  const occurredAt = await resolveUserTime(
    deps.db,
    deps.workspaceId,
    'occurredAt',
    input.occurredAt,
  );
  const interaction: Interaction = {
    id: newId('int'),
    contactId: input.contactId,
    applicationId: input.applicationId,
    occurredAt: occurredAt ?? now,
    channel: input.channel,
    direction: input.direction,
    summary: input.summary,
    messageId: input.messageId,
    createdAt: now,
  };
  await inTransaction(deps.db, async (trx) => {
    await requireContact(trx, deps.workspaceId, input.contactId, 'contactId');
    if (input.applicationId !== null) {
      const application = await findApplication(trx, deps.workspaceId, input.applicationId);
      if (!application) {
        throw AppError.notFound('application', input.applicationId, 'applicationId');
      }
    }
    if (input.messageId !== null) {
      const message = await trx
        .selectFrom('messages')
        .select('id')
        .where('workspace_id', '=', deps.workspaceId)
        .where('id', '=', input.messageId)
        .executeTakeFirst();
      if (!message) {
        throw AppError.notFound('message', input.messageId, 'messageId');
      }
    }
    await insertInteraction(trx, deps.workspaceId, interaction);
    await refreshLastInteraction(trx, deps.workspaceId, interaction.contactId);
    await completeStepsFulfilledBy(trx, deps.workspaceId, interaction, now);
  });
  return interaction;
}

export interface ListInteractionsOptions extends PageRequest {
  contactId?: string;
  applicationId?: string;
}

export async function listInteractions(
  deps: UseCaseDeps,
  options: ListInteractionsOptions,
): Promise<Page<Interaction>> {
  const rows = await queryInteractions(deps.db, deps.workspaceId, {
    ...(options.contactId !== undefined && { contactId: options.contactId }),
    ...(options.applicationId !== undefined && { applicationId: options.applicationId }),
    limit: options.limit + 1,
    offset: options.offset,
  });
  return pageOf(rows, options);
}

export async function deleteInteraction(deps: UseCaseDeps, { id }: { id: string }) {
  await inTransaction(deps.db, async (trx) => {
    const interaction = await findInteraction(trx, deps.workspaceId, id);
    if (!interaction) throw AppError.notFound('interaction', id);
    await trx
      .updateTable('tasks')
      .set({ interaction_id: null })
      .where('workspace_id', '=', deps.workspaceId)
      .where('interaction_id', '=', id)
      .execute();
    await deleteInteractionRow(trx, deps.workspaceId, id);
    await refreshLastInteraction(trx, deps.workspaceId, interaction.contactId);
  });
}
