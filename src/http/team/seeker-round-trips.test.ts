import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { countStatements, type StatementCounter } from '../../../test/statement-counter';
import { createTeamApp } from '../../../test/team';
import { buildDemoData } from '../../use-cases/demo';
import { writeDemoData } from '../../use-cases/demo-write';
import { inTransaction } from '../../use-cases/deps';
import { loadRecoverySettings } from '../../use-cases/recovery-context';

/**
 * What one seeker page costs PostgreSQL in a team installation, pinned: every statement is a
 * round trip, and the seeker pages are most of the load (decision 0033). A page that gains a
 * statement fails here; one that gains a statement per row (N+1) fails the comparison of a
 * small and a three-times-larger search.
 */
type DemoData = ReturnType<typeof buildDemoData>;

let database: TestDatabase & { close(): Promise<void> };
let counter: StatementCounter;
let team: ReturnType<typeof createTeamApp>;

/** A seeker with the sample search, and the pages worth reading in it. */
interface Seeker {
  cookie: string;
  data: DemoData;
  pages: Record<'today' | 'applications' | 'application' | 'plan', string>;
}

/** An application with people linked to it, and a rejected one whose steps name people. */
function pagesOf(data: DemoData): Seeker['pages'] {
  const withPeople = new Set([
    ...data.links.map(([applicationId]) => applicationId),
    ...data.interactions.flatMap((i) => (i.applicationId === null ? [] : [i.applicationId])),
  ]);
  const stepsWithPeople = new Set(
    data.tasks.flatMap((t) =>
      t.contactId === null || t.applicationId === null ? [] : [t.applicationId],
    ),
  );
  const application = data.applications.find((a) => withPeople.has(a.id));
  const rejected = data.rejections.find(
    (r) => withPeople.has(r.applicationId) && stepsWithPeople.has(r.applicationId),
  );
  if (application === undefined || rejected === undefined) throw new Error('no page to read');
  return {
    today: '/api/agenda',
    applications: '/api/applications?limit=1000',
    application: `/api/applications/${application.id}`,
    plan: `/api/applications/${rejected.applicationId}/plan`,
  };
}

async function seekerWithSample(name: string, scale: number): Promise<Seeker> {
  const { account, cookie } = await team.member('seeker', name);
  const workspaceId = account.workspaceId as string;
  const owner = database.handle.db;
  const settings = await loadRecoverySettings(owner, workspaceId);
  const data = buildDemoData(database.clock.now().getTime(), scale, scale, settings);
  await inTransaction(owner, (trx) => writeDemoData(trx, workspaceId, data));
  return { cookie, data, pages: pagesOf(data) };
}

/** The statements one GET sent, after checking it answered. */
async function statementsOf(seeker: Seeker, path: string): Promise<string[]> {
  counter.reset();
  const answer = await team.call('GET', path, { cookie: seeker.cookie });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return counter.statements();
}

let small: Seeker;
let large: Seeker;
beforeAll(async () => {
  database = await createTestDatabase('postgres');
  counter = countStatements(database);
  team = createTeamApp({ ...database, appHandle: () => counter.handle });
  small = await seekerWithSample('Ana Díaz', 1);
  large = await seekerWithSample('Bo Lind', 3);
  // Sign-in touched the sessions just now: the pages below are read within the minute.
  database.clock.advance(5_000);
});
afterAll(async () => {
  await counter.handle.close();
  await database.close();
});

/** Statements per page: BEGIN, the session read that scopes the rows, the page's reads, COMMIT. */
const PINNED = { today: 8, applications: 4, application: 13, plan: 11 } as const;

describe('a seeker page in a team installation', () => {
  it.each(Object.entries(PINNED))('%s takes %i statements', async (page, pinned) => {
    const sent = await statementsOf(small, small.pages[page as keyof typeof PINNED]);
    expect(sent, sent.join('\n')).toHaveLength(pinned);
    // One transaction, opened before the session is read: the same statement scopes its rows.
    expect(sent[0]).toBe('begin');
    expect(sent[1]).toMatch(/^select .*set_config.* from "sessions" inner join "accounts"/);
    expect(sent.at(-1)).toBe('commit');
    expect(sent.filter((s) => s === 'begin')).toHaveLength(1);
    expect(sent.filter((s) => /set_config/.test(s))).toHaveLength(1);
  });

  it('takes as many statements for a search three times larger', async () => {
    for (const page of Object.keys(PINNED) as (keyof typeof PINNED)[]) {
      const sent = await statementsOf(large, large.pages[page]);
      expect(sent.length, `${page}:\n${sent.join('\n')}`).toBe(PINNED[page]);
    }
  });

  it('names a plan’s people and application from what the plan read', async () => {
    const plan = await team.call('GET', large.pages.plan, { cookie: large.cookie });
    const steps = plan.body.steps as { contactId: string | null; contactName: string | null }[];
    const names = new Map(large.data.contacts.map((c) => [c.id, c.name]));
    expect(steps.some((step) => step.contactId !== null)).toBe(true);
    for (const step of steps) {
      expect(step.contactName).toBe(step.contactId === null ? null : names.get(step.contactId));
    }
    const { company, role } = plan.body.application;
    expect(plan.body.steps).toEqual(steps.map(() => expect.objectContaining({ company, role })));
  });

  it('notes the session as seen at most once a minute, in the page’s transaction', async () => {
    database.clock.advance(61_000);
    const first = await statementsOf(small, small.pages.applications);
    expect(first).toHaveLength(PINNED.applications + 1);
    expect(first[2]).toMatch(/^update "sessions" set "last_seen_at"/);
    const again = await statementsOf(small, small.pages.applications);
    expect(again).toHaveLength(PINNED.applications);
  });

  it('ends a refused request after the session read', async () => {
    const { cookie } = await team.member('seeker', 'Cy Moreau');
    await team.call('DELETE', '/api/session', { cookie });
    counter.reset();
    const refused = await team.call('GET', '/api/agenda', { cookie });
    expect(refused.status).toBe(401);
    expect(counter.statements()).toEqual([
      'begin',
      expect.stringMatching(/from "sessions"/),
      'rollback',
    ]);
  });
});
