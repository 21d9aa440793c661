import type { Db } from '../database';

/** What a coach sees of one seeker at a glance: counts and a date, no content. */
export interface CaseloadFigures {
  rejectionsSince: number;
  overdueSteps: number;
  /** The last change to an application, step or message; null when there is none. */
  lastActivityAt: string | null;
  /** Steps that came due since `stepsSince` and before now, and how many of them were done. */
  stepsDue: number;
  stepsDone: number;
}

/**
 * The caseload's figures, one grouped query per table for all the workspaces at once: rejections
 * on or after `since` (a day), open steps due before `now` and not snoozed past it, the latest
 * change, and the steps due between `stepsSince` and `now` with how many were done.
 */
export async function caseloadFigures(
  db: Db,
  workspaceIds: readonly string[],
  { since, now, stepsSince }: { since: string; now: string; stepsSince: string },
): Promise<Map<string, CaseloadFigures>> {
  const figures = new Map<string, CaseloadFigures>(
    workspaceIds.map((id) => [
      id,
      { rejectionsSince: 0, overdueSteps: 0, lastActivityAt: null, stepsDue: 0, stepsDone: 0 },
    ]),
  );
  if (workspaceIds.length === 0) return figures;
  const ids = [...workspaceIds];
  const rejections = await db
    .selectFrom('rejections')
    .select(['workspace_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('workspace_id', 'in', ids)
    .where('rejected_on', '>=', since)
    .groupBy('workspace_id')
    .execute();
  const overdue = await db
    .selectFrom('tasks')
    .select(['workspace_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('workspace_id', 'in', ids)
    .where('status', '=', 'open')
    .where('due_at', '<', now)
    .where((eb) => eb.or([eb('snoozed_until', 'is', null), eb('snoozed_until', '<', now)]))
    .groupBy('workspace_id')
    .execute();
  const activity = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('applications')
        .select(['workspace_id', 'updated_at'])
        .where('workspace_id', 'in', ids)
        .unionAll(
          eb
            .selectFrom('tasks')
            .select(['workspace_id', 'updated_at'])
            .where('workspace_id', 'in', ids),
        )
        .unionAll(
          eb
            .selectFrom('messages')
            .select(['workspace_id', 'updated_at'])
            .where('workspace_id', 'in', ids),
        )
        .as('changes'),
    )
    .select(['workspace_id', (eb) => eb.fn.max('updated_at').as('last')])
    .groupBy('workspace_id')
    .execute();
  const steps = await db
    .selectFrom('tasks')
    .select((eb) => [
      'workspace_id',
      eb.fn.countAll<string>().as('due'),
      eb.fn.sum<string>(eb.case().when('status', '=', 'done').then(1).else(0).end()).as('done'),
    ])
    .where('workspace_id', 'in', ids)
    .where('due_at', '>=', stepsSince)
    .where('due_at', '<', now)
    .groupBy('workspace_id')
    .execute();
  for (const row of steps) {
    const entry = figures.get(row.workspace_id);
    if (entry) {
      entry.stepsDue = Number(row.due);
      entry.stepsDone = Number(row.done);
    }
  }
  for (const row of rejections) {
    const entry = figures.get(row.workspace_id);
    if (entry) entry.rejectionsSince = Number(row.n);
  }
  for (const row of overdue) {
    const entry = figures.get(row.workspace_id);
    if (entry) entry.overdueSteps = Number(row.n);
  }
  for (const row of activity) {
    const entry = figures.get(row.workspace_id);
    if (entry) entry.lastActivityAt = (row.last as string | null) ?? null;
  }
  return figures;
}
