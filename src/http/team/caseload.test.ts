import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { createTeamApp } from '../../../test/team';

let database: TestDatabase & { close(): Promise<void> };
let team: ReturnType<typeof createTeamApp>;
beforeAll(async () => {
  database = await createTestDatabase('postgres');
  database.clock.set('2026-12-09T10:00:00.000Z');
  team = createTeamApp(database);
});
afterAll(() => database.close());

interface Entry {
  seeker: { id: string };
  rejectionsThisWeek: number;
  overdueSteps: number;
  lastActivityAt: string | null;
  goneQuiet: boolean;
}

describe('a coach’s caseload', () => {
  it('shows this week’s rejections, overdue steps and who has gone quiet, and logs the look', async () => {
    const coach = await team.member('coach', 'Cy Caseload');
    const admin = await team.member('admin', 'Ada Caseload');
    const ana = await team.member('seeker', 'Ana Busy');
    const bo = await team.member('seeker', 'Bo Earlier');
    const di = await team.member('seeker', 'Di Silent');
    for (const seeker of [ana, bo, di]) {
      await team.call('POST', '/api/team/assignments', {
        cookie: admin.cookie,
        body: { coachId: coach.account.id, seekerId: seeker.account.id },
      });
    }
    const reject = async (cookie: string, date: string) => {
      const app = await team.call('POST', '/api/applications', {
        cookie,
        body: { company: 'Acme', role: 'Analyst', stage: 'interview' },
      });
      await team.call('POST', `/api/applications/${app.body.id}/rejection`, {
        cookie,
        body: { date },
      });
      return app.body.id as string;
    };
    const anaApp = await reject(ana.cookie, '2026-12-08');
    await reject(bo.cookie, '2026-11-20');
    const look = async (cookie = coach.cookie) => {
      const response = await team.call('GET', '/api/team/caseload', { cookie });
      expect(response.status).toBe(200);
      return new Map((response.body.items as Entry[]).map((e) => [e.seeker.id, e]));
    };

    const now = await look();
    expect(now.get(ana.account.id)).toMatchObject({ rejectionsThisWeek: 1, goneQuiet: false });
    expect(now.get(bo.account.id)).toMatchObject({ rejectionsThisWeek: 0, goneQuiet: false });
    expect(now.get(di.account.id)).toEqual({
      seeker: di.account,
      rejectionsThisWeek: 0,
      overdueSteps: 0,
      lastActivityAt: null,
      goneQuiet: true,
      followThrough: { done: 0, due: 0 },
    });

    const steps = await team.call('GET', `/api/applications/${anaApp}/plan`, {
      cookie: ana.cookie,
    });
    const firstStep = (steps.body.steps as { id: string }[])[0]?.id;
    const done = await team.call('POST', `/api/tasks/${firstStep}/done`, {
      cookie: ana.cookie,
      body: {},
    });
    expect(done.status).toBe(200);

    // Two weeks on, everyone signs in again.
    database.clock.advance(15 * 86_400_000);
    const later = await look(await team.signIn(coach.email));
    const plan = await team.call('GET', `/api/applications/${anaApp}/plan`, {
      cookie: await team.signIn(ana.email),
    });
    const nowIso = database.clock.now().toISOString();
    const cameDue = (plan.body.steps as { status: string; dueAt: string }[]).filter(
      (s) => s.dueAt < nowIso,
    );
    const open = cameDue.filter((s) => s.status === 'open');
    expect(open.length).toBeGreaterThan(0);
    expect(cameDue.filter((s) => s.status === 'done')).toHaveLength(1);
    expect(later.get(ana.account.id)).toMatchObject({
      rejectionsThisWeek: 0,
      overdueSteps: open.length,
      lastActivityAt: '2026-12-09T10:00:00.000Z',
      goneQuiet: true,
      followThrough: { done: 1, due: cameDue.length },
    });
    // A step changed later than any application is the latest activity.
    database.clock.advance(60_000);
    const step = (plan.body.steps as { id: string; status: string }[]).find(
      (s) => s.status === 'open',
    );
    const skipped = await team.call('POST', `/api/tasks/${step?.id}/skip`, {
      cookie: await team.signIn(ana.email),
    });
    expect(skipped.status).toBe(200);
    const afterStep = await look(await team.signIn(coach.email));
    expect(afterStep.get(ana.account.id)?.lastActivityAt).toBe(database.clock.now().toISOString());
    const log = await team.call('GET', '/api/access-log', { cookie: await team.signIn(di.email) });
    expect(log.body.items.map((e: { operation: string }) => e.operation)).toEqual([
      'GET /team/caseload',
      'GET /team/caseload',
      'GET /team/caseload',
    ]);
  });
});
