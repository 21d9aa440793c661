import type { Instant } from '../../core/dates';
import type { Db } from '../database';

export interface WeekActivity {
  /** Applications moved to Applied in the window. */
  applications: number;
  /** People the user reached out to in the window. */
  contacts: number;
  /** When each practice round in the window happened. */
  reviewedAt: Instant[];
}

/** What the user did between two instants, counted for the weekly rhythm. */
export async function readWeekActivity(
  db: Db,
  workspaceId: string,
  { from, to }: { from: Instant; to: Instant },
): Promise<WeekActivity> {
  const [applied, reached, reviews] = await Promise.all([
    db
      .selectFrom('stage_events')
      .select(({ fn }) => fn.count<number>('application_id').distinct().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('stage', '=', 'applied')
      .where('at', '>=', from)
      .where('at', '<', to)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('interactions')
      .select(({ fn }) => fn.count<number>('contact_id').distinct().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('direction', '=', 'outbound')
      .where('occurred_at', '>=', from)
      .where('occurred_at', '<', to)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('practice_reviews')
      .select('reviewed_at')
      .where('workspace_id', '=', workspaceId)
      .where('reviewed_at', '>=', from)
      .where('reviewed_at', '<', to)
      .execute(),
  ]);
  return {
    applications: Number(applied.n),
    contacts: Number(reached.n),
    reviewedAt: reviews.map((r) => r.reviewed_at),
  };
}
