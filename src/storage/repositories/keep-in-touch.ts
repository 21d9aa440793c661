import type { Contact } from '../../core/contact';
import type { Instant } from '../../core/dates';
import type { Relationship } from '../../core/enums';
import type { Db } from '../database';
import { toContact } from './contacts';

/**
 * Contacts sharing one cadence: everyone of a relationship who follows its default, or everyone
 * who set the same number of days themselves.
 */
export type CadenceGroup =
  { kind: 'relationship'; relationship: Relationship } | { kind: 'own'; days: number };

export interface CadenceCandidatesQuery {
  group: CadenceGroup;
  /** Last interaction before this: the cadence is due by the last day asked about. */
  cutoff: Instant;
  /** Keep only those due on or after the first day asked about (see keep-in-touch use case). */
  notBefore?: { lastInteractionFrom: Instant; snoozedFrom: Instant };
  /** A snooze ending at or after this keeps a contact out. */
  snoozedUntilBefore: Instant;
  maxUnanswered: number;
  /** `coldest` puts the longest overdue first; `freshest` the most recently due. */
  order: 'coldest' | 'freshest';
  limit: number;
}

/**
 * Contacts of one cadence group whose keep-in-touch is due in a window. A contact with an open
 * plan step is left out: that step is already the next touch.
 */
export async function queryCadenceCandidates(
  db: Db,
  workspaceId: string,
  query: CadenceCandidatesQuery,
): Promise<Contact[]> {
  const { group } = query;
  let select = db
    .selectFrom('contacts as c')
    .selectAll('c')
    .where('c.workspace_id', '=', workspaceId);
  select =
    group.kind === 'relationship'
      ? select
          .where('c.keep_in_touch_days', 'is', null)
          .where('c.relationship', '=', group.relationship)
      : select.where('c.keep_in_touch_days', '=', group.days);
  select = select
    .where('c.last_interaction_at', '<', query.cutoff)
    .where('c.unanswered_touches', '<=', query.maxUnanswered)
    .where((eb) =>
      eb.or([
        eb('c.keep_in_touch_snoozed_until', 'is', null),
        eb('c.keep_in_touch_snoozed_until', '<', query.snoozedUntilBefore),
      ]),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('tasks as t')
            .select('t.id')
            .whereRef('t.workspace_id', '=', 'c.workspace_id')
            .whereRef('t.contact_id', '=', 'c.id')
            .where('t.status', '=', 'open'),
        ),
      ),
    );
  const notBefore = query.notBefore;
  if (notBefore !== undefined) {
    select = select.where((eb) =>
      eb.or([
        eb('c.last_interaction_at', '>=', notBefore.lastInteractionFrom),
        eb('c.keep_in_touch_snoozed_until', '>=', notBefore.snoozedFrom),
      ]),
    );
  }
  const rows = await select
    .orderBy('c.last_interaction_at', query.order === 'coldest' ? 'asc' : 'desc')
    .orderBy('c.id')
    .limit(query.limit)
    .execute();
  return rows.map(toContact);
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
