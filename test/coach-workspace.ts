import { newId } from '../src/core/ids';
import { interviewInputSchema } from '../src/core/interview';
import { messageInputSchema } from '../src/core/message';
import type { Rejection } from '../src/core/rejection';
import { insertRejection } from '../src/storage/repositories/rejections';
import { createApplication } from '../src/use-cases/applications';
import { createContact } from '../src/use-cases/contacts';
import type { UseCaseDeps } from '../src/use-cases/deps';
import { addInterview } from '../src/use-cases/interviews';
import { createMessage, markMessageSent } from '../src/use-cases/messages';
import { applicationInput, contactInput } from './factories';

/**
 * A workspace the coach can draw on: an application to Acme Robotics with two people met, their
 * interviews and notes, a rejection with a reflection, other applications, and messages sent.
 */
export async function seedCoachWorkspace(deps: UseCaseDeps) {
  const acme = await createApplication(
    deps,
    applicationInput({ company: 'Acme Robotics', role: 'Firmware Engineer', stage: 'rejected' }),
  );
  const stark = await createApplication(deps, applicationInput({ company: 'Stark Foods' }));
  await createApplication(deps, applicationInput({ company: 'Stark Foods', role: 'Buyer' }));
  await createApplication(deps, applicationInput({ company: 'Wayne Logistics' }));
  await createApplication(deps, applicationInput({ company: 'acme robotics', role: 'Tester' }));

  const helen = await createContact(
    deps,
    contactInput({
      name: 'Helen Cho',
      relationship: 'hiring_manager',
      notes: 'Keen cyclist; ask about the Shenzhen factory trip',
      applicationIds: [acme.id],
    }),
  );
  const sam = await createContact(
    deps,
    contactInput({ name: 'Sam Reed', relationship: 'recruiter', applicationIds: [acme.id] }),
  );
  const owen = await createContact(
    deps,
    contactInput({ name: 'Owen Price', applicationIds: [stark.id] }),
  );

  await addInterview(deps, {
    applicationId: acme.id,
    input: interviewInputSchema.parse({
      scheduledAt: '2026-11-10T10:00:00Z',
      topics: ['their relocation package'],
      contactIds: [sam.id],
    }),
  });
  await addInterview(deps, {
    applicationId: acme.id,
    input: interviewInputSchema.parse({
      scheduledAt: '2026-11-17T10:00:00Z',
      round: 2,
      topics: ['motor controller bring-up', 'switching the build system to Bazel'],
      questions: ['How would you debug a brown-out reset?'],
      contactIds: [helen.id],
    }),
  });

  const now = deps.clock.now().toISOString();
  const rejection: Rejection = {
    id: newId('rej'),
    applicationId: acme.id,
    rejectedOn: now.slice(0, 10),
    stageReached: 'final',
    channel: 'email',
    reason: null,
    humanContact: true,
    contactId: helen.id,
    reflection: {
      wentWell: 'the whiteboard session on interrupts',
      toPractise: ['RTOS scheduling questions'],
      howIFeel: 'raw and tired',
    },
    feedback: null,
    feedbackReceivedOn: null,
    createdAt: now,
    updatedAt: now,
  };
  await insertRejection(deps.db, deps.workspaceId, rejection);

  const sent = await createMessage(
    deps,
    messageInputSchema.parse({
      kind: 'feedback_request',
      applicationId: stark.id,
      contactId: owen.id,
      body: 'Hi Owen,\nThanks for letting me know. Could you share one thing I could improve?\nMia',
    }),
  );
  await markMessageSent(deps, { id: sent.id });
  await createMessage(
    deps,
    messageInputSchema.parse({
      kind: 'thank_you',
      applicationId: acme.id,
      body: 'A draft, unsent',
    }),
  );
  return { acme, stark, helen, sam, owen, rejection };
}
