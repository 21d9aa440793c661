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
 * The caseload's figures, four queries for all the workspaces at once: rejections on or after
 * `since` (a day), open steps due before `now` and not snoozed past it, the latest change, and
 * the steps due between `stepsSince` and `now` with how many were done.
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
  // The latest change per table and seeker, each one step back along (workspace, updated_at):
  // reading every row of every seeker to take a maximum costs far more at a few hundred seekers.
  const activity = await db
    .selectFrom('workspaces as w')
    .select((eb) => [
      'w.id as workspace_id',
      eb
        .selectFrom('applications as a')
        .select((e) => e.fn.max('a.updated_at').as('last'))
        .whereRef('a.workspace_id', '=', 'w.id')
        .as('applications'),
      eb
        .selectFrom('tasks as t')
        .select((e) => e.fn.max('t.updated_at').as('last'))
        .whereRef('t.workspace_id', '=', 'w.id')
        .as('tasks'),
      eb
        .selectFrom('messages as m')
        .select((e) => e.fn.max('m.updated_at').as('last'))
        .whereRef('m.workspace_id', '=', 'w.id')
        .as('messages'),
    ])
    .where('w.id', 'in', ids)
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
    const changes = [row.applications, row.tasks, row.messages].filter(
      (at): at is string => typeof at === 'string',
    );
    // Instants are ISO-8601 UTC strings of one shape, so the latest sorts last.
    if (entry) entry.lastActivityAt = changes.sort().at(-1) ?? null;
  }
  return figures;
}
