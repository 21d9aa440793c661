import type { Db } from '../database';

/**
 * The invented sample search, told apart by the `sample` mark on its applications and contacts
 * (docs/decisions/0017-sample-data.md). Everything else the sample holds hangs off those two, so
 * each statement here names its rows by a subquery on the marks: set-based, whatever the size.
 */

const sampleApplications = (db: Db, ws: string) =>
  db.selectFrom('applications').select('id').where('workspace_id', '=', ws).where('sample', '=', 1);

const sampleContacts = (db: Db, ws: string) =>
  db.selectFrom('contacts').select('id').where('workspace_id', '=', ws).where('sample', '=', 1);

/** Messages about the sample: of a sample application, or to a sample person about nothing else. */
const sampleMessages = (db: Db, ws: string) =>
  db
    .selectFrom('messages')
    .select('id')
    .where('workspace_id', '=', ws)
    .where((m) =>
      m.or([
        m('application_id', 'in', sampleApplications(db, ws)),
        m.and([m('application_id', 'is', null), m('contact_id', 'in', sampleContacts(db, ws))]),
      ]),
    );

/** Touchpoints with sample people. */
const sampleInteractions = (db: Db, ws: string) =>
  db
    .selectFrom('interactions')
    .select('id')
    .where('workspace_id', '=', ws)
    .where('contact_id', 'in', sampleContacts(db, ws));

export interface SampleCounts {
  applications: number;
  contacts: number;
}

/** How many sample applications and contacts the workspace holds. */
export async function countSampleRecords(db: Db, ws: string): Promise<SampleCounts> {
  const count = async (table: 'applications' | 'contacts') => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('workspace_id', '=', ws)
      .where('sample', '=', 1)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return { applications: await count('applications'), contacts: await count('contacts') };
}

export interface SampleRemoval extends SampleCounts {
  interactions: number;
  messages: number;
  practiceCards: number;
}

/**
 * Unlinks the user's own records from the sample: their steps, touchpoints, messages and
 * rejections keep everything but the pointer to a sample record that is about to go.
 */
async function unlinkOwnRecords(db: Db, ws: string) {
  await db
    .updateTable('tasks')
    .set({ message_id: null })
    .where('workspace_id', '=', ws)
    .where('message_id', 'in', sampleMessages(db, ws))
    .execute();
  await db
    .updateTable('tasks')
    .set({ interaction_id: null })
    .where('workspace_id', '=', ws)
    .where('interaction_id', 'in', sampleInteractions(db, ws))
    .execute();
  await db
    .updateTable('interactions')
    .set({ message_id: null })
    .where('workspace_id', '=', ws)
    .where('message_id', 'in', sampleMessages(db, ws))
    .execute();
  await db
    .updateTable('interactions')
    .set({ application_id: null })
    .where('workspace_id', '=', ws)
    .where('application_id', 'in', sampleApplications(db, ws))
    .execute();
  for (const table of ['messages', 'rejections'] as const) {
    await db
      .updateTable(table)
      .set({ contact_id: null })
      .where('workspace_id', '=', ws)
      .where('contact_id', 'in', sampleContacts(db, ws))
      .execute();
  }
}

/**
 * Practice cards whose every question came from a sample application; a card that also holds a
 * question from the user's own reflections stays, as theirs.
 */
async function deleteSampleCards(db: Db, ws: string): Promise<number> {
  const result = await db
    .deleteFrom('practice_cards as c')
    .where('c.workspace_id', '=', ws)
    .where(({ exists, not, selectFrom }) =>
      exists(
        selectFrom('practice_card_sources as s')
          .select('s.card_id')
          .whereRef('s.workspace_id', '=', 'c.workspace_id')
          .whereRef('s.card_id', '=', 'c.id')
          .where('s.application_id', 'in', sampleApplications(db, ws)),
      ).and(
        not(
          exists(
            selectFrom('practice_card_sources as s')
              .select('s.card_id')
              .whereRef('s.workspace_id', '=', 'c.workspace_id')
              .whereRef('s.card_id', '=', 'c.id')
              .where('s.application_id', 'not in', sampleApplications(db, ws)),
          ),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Deletes the sample and what hangs off it, inside the caller's transaction: its applications
 * (with their history, interviews, rejections, plans and practice sources), its people (with
 * their touchpoints and steps), the messages about them and the cards only they asked for.
 */
export async function deleteSampleRecords(db: Db, ws: string): Promise<SampleRemoval> {
  await unlinkOwnRecords(db, ws);
  const interactions = await db
    .deleteFrom('interactions')
    .where('workspace_id', '=', ws)
    .where('id', 'in', sampleInteractions(db, ws))
    .executeTakeFirst();
  const messages = await db
    .deleteFrom('messages')
    .where('workspace_id', '=', ws)
    .where('id', 'in', sampleMessages(db, ws))
    .executeTakeFirst();
  const practiceCards = await deleteSampleCards(db, ws);
  const applications = await db
    .deleteFrom('applications')
    .where('workspace_id', '=', ws)
    .where('sample', '=', 1)
    .executeTakeFirst();
  const contacts = await db
    .deleteFrom('contacts')
    .where('workspace_id', '=', ws)
    .where('sample', '=', 1)
    .executeTakeFirst();
  return {
    applications: Number(applications.numDeletedRows),
    contacts: Number(contacts.numDeletedRows),
    interactions: Number(interactions.numDeletedRows),
    messages: Number(messages.numDeletedRows),
    practiceCards,
  };
}
