import { newId } from '../../core/ids';
import type { Account } from '../../core/team/accounts';
import { insertAccessLogEntries } from '../../storage/repositories/access-log';
import { listCaseload } from '../../storage/repositories/accounts';
import { caseloadFigures } from '../../storage/repositories/caseload';
import { scopeRows } from '../../storage/row-scope';
import { inTransaction } from '../deps';
import type { TeamDeps } from './team-deps';

/** No change to an application, step or message for this long, and a seeker has gone quiet. */
export const QUIET_DAYS = 14;
/** Follow-through looks back this far: the steps that came due in it, and how many were done. */
export const FOLLOW_THROUGH_DAYS = 30;
const DAY = 86_400_000;

/** One seeker in a coach's caseload, with the figures a coach scans each morning. */
export interface CaseloadEntry {
  seeker: Account;
  /** Rejections dated in the last seven days, today included. */
  rejectionsThisWeek: number;
  overdueSteps: number;
  lastActivityAt: string | null;
  goneQuiet: boolean;
  /** Of the steps that came due in the last {@link FOLLOW_THROUGH_DAYS} days, how many were done. */
  followThrough: { done: number; due: number };
}

/**
 * The seekers assigned to a coach, with counts and dates but no content. Each seeker's access
 * log notes that their coach looked, in the same transaction as the read.
 */
export async function viewCaseload(
  deps: TeamDeps,
  options: { coach: Account; via?: { operation: string; path: string } },
): Promise<CaseloadEntry[]> {
  const via = options.via ?? { operation: 'GET /team/caseload', path: '/team/caseload' };
  const now = deps.clock.now();
  return inTransaction(deps.db, async (db) => {
    // The coach's own assignments say whose workspaces this transaction may then read.
    await scopeRows(db, { account: options.coach.id });
    const seekers = await listCaseload(db, options.coach.id);
    const workspaces = seekers.flatMap((s) => (s.workspaceId === null ? [] : [s.workspaceId]));
    await scopeRows(db, { workspaces, account: options.coach.id });
    const figures = await caseloadFigures(db, workspaces, {
      since: new Date(now.getTime() - 6 * DAY).toISOString().slice(0, 10),
      now: now.toISOString(),
      stepsSince: new Date(now.getTime() - FOLLOW_THROUGH_DAYS * DAY).toISOString(),
    });
    await insertAccessLogEntries(
      db,
      workspaces.map((workspaceId) => ({
        workspaceId,
        entry: {
          id: newId('alg'),
          accountId: options.coach.id,
          accountName: options.coach.name,
          operation: via.operation,
          path: via.path,
          at: now.toISOString(),
        },
      })),
    );
    return seekers.map(
      ({ id, email, name, role, workspaceId, emailVerified, createdAt, removed }) => {
        const found = workspaceId === null ? undefined : figures.get(workspaceId);
        const last = found?.lastActivityAt ?? null;
        return {
          seeker: { id, email, name, role, workspaceId, emailVerified, createdAt, removed },
          rejectionsThisWeek: found?.rejectionsSince ?? 0,
          overdueSteps: found?.overdueSteps ?? 0,
          lastActivityAt: last,
          goneQuiet: last === null || Date.parse(last) < now.getTime() - QUIET_DAYS * DAY,
          followThrough: { done: found?.stepsDone ?? 0, due: found?.stepsDue ?? 0 },
        };
      },
    );
  });
}
