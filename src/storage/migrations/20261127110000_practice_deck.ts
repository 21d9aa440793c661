import type { Kysely } from 'kysely';
import type { ColumnKinds, ReboundMigration } from './column-kinds';

// Migrations must not depend on the current Database type, which moves on after they are written.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** One card per distinct question, with its answer and its schedule. */
async function createCards(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('practice_cards')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('situation', 'text')
    .addColumn('task', 'text')
    .addColumn('action', 'text')
    .addColumn('result', 'text')
    .addColumn('due', t.instant, (c) => c.notNull())
    .addColumn('stability', t.float, (c) => c.notNull())
    .addColumn('difficulty', t.float, (c) => c.notNull())
    .addColumn('elapsed_days', 'integer', (c) => c.notNull())
    .addColumn('scheduled_days', 'integer', (c) => c.notNull())
    .addColumn('learning_steps', 'integer', (c) => c.notNull())
    .addColumn('reps', 'integer', (c) => c.notNull())
    .addColumn('lapses', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('last_review', t.instant)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_cards_pk', ['workspace_id', 'id'])
    .execute();
  // Due cards are counted for Today and listed soonest first.
  await db.schema
    .createIndex('practice_cards_due_idx')
    .on('practice_cards')
    .columns(['workspace_id', 'due', 'id'])
    .execute();
}

/** Where each card's question came up: one question of one reflection. */
async function createSources(db: AnyDb) {
  await db.schema
    .createTable('practice_card_sources')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('card_id', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_card_sources_pk', [
      'workspace_id',
      'application_id',
      'question_id',
    ])
    .addForeignKeyConstraint(
      'practice_card_sources_card_fk',
      ['workspace_id', 'card_id'],
      'practice_cards',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'practice_card_sources_application_fk',
      ['workspace_id', 'application_id'],
      'applications',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('practice_card_sources_card_idx')
    .on('practice_card_sources')
    .columns(['workspace_id', 'card_id'])
    .execute();
}

/** Every practice round, with the schedule as it stood before. */
async function createReviews(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('practice_reviews')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('card_id', 'text', (c) => c.notNull())
    .addColumn('rating', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('due', t.instant, (c) => c.notNull())
    .addColumn('stability', t.float, (c) => c.notNull())
    .addColumn('difficulty', t.float, (c) => c.notNull())
    .addColumn('elapsed_days', 'integer', (c) => c.notNull())
    .addColumn('last_elapsed_days', 'integer', (c) => c.notNull())
    .addColumn('scheduled_days', 'integer', (c) => c.notNull())
    .addColumn('learning_steps', 'integer', (c) => c.notNull())
    .addColumn('reviewed_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_reviews_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'practice_reviews_card_fk',
      ['workspace_id', 'card_id'],
      'practice_cards',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('practice_reviews_card_idx')
    .on('practice_reviews')
    .columns(['workspace_id', 'card_id', 'reviewed_at'])
    .execute();
}

/** The indexes insights read through. */
async function indexForInsights(db: AnyDb) {
  // Insights reduce each application's stage history to its furthest stage and start; with the
  // stage in the index that reads the index alone. Its order still serves one history by date.
  await db.schema.dropIndex('stage_events_application_idx').execute();
  await db.schema
    .createIndex('stage_events_application_idx')
    .on('stage_events')
    .columns(['workspace_id', 'application_id', 'at', 'stage'])
    .execute();
  // The first thank-you and feedback request per application, from steps and sent messages.
  await db.schema
    .createIndex('tasks_follow_up_idx')
    .on('tasks')
    .columns(['workspace_id', 'kind', 'status', 'application_id', 'done_at'])
    .execute();
  await db.schema
    .createIndex('messages_follow_up_idx')
    .on('messages')
    .columns(['workspace_id', 'kind', 'status', 'application_id', 'sent_at'])
    .execute();
}

/**
 * The practice deck: one card per distinct question that tripped the user up, the reflections it
 * came from, and every practice round (the scheduler's history, kept so a schedule can be
 * explained, replayed or tuned later). Also the indexes insights read through.
 */
export const practiceDeck: ReboundMigration = {
  name: '20261127110000_practice_deck',
  async up(db, t) {
    await createCards(db, t);
    await createSources(db);
    await createReviews(db, t);
    await indexForInsights(db);
  },
};
