import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/databases';
import { listCaseload } from '../../src/storage/repositories/accounts';
import { runTeamBench } from './_team-run';
import { seedTeam } from './_team-seed';

const SHAPE = { seekers: 12, coaches: 3, largeCaseload: 6 };

describe('the team bench seeding', () => {
  let database: TestDatabase & { close(): Promise<void> };
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    await database.close();
  });

  it('makes seekers with a job search each, coaches, and one large caseload beside the regular ones', async () => {
    const db = database.handle.db;
    const team = await seedTeam(db, SHAPE, Date.parse('2026-12-01T09:00:00Z'));
    expect(team.seekers).toHaveLength(12);
    expect(team.coaches).toHaveLength(3);
    const coachIds = await db
      .selectFrom('accounts')
      .select(['id', 'email'])
      .where('role', '=', 'coach')
      .orderBy('email')
      .execute();
    const sizes = await Promise.all(
      coachIds.map(async (c) => (await listCaseload(db, c.id)).length),
    );
    // Coach 0 holds the large caseload; the other two share all twelve seekers.
    expect(sizes).toEqual([6, 6, 6]);
    for (const seeker of team.seekers) {
      expect(seeker.applicationIds.length).toBeGreaterThan(0);
      expect(seeker.rejectedIds.length).toBeGreaterThan(0);
      expect(seeker.openStepIds.length).toBeGreaterThan(0);
      const stored = await db
        .selectFrom('tasks')
        .select('id')
        .where('workspace_id', '=', seeker.workspaceId)
        .where('status', '=', 'open')
        .execute();
      expect(stored.map((t) => t.id).sort()).toEqual([...seeker.openStepIds].sort());
    }
    const rejections = await db.selectFrom('rejections').select('workspace_id').execute();
    expect(rejections.length).toBe(team.rows.rejections);
  });
});

it('runs a short load against three servers and then one, every request answered', async () => {
  const result = await runTeamBench({
    shape: SHAPE,
    clients: 20,
    seconds: 2,
    thinkMs: 200,
    adminUrl: inject('postgresUrl'),
  });
  expect(result.organisation.rows.accounts).toBe(15);
  for (const run of [result.threeServers, result.oneServer]) {
    for (const category of ['seekerPages', 'caseloadLarge', 'caseloadRegular'] as const) {
      expect(run.categories[category]?.samples ?? 0).toBeGreaterThan(0);
    }
    expect({ errors: run.targets.errors, failures: run.firstFailures }).toEqual({
      errors: { goal: 0, count: 0, met: true },
      failures: [],
    });
    expect(typeof run.targets.seekerPagesP99.met).toBe('boolean');
  }
  expect(Object.keys(result.ratios.oneOverThree)).toContain('seekerPages');
  expect(result.serverStderr).toEqual([]);
}, 240_000);
