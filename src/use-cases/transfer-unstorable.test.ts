import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/databases';
import { applicationInputSchema } from '../core/application';
import { contactInputSchema } from '../core/contact';
import { parseInput } from '../core/validation';
import { createApplication } from './applications';
import { createContact } from './contacts';
import { exportWorkspace, importWorkspace } from './transfer';

type Opened = TestDatabase & { close(): Promise<void> };

/**
 * SQLite stores NUL and lone surrogates that PostgreSQL refuses. Values written before every
 * edge refused them may still sit in a SQLite file; its export must import anywhere.
 */
describe('an export of text stored before NUL was refused', () => {
  let source: Opened;
  const targets: Opened[] = [];
  beforeAll(async () => {
    source = await createTestDatabase('sqlite');
    for (const dialect of DIALECTS) targets.push(await createTestDatabase(dialect));
  });
  afterAll(async () => {
    await source.close();
    for (const target of targets) await target.close();
  });

  it('is cleaned on the way out and imports on both databases', async () => {
    const deps = await source.deps();
    const application = await createApplication(
      deps,
      parseInput(applicationInputSchema, { company: 'Acme', role: 'Analyst' }),
    );
    const contact = await createContact(
      deps,
      parseInput(contactInputSchema, { name: 'Helen Cho', company: 'Acme' }),
    );
    // Written behind the API's back, as an older version could have.
    await sql`update applications set notes = ${'ask\u0000 about the team'} where id = ${application.id}`.execute(
      deps.db,
    );
    await sql`update contacts set company = ${'Ac\uD800me'} where id = ${contact.id}`.execute(
      deps.db,
    );

    const document = JSON.parse(JSON.stringify(await exportWorkspace(deps)));
    expect(document.applications[0].notes).toBe('ask about the team');
    // SQLite writes a lone surrogate as bytes it reads back as replacement characters.
    expect(document.contacts[0].company).toMatch(/^Ac\uFFFD+me$/);

    for (const target of targets) {
      const report = await importWorkspace(await target.deps(), { document });
      expect(report.created).toMatchObject({ applications: 1, contacts: 1 });
      const again = await exportWorkspace(await target.deps());
      expect(again.applications[0]?.notes, target.dialect).toBe('ask about the team');
    }
  });

  it('a document carrying NUL is refused naming the field, on both databases', async () => {
    const deps = await source.deps();
    const document = JSON.parse(JSON.stringify(await exportWorkspace(deps)));
    document.applications[0].role = 'Data\u0000 Analyst';
    for (const target of targets) {
      const fresh = await target.deps('ws_refused');
      await expect(importWorkspace(fresh, { document })).rejects.toMatchObject({
        code: 'validation',
        field: 'applications[0].role',
      });
    }
  });
});
