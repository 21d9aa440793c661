import { applicationInputSchema } from '../src/core/application';
import { contactInputSchema } from '../src/core/contact';
import { interviewInputSchema } from '../src/core/interview';
import type { Relationship } from '../src/core/enums';
import { rejectionInputSchema } from '../src/core/rejection';
import { createApplication } from '../src/use-cases/applications';
import { createContact } from '../src/use-cases/contacts';
import type { UseCaseDeps } from '../src/use-cases/deps';
import { addInterview } from '../src/use-cases/interviews';
import { recordRejection } from '../src/use-cases/rejections';
import { updateRecoverySettings } from '../src/use-cases/recovery-settings';

/** Pins the workspace to a zone so dates in tests mean the same on every machine. */
export async function useTimeZone(deps: UseCaseDeps, timeZone = 'Europe/London') {
  await updateRecoverySettings(deps, { timeZone });
}

export interface InterviewedApplication {
  applicationId: string;
  hiringManager: string;
  recruiter: string;
  interviewer: string;
}

/**
 * An application that went through a recruiter screen, a hiring-manager interview and a final
 * panel: the usual shape of a rejection worth recovering from.
 */
export async function interviewedApplication(
  deps: UseCaseDeps,
  { company = 'Acme', role = 'Data Analyst', stage = 'final' } = {},
): Promise<InterviewedApplication> {
  const app = await createApplication(
    deps,
    applicationInputSchema.parse({ company, role, stage, stageAt: '2026-10-01T10:00:00Z' }),
  );
  const person = async (name: string, relationship: Relationship) =>
    (await createContact(deps, contactInputSchema.parse({ name, relationship, company }))).id;
  const recruiter = await person('Ben Park', 'recruiter');
  const hiringManager = await person('Ana Okafor', 'hiring_manager');
  const interviewer = await person('Cy Moreau', 'interviewer');
  const interview = (round: number, durationMinutes: number, contactIds: string[]) =>
    addInterview(deps, {
      applicationId: app.id,
      input: interviewInputSchema.parse({
        scheduledAt: `2026-10-${10 + round}T15:00:00Z`,
        round,
        durationMinutes,
        contactIds,
        questions: round === 3 ? ['Design a rate limiter'] : [],
      }),
    });
  await interview(1, 30, [recruiter]);
  await interview(2, 60, [hiringManager]);
  await interview(3, 120, [hiringManager, interviewer]);
  return { applicationId: app.id, hiringManager, recruiter, interviewer };
}

/** Records a rejection with raw input, as the API would receive it. */
export async function reject(
  deps: UseCaseDeps,
  applicationId: string,
  input: Record<string, unknown> = {},
) {
  return recordRejection(deps, { applicationId, input: rejectionInputSchema.parse(input) });
}
