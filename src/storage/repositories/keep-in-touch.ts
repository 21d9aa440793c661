import { sql } from 'kysely';
import type { CadenceFacts } from '../../core/recovery/keep-in-touch';
import type { Instant } from '../../core/dates';
import type { Relationship } from '../../core/enums';
import type { Db } from '../database';
import { literalLimit } from './json';

/**
 * Contacts sharing one cadence: everyone of a relationship who follows its default, or everyone
 * who set the same number of days themselves.
 */
export type CadenceGroup =
  { kind: 'relationship'; relationship: Relationship } | { kind: 'own'; days: number };

export interface CadenceWindow {
  group: CadenceGroup;
  /** Last interaction before this: the cadence is due by the last day asked about. */
  cutoff: Instant;
  /** Keep only those due on or after the first day asked about (see keep-in-touch use case). */
  notBefore?: { lastInteractionFrom: Instant; snoozedFrom: Instant };
}

export interface CadenceCandidatesQuery {
  /** One window per cadence in use. */
  windows: readonly CadenceWindow[];
  /** A snooze ending at or after this keeps a contact out. */
  snoozedUntilBefore: Instant;
  maxUnanswered: number;
  /** `coldest` puts the longest overdue first; `freshest` the most recently due. */
  order: 'coldest' | 'freshest';
  /** The most to take from each window. */
  limit: number;
}

/** What keeping in touch needs of a contact, and what the agenda shows: no notes or tags. */
export interface CadenceContact extends CadenceFacts {
  id: string;
  name: string;
  company: string | null;
}

interface CadenceRow {
  id: string;
  name: string;
  company: string | null;
  relationship: Relationship;
  last_interaction_at: string | null;
  keep_in_touch_days: number | null;
  keep_in_touch_snoozed_until: string | null;
  unanswered_touches: number;
}

function windowSql(
  workspaceId: string,
  query: CadenceCandidatesQuery,
  window: CadenceWindow,
  index: number,
) {
  const { group, notBefore } = window;
  const cadence =
    group.kind === 'relationship'
      ? sql`c.keep_in_touch_days is null and c.relationship = ${group.relationship}`
      : sql`c.keep_in_touch_days = ${group.days}`;
  const fromDay =
    notBefore === undefined
      ? sql``
      : sql`and (c.last_interaction_at >= ${notBefore.lastInteractionFrom} or c.keep_in_touch_snoozed_until >= ${notBefore.snoozedFrom})`;
  // Both terms in the index's direction, so each scan needs no sort and stops at the limit.
  const direction = sql.raw(query.order === 'coldest' ? 'asc' : 'desc');
  return sql`select * from (
    select c.id, c.name, c.company, c.relationship, c.last_interaction_at, c.keep_in_touch_days,
      c.keep_in_touch_snoozed_until, c.unanswered_touches
    from contacts c
    where c.workspace_id = ${workspaceId} and ${cadence}
      and c.last_interaction_at < ${window.cutoff}
      and c.unanswered_touches <= ${query.maxUnanswered}
      and (c.keep_in_touch_snoozed_until is null or c.keep_in_touch_snoozed_until < ${query.snoozedUntilBefore})
      and not exists (
        select 1 from tasks t
        where t.workspace_id = c.workspace_id and t.contact_id = c.id and t.status = 'open'
      )
      ${fromDay}
    order by c.last_interaction_at ${direction}, c.id ${direction}
    limit ${literalLimit(query.limit)}
  ) as ${sql.id(`w${index}`)}`;
}

/**
 * Contacts whose keep-in-touch is due in a window, a few from each cadence group, in one
 * statement: a range scan per group, glued with UNION ALL. A contact with an open plan step is
 * left out: that step is already the next touch. Written as SQL rather than with the query
 * builder, which took longer to assemble eleven windows than the database took to run them.
 */
export async function queryCadenceCandidates(
  db: Db,
  workspaceId: string,
  query: CadenceCandidatesQuery,
): Promise<CadenceContact[]> {
  if (query.windows.length === 0) return [];
  const windows = query.windows.map((window, index) =>
    windowSql(workspaceId, query, window, index),
  );
  const { rows } = await sql<CadenceRow>`${sql.join(windows, sql` union all `)}`.execute(db);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    company: row.company,
    relationship: row.relationship,
    lastInteractionAt: row.last_interaction_at,
    keepInTouchDays: row.keep_in_touch_days,
    keepInTouchSnoozedUntil: row.keep_in_touch_snoozed_until,
    unansweredTouches: row.unanswered_touches,
  }));
}

/** The distinct cadences contacts set for themselves (0, which is off, left out). */
export async function listOwnCadences(db: Db, workspaceId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('contacts')
    .select('keep_in_touch_days')
    .distinct()
    .where('workspace_id', '=', workspaceId)
    .where('keep_in_touch_days', '>', 0)
    .execute();
  return rows
    .map((r) => r.keep_in_touch_days)
    .filter((d): d is number => d !== null)
    .sort((a, b) => a - b);
}
