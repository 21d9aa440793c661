import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { createTeamApp, type TeamResponse } from '../../../test/team';
import { ACCESS_POLICY, COACH_VIEWS, SHARED_ONLY_VIEWS, WORKSPACE_HEADER } from './access-policy';

/**
 * Isolation at the edge of a team installation: a seeker's workspace is filled with one of
 * everything, then another seeker, a coach of someone else, an admin, a seeker the organisation
 * removed (who may still sign in to export their own data) and someone not signed in try every
 * operation of the OpenAPI document against it — naming the workspace, and with its real ids —
 * and not one succeeds; the workspace is unchanged afterwards. The seeker's own coach
 * may read the caseload views, and nothing more. The app serves as the role a team installation
 * uses (`createTeamApp`), so PostgreSQL's row-level security stands behind every one of these.
 */
const FEELING_NOTE = 'Zyxomantic: I cried in the car park';
const DRAFT_TEXT = 'Quillfrost draft I have not decided to send';

let database: TestDatabase & { close(): Promise<void> };
let team: ReturnType<typeof createTeamApp>;
beforeAll(async () => {
  database = await createTestDatabase('postgres');
  database.clock.set('2026-12-09T10:00:00.000Z');
  team = createTeamApp(database);
});
afterAll(() => database.close());

type Member = Awaited<ReturnType<ReturnType<typeof createTeamApp>['member']>>;

