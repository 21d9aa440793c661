import { interviewInputSchema } from '../src/core/interview';
import { messageInputSchema } from '../src/core/message';
import { reflectionInputSchema } from '../src/core/recovery/reflection';
import { rejectionInputSchema } from '../src/core/rejection';
import { createApplication } from '../src/use-cases/applications';
import { createContact } from '../src/use-cases/contacts';
import type { UseCaseDeps } from '../src/use-cases/deps';
import { addInterview } from '../src/use-cases/interviews';
import { createMessage, markMessageSent } from '../src/use-cases/messages';
import { saveReflection } from '../src/use-cases/reflection';
import { recordRejection } from '../src/use-cases/rejections';
import { applicationInput, contactInput } from './factories';

/**
 * A workspace the coach can draw on: an application to Acme Robotics with two people met, their
 * interviews and notes, a recorded rejection with a reflection, other applications, and messages
 * sent.
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

  await recordRejection(deps, {
    applicationId: acme.id,
    input: rejectionInputSchema.parse({ stage: 'final', channel: 'email', contactId: helen.id }),
  });
  await saveReflection(deps, {
    applicationId: acme.id,
    input: reflectionInputSchema.parse({
      wentWell: 'the whiteboard session on interrupts',
      missingSkills: ['RTOS scheduling'],
      hardQuestions: ['How would you size a watchdog timeout?'],
      feeling: 'upset',
      feelingNote: 'raw and tired',
    }),
  });

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
  return { acme, stark, helen, sam, owen };
}
