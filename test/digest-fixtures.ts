import { newId } from '../src/core/ids';
import type { Account } from '../src/core/team/accounts';
import { insertTask } from '../src/storage/repositories/tasks';
import type { Db } from '../src/storage/database';
import type { Clock } from '../src/use-cases/deps';
import { updateRecoverySettings } from '../src/use-cases/recovery-settings';
import { assignCoach, createAccount } from '../src/use-cases/team/accounts';
import { TEAM_PASSWORD } from './team';

const HOUR = 3_600_000;

/** A unique address, so tests sharing one SMTP server tell their mail apart. */
export function uniqueEmail(name: string): string {
  return `${name.toLowerCase().replace(/\W+/g, '.')}.${Math.random().toString(36).slice(2, 8)}@example.org`;
}

/**
 * A seeker with `steps` open plan steps (the first due an hour before now, the rest due later
 * today), living in `timeZone` with their reminder at `reminderTime`.
 */
export async function seekerWithSteps(
  deps: { db: Db; clock: Clock },
  name: string,
  { steps = 4, timeZone = 'Europe/London', reminderTime = '08:30' } = {},
): Promise<Account> {
  const account = await createAccount(deps, {
    email: uniqueEmail(name),
    name,
    role: 'seeker',
    password: TEAM_PASSWORD,
    emailVerified: true,
  });
  const workspaceId = account.workspaceId as string;
  await updateRecoverySettings({ ...deps, workspaceId }, { timeZone, reminderTime });
  const now = deps.clock.now().getTime();
  for (let i = 0; i < steps; i += 1) {
    await insertTask(deps.db, workspaceId, {
      id: newId('tsk'),
      applicationId: null,
      contactId: null,
      kind: 'reflect',
      status: 'open',
      dueAt: new Date(now - HOUR + i * 60_000).toISOString(),
      snoozedUntil: null,
      reason: `Step ${i + 1}: while the interview is fresh`,
      doneAt: null,
      messageId: null,
      interactionId: null,
      createdAt: new Date(now - 2 * HOUR).toISOString(),
      updatedAt: new Date(now - 2 * HOUR).toISOString(),
    });
  }
  return account;
}

/** A coach with these seekers in their caseload. */
export async function coachOf(
  deps: { db: Db; clock: Clock },
  name: string,
  seekers: readonly Account[],
): Promise<Account> {
  const coach = await createAccount(deps, {
    email: uniqueEmail(name),
    name,
    role: 'coach',
    password: TEAM_PASSWORD,
    emailVerified: true,
  });
  for (const seeker of seekers) await assignCoach(deps, { coachId: coach.id, seekerId: seeker.id });
  return coach;
}
