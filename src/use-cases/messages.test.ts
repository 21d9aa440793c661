import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { interviewedApplication, reject, useTimeZone } from '../../test/recovery-fixtures';
import { messageInputSchema } from '../core/message';
import { selectWorkspaceRows } from '../storage/bulk';
import { updateMessageRow } from '../storage/repositories/messages';
import { getContactDetail } from './contacts';
import type { UseCaseDeps } from './deps';
import { logInteraction } from './interactions';
import { interactionInputSchema } from '../core/interaction';
import {
  createMessage,
  getMessage,
  markMessageNotSent,
  markMessageReplied,
  markMessageSent,
} from './messages';
import { getRecoveryPlan } from './recovery-plan';

async function rejectedWithThankYou(deps: UseCaseDeps) {
  await useTimeZone(deps);
  const app = await interviewedApplication(deps);
  await reject(deps, app.applicationId, { date: '2026-11-25', contactId: app.hiringManager });
  const message = await createMessage(
    deps,
    messageInputSchema.parse({
      kind: 'thank_you',
      applicationId: app.applicationId,
      contactId: app.hiringManager,
      recipient: 'ana@acme.example',
      subject: 'Thank you',
      body: 'Hi Ana,\n\nThank you for telling me yourself.\n\nBest,\nSam',
    }),
  );
  const stepOf = async () =>
    (await getRecoveryPlan(deps, { applicationId: app.applicationId })).steps.find(
      (s) => s.kind === 'thank_you',
    );
  return { app, message, stepOf };
}

describeEachDialect('marking a message not sent', (db) => {
  it('makes it a draft again, removes the logged touch and reopens the step, in one go', async () => {
    const deps = await db().deps('ws_unsend');
    const { app, message, stepOf } = await rejectedWithThankYou(deps);
    // An earlier call with the person, so "last in touch" has somewhere to go back to.
    await logInteraction(
      deps,
      interactionInputSchema.parse({
        contactId: app.hiringManager,
        channel: 'call',
        occurredAt: '2026-11-20T10:00:00Z',
      }),
    );
    db().clock.advance(3_600_000);
    const sent = await markMessageSent(deps, { id: message.id });
    expect(sent.task?.kind).toBe('thank_you');
    expect((await stepOf())?.status).toBe('done');
    expect(
      (await getContactDetail(deps, { id: app.hiringManager })).contact.lastInteractionAt,
    ).toBe(sent.message.sentAt);

    db().clock.advance(60_000);
    const undone = await markMessageNotSent(deps, { id: message.id });
    expect(undone.message).toMatchObject({ status: 'draft', sentAt: null });
    expect(undone.reopenedTasks.map((t) => t.id)).toEqual([sent.task?.id]);
    expect(undone.removedInteractionIds).toEqual([sent.interaction?.id]);
    expect(await getMessage(deps, { id: message.id })).toMatchObject({
      status: 'draft',
      sentAt: null,
    });
    expect(await stepOf()).toMatchObject({ status: 'open', doneAt: null, messageId: null });
    const person = await getContactDetail(deps, { id: app.hiringManager });
    expect(person.contact.lastInteractionAt).toBe('2026-11-20T10:00:00.000Z');
    expect(person.interactions.map((i) => i.channel)).toEqual(['call']);

    // Marked sent again later, it completes the step again.
    const again = await markMessageSent(deps, { id: message.id });
    expect(again.task?.id).toBe(sent.task?.id);
  });

  it('refuses a draft, a message with a reply and an email Rebound sent, changing nothing', async () => {
    const deps = await db().deps('ws_unsend_refused');
    const { message } = await rejectedWithThankYou(deps);
    await expect(markMessageNotSent(deps, { id: message.id })).rejects.toMatchObject({
      code: 'conflict',
      message: 'This message is not marked as sent.',
    });
    await markMessageSent(deps, { id: message.id });
    await markMessageReplied(deps, { id: message.id });
    await expect(markMessageNotSent(deps, { id: message.id })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/has a reply/),
    });
    const emailed = await createMessage(
      deps,
      messageInputSchema.parse({ kind: 'other', recipient: 'a@b.example', body: 'Hi' }),
    );
    await markMessageSent(deps, { id: emailed.id });
    await updateMessageRow(deps.db, deps.workspaceId, emailed.id, {
      email_message_id: '<x@rebound>',
    });
    const before = await selectWorkspaceRows(deps.db, 'interactions', deps.workspaceId);
    await expect(markMessageNotSent(deps, { id: emailed.id })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/cannot be taken back/),
    });
    expect(await selectWorkspaceRows(deps.db, 'interactions', deps.workspaceId)).toEqual(before);
    expect((await getMessage(deps, { id: emailed.id })).status).toBe('sent');
    await expect(markMessageNotSent(deps, { id: 'msg_nosuchmessage' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('completes a silver-medalist check-in with a follow-up, the step kind mapped to the message kind', async () => {
    const deps = await db().deps('ws_unsend_silver');
    await useTimeZone(deps);
    const app = await interviewedApplication(deps);
    await reject(deps, app.applicationId, { date: '2026-11-25', contactId: app.hiringManager });
    const plan = await getRecoveryPlan(deps, { applicationId: app.applicationId });
    const check = plan.steps.find((s) => s.kind === 'silver_medalist');
    expect(check).toBeDefined();
    const followUp = await createMessage(
      deps,
      messageInputSchema.parse({
        kind: 'follow_up',
        applicationId: app.applicationId,
        contactId: check?.contactId ?? null,
        body: 'Hi, checking back in.',
      }),
    );
    const sent = await markMessageSent(deps, { id: followUp.id });
    expect(sent.task?.id).toBe(check?.id);
  });
});
