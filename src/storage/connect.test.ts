import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, describeEachDialect } from '../../test/databases';

describe('SQLite connection', () => {
  it('uses WAL, enforces foreign keys and waits on a busy database', async () => {
    const database = await createTestDatabase('sqlite');
    try {
      const pragma = async (name: string) =>
        Object.values(
          (await sql.raw(`pragma ${name}`).execute(database.handle.db)).rows[0] as object,
        )[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
    } finally {
      await database.close();
    }
  });
});

describeEachDialect('values read back the same on every dialect', (db) => {
  it('instants as UTC ISO text, days as YYYY-MM-DD, booleans as 0/1, JSON as text', async () => {
    const deps = await db().deps('ws_types');
    const now = '2026-03-08T06:59:59.123Z';
    await deps.db
      .insertInto('applications')
      .values({
        workspace_id: deps.workspaceId,
        id: 'app_typescheck01',
        company: 'Zoë & Co',
        role: 'Analyst',
        link: null,
        source: null,
        location: null,
        salary_min: null,
        salary_max: null,
        salary_currency: null,
        posting_text: null,
        notes: null,
        sample: 0,
        stage: 'rejected',
        stage_changed_at: now,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await deps.db
      .insertInto('rejections')
      .values({
        workspace_id: deps.workspaceId,
        id: 'rej_typescheck01',
        application_id: 'app_typescheck01',
        rejected_on: '2026-02-28',
        stage_reached: 'interview',
        channel: 'email',
        reason: null,
        human_contact: 1,
        contact_id: null,
        reflection: JSON.stringify({ feeling: 'raw', tags: ['Kubernetes'] }),
        feedback: null,
        feedback_received_on: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const row = await deps.db
      .selectFrom('rejections')
      .selectAll()
      .where('workspace_id', '=', deps.workspaceId)
      .executeTakeFirstOrThrow();
    expect(row.rejected_on).toBe('2026-02-28');
    expect(row.human_contact).toBe(1);
    expect(row.created_at).toBe(now);
    expect(JSON.parse(row.reflection ?? 'null')).toEqual({ feeling: 'raw', tags: ['Kubernetes'] });
    const count = await deps.db
      .selectFrom('applications')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('workspace_id', '=', deps.workspaceId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('refuses a row pointing into another workspace', async () => {
    const mine = await db().deps('ws_fk_mine');
    await db().deps('ws_fk_other');
    const row = {
      workspace_id: 'ws_fk_other',
      id: 'stg_crossfk00001',
      application_id: 'app_typescheck01',
      stage: 'applied' as const,
      at: '2026-01-01T00:00:00.000Z',
      note: null,
    };
    await expect(mine.db.insertInto('stage_events').values(row).execute()).rejects.toThrow();
  });
});
