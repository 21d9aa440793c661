import type { Instant } from '../../core/dates';
import type { Task } from '../../core/task';
import type { Db } from '../database';
import { literalLimit } from './json';
import { toTask } from './tasks';

/** An open step with what the agenda shows beside it. */
export interface AgendaTaskRow {
  task: Task;
  contactName: string | null;
  contactCompany: string | null;
  company: string | null;
  role: string | null;
}

export interface OpenTasksQuery {
  /** Due strictly before this instant. */
  before: Instant;
  /** Due at or after this instant; leave out to include everything overdue. */
  from?: Instant;
  limit: number;
}

/** Open steps due in a window, earliest first, with their person and application. */
export async function queryOpenTasksDue(
  db: Db,
  workspaceId: string,
  query: OpenTasksQuery,
): Promise<AgendaTaskRow[]> {
  let select = db
    .selectFrom('tasks as t')
    .leftJoin('contacts as c', (join) =>
      join.onRef('c.workspace_id', '=', 't.workspace_id').onRef('c.id', '=', 't.contact_id'),
    )
    .leftJoin('applications as a', (join) =>
      join.onRef('a.workspace_id', '=', 't.workspace_id').onRef('a.id', '=', 't.application_id'),
    )
    .selectAll('t')
    .select([
      'c.name as contact_name',
      'c.company as contact_company',
      'a.company as application_company',
      'a.role as application_role',
    ])
    .where('t.workspace_id', '=', workspaceId)
    .where('t.status', '=', 'open')
    .where('t.due_at', '<', query.before);
  if (query.from !== undefined) select = select.where('t.due_at', '>=', query.from);
  const rows = await select
    .orderBy('t.due_at')
    .orderBy('t.id')
    .limit(literalLimit(query.limit))
    .execute();
  return rows.map((row) => ({
    task: toTask(row),
    contactName: row.contact_name,
    contactCompany: row.contact_company,
    company: row.application_company,
    role: row.application_role,
  }));
}