async function ok(response: Promise<TeamResponse>, what: string) {
  const answer = await response;
  expect(answer.status, `${what}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  return answer.body;
}

/** The victim's workspace, holding one of everything; returns the ids its routes take. */
async function seed(ana: Member): Promise<Record<string, string>> {
  const as = (method: string, path: string, body?: unknown) =>
    ok(team.call(method, `/api${path}`, { cookie: ana.cookie, body }), `${method} ${path}`);
  await as('PATCH', '/settings', { timeZone: 'Europe/London' });
  const app = await as('POST', '/applications', {
    company: 'Acme',
    role: 'Analyst',
    stage: 'final',
  });
  const contact = await as('POST', '/contacts', {
    name: 'Ana Okafor',
    email: 'ana.okafor@acme.example',
    relationship: 'hiring_manager',
    applicationIds: [app.id],
  });
  const interview = await as('POST', `/applications/${app.id}/interviews`, {
    scheduledAt: '2026-12-01T15:00:00Z',
    round: 2,
    contactIds: [contact.id],
  });
  const rejection = await as('POST', `/applications/${app.id}/rejection`, {
    date: '2026-12-08',
    contactId: contact.id,
    feeling: 'upset',
  });
  await as('PUT', `/applications/${app.id}/reflection`, {
    hardQuestions: ['Design a rate limiter'],
    feeling: 'upset',
    feelingNote: FEELING_NOTE,
  });
  const message = await as('POST', '/messages', {
    kind: 'thank_you',
    applicationId: app.id,
    contactId: contact.id,
    recipient: 'ana.okafor@acme.example',
    subject: 'Thank you',
    body: `Hi Ana,\n\n${DRAFT_TEXT}.\n\nAna`,
  });
  const interaction = await as('POST', '/interactions', {
    contactId: contact.id,
    channel: 'email',
  });
  const win = await as('POST', '/wins', { applicationId: app.id, text: 'Reached the final' });
  const card = await as('POST', `/wins/${win.id}/practice-card`);
  const letter = await as('POST', '/letters', { applicationId: app.id, body: 'Not for anyone.' });
  return {
    applications: app.id,
    contacts: contact.id,
    interviews: interview.id,
    messages: message.id,
    interactions: interaction.id,
    tasks: (rejection.steps as { id: string }[])[0]?.id as string,
    'practice/cards': card.cardId,
    wins: win.id,
    letters: letter.id,
    feeds: 'fds_000000000000',
    articles: 'art_000000000000',
    backups: 'rebound-backup',
  };
}

/** A route's URL with the victim's ids in place of its parameters. */
function urlFor(template: string, ids: Record<string, string>): string {
  const prefix = /^\/((?:practice\/)?[a-z-]+)\//.exec(template)?.[1] ?? '';
  return template
    .replace('{id}', ids[prefix] ?? 'x')
    .replace('{contactId}', ids.contacts as string)
    .replace('{name}', ids.backups as string);
}

function operationsOf(document: { paths: Record<string, Record<string, unknown>> }) {
  return Object.entries(document.paths).flatMap(([template, methods]) =>
    Object.keys(methods).map((method) => ({ method: method.toUpperCase(), template })),
  );
}

describe('another workspace, through every operation', () => {
  it('lets no seeker, coach of someone else, admin or stranger in', async () => {
    const ana = await team.member('seeker', 'Ana Díaz');
    const bo = await team.member('seeker', 'Bo Lind');
    const coach = await team.member('coach', 'Cy Coach');
    const admin = await team.member('admin', 'Ada Admin');
    await ok(
      team.call('POST', '/api/team/assignments', {
        cookie: admin.cookie,
        body: { coachId: coach.account.id, seekerId: bo.account.id },
      }),
      'assign',
    );
    // Someone removed from the organisation, who may still export and delete their own data.
    const gone = await team.member('seeker', 'Gil Gone');
    await ok(
      team.call('DELETE', `/api/team/members/${gone.account.id}`, { cookie: admin.cookie }),
      'remove',
    );
    const goneCookie = await team.signIn(gone.email);
    const ids = await seed(ana);
    const exportOf = () =>
      ok(team.call('GET', '/api/export?includeLetters=true', { cookie: ana.cookie }), 'export');
    const before = await exportOf();
    const workspace = ana.account.workspaceId as string;
    const document = team.api.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'Rebound', version: '1' },
    }) as unknown as { paths: Record<string, Record<string, unknown>> };
    const operations = operationsOf(document);
    const actors = {
      seeker: bo.cookie,
      coach: coach.cookie,
      admin: admin.cookie,
      removed: goneCookie,
      stranger: '',
    };
    const successes: string[] = [];
    let tried = 0;
    for (const { method, template } of operations) {
      const access = ACCESS_POLICY[`${method} ${template}`];
      if (access === 'public' || access === 'account') continue;
      for (const [actor, cookie] of Object.entries(actors)) {
        // The organisation's own lists are theirs to read; checked below that Ana is not in them.
        if (access === actor) continue;
        const url = `/api${urlFor(template, ids)}`;
        const attempts: Record<string, string>[] = [{ [WORKSPACE_HEADER]: workspace }];
        // Without naming the workspace, a seeker works in their own: the victim's ids must miss
        // (404), or the input is refused first (400), or their own mail is not set up (409).
        const workspaceOperation = access !== 'admin' && access !== 'coach';
        if (actor === 'seeker' && template.includes('{') && workspaceOperation) attempts.push({});
        // Someone removed reaches nothing but their own export and deletion, neither with ids.
        if (actor === 'removed' && template.includes('{')) attempts.push({});
        for (const headers of attempts) {
          const response = await team.call(method, url, {
            ...(cookie !== '' && { cookie }),
            headers,
            ...(method !== 'GET' && { body: {} }),
          });
          tried += 1;
          if (response.status < 300) successes.push(`${actor} ${method} ${url} ${response.status}`);
          const expected =
            actor === 'stranger'
              ? [401]
              : headers[WORKSPACE_HEADER] || actor === 'removed'
                ? [403]
                : [400, 404, 409];
          expect(expected, `${actor} ${method} ${url}`).toContain(response.status);
        }
      }
    }
    expect(successes).toEqual([]);
    const caseload = await ok(
      team.call('GET', '/api/team/caseload', { cookie: coach.cookie }),
      'caseload',
    );
    expect(caseload.items.map((s: { seeker: { id: string } }) => s.seeker.id)).toEqual([
      bo.account.id,
    ]);
    expect(operations.length).toBeGreaterThan(100);
    expect(tried).toBeGreaterThan(400);
    expect(await exportOf()).toEqual(before);
    const log = await ok(team.call('GET', '/api/access-log', { cookie: ana.cookie }), 'log');
    expect(log.items).toEqual([]);
    expect(team.errors).toEqual([]);
  });

  it('lets the seeker’s own coach read the caseload views, without feelings or drafts, and nothing else', async () => {
    const ana = await team.member('seeker', 'Ana Díaz');
    const coach = await team.member('coach', 'Cy Coach');
    const admin = await team.member('admin', 'Ada Admin');
    await ok(
      team.call('POST', '/api/team/assignments', {
        cookie: admin.cookie,
        body: { coachId: coach.account.id, seekerId: ana.account.id },
      }),
      'assign',
    );
    const ids = await seed(ana);
    const headers = { [WORKSPACE_HEADER]: ana.account.workspaceId as string };
    const read = (url: string) => team.call('GET', `/api${url}`, { cookie: coach.cookie, headers });
    await ok(
      team.call('POST', '/api/coach-notes', {
        cookie: coach.cookie,
        headers,
        body: {
          kind: 'suggestion',
          body: 'Ask Acme for feedback',
          applicationId: ids.applications,
        },
      }),
      'note',
    );
    const seekerSees = await ok(
      team.call('GET', `/api/applications/${ids.applications}`, { cookie: ana.cookie }),
      'own',
    );
    expect(JSON.stringify(seekerSees)).toContain(FEELING_NOTE);
    const ownPlan = await ok(
      team.call('GET', `/api/applications/${ids.applications}/plan`, { cookie: ana.cookie }),
      'own plan',
    );
    expect(JSON.stringify(ownPlan)).toContain('You said you feel upset');
    const ownToday = await ok(team.call('GET', '/api/agenda', { cookie: ana.cookie }), 'today');
    expect(JSON.stringify(ownToday)).toContain('You said you feel upset');
    for (const operation of Object.keys(COACH_VIEWS)) {
      const url = urlFor(operation.replace(/^GET /, ''), ids);
      const response = await read(url);
      if (SHARED_ONLY_VIEWS.includes(operation)) {
        // Nothing is shared yet: the reflection and the draft are refused, and not logged.
        expect(response.status, operation).toBe(403);
        expect(JSON.stringify(response.body)).not.toMatch(/Zyxomantic|Quillfrost|rate limiter/);
        continue;
      }
      expect(response.status, `${operation}: ${JSON.stringify(response.body)}`).toBe(200);
      const text = JSON.stringify(response.body);
      expect(text).toContain('Acme');
      expect(text).not.toContain('Zyxomantic');
      expect(text).not.toContain('Quillfrost');
      expect(text).not.toMatch(/feel upset|"feeling"/);
    }
    const log = await ok(team.call('GET', '/api/access-log', { cookie: ana.cookie }), 'log');
    expect(log.items.map((e: { operation: string }) => e.operation).sort()).toEqual(
      Object.keys(COACH_VIEWS)
        .filter((operation) => !SHARED_ONLY_VIEWS.includes(operation))
        .sort(),
    );
    expect(log.items[0]).toMatchObject({
      accountId: coach.account.id,
      accountName: 'Cy Coach',
      at: '2026-12-09T10:00:00.000Z',
    });
    expect(log.items.map((e: { path: string }) => e.path)).toContain(
      `/applications/${ids.applications}/plan`,
    );
    const plan = (await read(`/applications/${ids.applications}/plan`)).body;
    expect(plan).toMatchObject({ rejection: { reflection: null }, coolOffUntil: null });
    for (const [method, url] of [
      ['GET', '/contacts'],
      ['GET', '/messages'],
      ['GET', '/letters'],
      ['GET', '/insights'],
      ['GET', '/export'],
      ['POST', '/applications'],
      ['PATCH', `/applications/${ids.applications}`],
    ] as const) {
      const response = await team.call(method, `/api${url}`, {
        cookie: coach.cookie,
        headers,
        ...(method !== 'GET' && { body: { company: 'Coach Co', role: 'Anything' } }),
      });
      expect(response.status, `${method} ${url}`).toBe(403);
    }
    const caseload = await ok(
      team.call('GET', '/api/team/caseload', { cookie: coach.cookie }),
      'caseload',
    );
    expect(caseload.items).toEqual([
      {
        seeker: ana.account,
        rejectionsThisWeek: 1,
        overdueSteps: 0,
        lastActivityAt: '2026-12-09T10:00:00.000Z',
        goneQuiet: false,
        // The reflection step came due at once and was done by the reflection saved.
        followThrough: { done: 1, due: 1 },
      },
    ]);
    const members = await ok(
      team.call('GET', '/api/team/members', { cookie: admin.cookie }),
      'members',
    );
    expect(members.items.map((m: { id: string }) => m.id)).toEqual(
      expect.arrayContaining([ana.account.id, coach.account.id, admin.account.id]),
    );
    for (const [cookie, path] of [
      [ana.cookie, '/api/team/caseload'],
      [ana.cookie, '/api/team/members'],
      [coach.cookie, '/api/team/members'],
      [coach.cookie, '/api/team/assignments'],
    ] as const) {
      const method = path.endsWith('assignments') ? 'POST' : 'GET';
      const body = { coachId: coach.account.id, seekerId: ana.account.id };
      const response = await team.call(method, path, {
        cookie,
        ...(method === 'POST' && { body }),
      });
      expect(response.status, path).toBe(403);
      expect(response.body.error.field).toBe('role');
    }
    // Refused attempts are not reads; the coach cannot read the log itself.
    const logged = await ok(team.call('GET', '/api/access-log', { cookie: ana.cookie }), 'log');
    // The views served (not those refused until shared), the plan once more, the caseload's figures.
    expect(logged.items).toHaveLength(
      Object.keys(COACH_VIEWS).length - SHARED_ONLY_VIEWS.length + 2,
    );
    expect((await read('/access-log')).status).toBe(403);
    const withoutNaming = await team.call('GET', '/api/applications', { cookie: coach.cookie });
    expect(withoutNaming.body.error.message).toMatch(/say whose workspace/);
  });

  it('names only operations that exist', () => {
    const document = team.api.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'Rebound', version: '1' },
    }) as unknown as { paths: Record<string, Record<string, unknown>> };
    const known = new Set(operationsOf(document).map((o) => `${o.method} ${o.template}`));
    known.add('GET /openapi.json');
    expect(Object.keys(ACCESS_POLICY).filter((operation) => !known.has(operation))).toEqual([]);
  });
});
