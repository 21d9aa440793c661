import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { createTeamApp } from '../../../test/team';
import { applicationInputSchema } from '../../core/application';
import { createApplication } from '../../use-cases/applications';

/**
 * A team request works in one transaction scoped to its workspace, as a role row-level
 * security binds: what runs inside it — a dry run, the calendar feed found by its address, a
 * coach's caseload across several workspaces — still works, and a route that fails leaves
 * nothing behind.
 */
let database: TestDatabase & { close(): Promise<void> };
let team: ReturnType<typeof createTeamApp>;
beforeAll(async () => {
  database = await createTestDatabase('postgres');
  team = createTeamApp(database);
});
afterAll(() => database.close());

const CSV = 'company,role,stage\nAcme,Analyst,applied\nGlobex,Engineer,screen\n';

describe('a team request’s scope', () => {
  it('serves as a role that sees no workspace by itself', async () => {
    const ana = await team.member('seeker', 'Ana Díaz');
    await team.call('POST', '/api/applications', {
      cookie: ana.cookie,
      body: { company: 'Acme', role: 'Analyst' },
    });
    const count = async (db: typeof database.handle.db) =>
      Number(
        (await sql<{ n: string }>`select count(*) as n from applications`.execute(db)).rows[0]?.n,
      );
    expect(await count(database.handle.db)).toBe(1);
    expect(await count(database.appHandle().db)).toBe(0);
  });

  it('rehearses an import inside it and writes nothing', async () => {
    const bo = await team.member('seeker', 'Bo Lind');
    const as = { cookie: bo.cookie };
    const preview = await team.call('POST', '/api/import/csv/preview', {
      ...as,
      body: { content: CSV },
    });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.report.created).toBe(2);
    const dryRun = await team.call('POST', '/api/import/csv', {
      ...as,
      body: { content: CSV, dryRun: true },
    });
    expect(dryRun.status, JSON.stringify(dryRun.body)).toBe(200);
    expect(dryRun.body.created).toBe(2);
    expect((await team.call('GET', '/api/applications', as)).body.items).toEqual([]);
    const real = await team.call('POST', '/api/import/csv', { ...as, body: { content: CSV } });
    expect(real.body.created).toBe(2);
    expect((await team.call('GET', '/api/applications', as)).body.items).toHaveLength(2);
  });

  it('lets a calendar app find its feed by the address alone', async () => {
    const cy = await team.member('seeker', 'Cy Moreau');
    const link = await team.call('GET', '/api/calendar-feed', { cookie: cy.cookie });
    expect(link.status).toBe(200);
    const feedPath = new URL(link.body.url as string).pathname;
    const feed = await team.app.request(`https://rebound.test${feedPath}`);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/);
    const wrong = await team.app.request(
      `https://rebound.test${feedPath.replace(/\.ics$/, 'x.ics')}`,
    );
    expect(wrong.status).toBe(404);
  });

  it('undoes what a failing route wrote before it failed', async () => {
    const dee = await team.member('seeker', 'Dee Park');
    // A route that writes one application in two steps and fails between them.
    team.api.post('/half-done', async (c) => {
      await createApplication(
        c.var.deps,
        applicationInputSchema.parse({ company: 'Half', role: 'Done' }),
      );
      throw new Error('failed halfway');
    });
    const response = await team.api.request('https://rebound.test/half-done', {
      method: 'POST',
      headers: { cookie: dee.cookie, 'x-rebound-request': '1' },
    });
    expect(response.status).toBe(500);
    expect(team.errors).toHaveLength(1);
    const listed = await team.call('GET', '/api/applications', { cookie: dee.cookie });
    expect(listed.body.items).toEqual([]);
  });
});
