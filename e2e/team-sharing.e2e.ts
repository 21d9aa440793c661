import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, teamDatabaseEnv, type TestPostgres } from '../test/postgres-server';
import { openBrowser, type TestBrowser } from './support/browser';
import { reviewPage, settle } from './support/screenshots';
import { startServer, type TestServer } from './support/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PASSWORD = 'lighthouse vinegar tandem';
const WENT_WELL = 'The case study on churn went well';

interface Member {
  id: string;
  workspaceId: string | null;
  cookie: string;
}

/**
 * A team installation on a real PostgreSQL: the seeker shares a reflection from its application
 * page, their coach reads it (and is refused before and after), and the seeker reads who read
 * what on the Sharing page, checked with axe in light and dark.
 */
describe('sharing with a coach in a team installation', () => {
  let postgres: TestPostgres;
  let teamDatabase: { DATABASE_URL: string; DATABASE_OWNER_URL: string };
  let server: TestServer;
  let seekerBrowser: TestBrowser;
  let coachBrowser: TestBrowser;
  const pageErrors: string[] = [];
  const members: Record<'admin' | 'coach' | 'seeker', Member> = {} as never;
  let applicationId = '';
  let rejectionId = '';
  let draftId = '';

  async function call(method: string, route: string, cookie?: string, body?: unknown) {
    const response = await fetch(`${server.url}/api${route}`, {
      method,
      headers: {
        'X-Rebound-Request': '1',
        ...(cookie !== undefined && { cookie }),
        ...(body !== undefined && { 'Content-Type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    if (!response.ok)
      throw new Error(`${method} ${route}: ${response.status} ${JSON.stringify(json)}`);
    return { json: json as never, cookie: response.headers.get('set-cookie')?.split(';')[0] };
  }

  /** Makes an account with the server's own command, as an administrator would. */
  function addAccount(role: string, name: string, email: string) {
    const made = spawnSync(
      process.execPath,
      [
        'bin/rebound',
        '--data',
        server.dataDir,
        'team',
        'add-account',
        '--email',
        email,
        '--name',
        name,
        '--role',
        role,
        '--password-stdin',
      ],
      {
        cwd: root,
        input: PASSWORD,
        encoding: 'utf8',
        env: { ...process.env, REBOUND_MODE: 'team', ...teamDatabase },
      },
    );
    if (made.status !== 0) throw new Error(`add-account ${email}: ${made.stderr}`);
  }

  async function signIn(email: string): Promise<Member> {
    const session = await call('POST', '/session', undefined, { email, password: PASSWORD });
    const account = (session.json as { account: { id: string; workspaceId: string | null } })
      .account;
    return { id: account.id, workspaceId: account.workspaceId, cookie: session.cookie ?? '' };
  }

  /** Signs a browser in through the API, as the sign-in page would, keeping the cookie. */
  async function signInBrowser(browser: TestBrowser, email: string) {
    await browser.page.goto('/sharing');
    const status = await browser.page.evaluate(
      async ([address, password]) =>
        (
          await fetch('/api/session', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Rebound-Request': '1' },
            body: JSON.stringify({ email: address, password }),
          })
        ).status,
      [email, PASSWORD] as const,
    );
    expect(status).toBe(200);
  }

  /** What the coach's browser gets for a read of the seeker's workspace. */
  function coachReads(route: string) {
    return coachBrowser.page.evaluate(
      async ([url, workspace]) => {
        const response = await fetch(`/api${url}`, {
          headers: { 'X-Rebound-Workspace': workspace },
        });
        return { status: response.status, body: (await response.json()) as unknown };
      },
      [route, members.seeker.workspaceId ?? ''] as const,
    );
  }

  /**
   * The access log's lines about items; the coach's own landing page (their caseload) logs its
   * look as well, as often as they open it, which is not what these tests are about.
   */
  const accessLogRows = async () =>
    (await seekerBrowser.page.locator('[data-access-log] tbody tr').allTextContents()).filter(
      (row) => !row.includes('in their caseload'),
    );

  beforeAll(async () => {
    postgres = await startTestPostgres();
    teamDatabase = await teamDatabaseEnv(postgres.url);
    server = await startServer({
      env: () => ({ REBOUND_MODE: 'team', ...teamDatabase }),
    });
    addAccount('admin', 'Ada Okoye', 'ada@careers.example.edu');
    addAccount('coach', 'Cy Moreau', 'cy@careers.example.edu');
    addAccount('seeker', 'Lin Park', 'lin@careers.example.edu');
    members.admin = await signIn('ada@careers.example.edu');
    members.coach = await signIn('cy@careers.example.edu');
    members.seeker = await signIn('lin@careers.example.edu');
    await call('POST', '/team/assignments', members.admin.cookie, {
      coachId: members.coach.id,
      seekerId: members.seeker.id,
    });
    const seeker = members.seeker.cookie;
    const application = await call('POST', '/applications', seeker, {
      company: 'Lumen Labs',
      role: 'Data Analyst',
      stage: 'final',
    });
    applicationId = (application.json as { id: string }).id;
    const rejection = await call('POST', `/applications/${applicationId}/rejection`, seeker, {});
    rejectionId = (rejection.json as { rejection: { id: string } }).rejection.id;
    await call('PATCH', `/applications/${applicationId}/reflection`, seeker, {
      wentWell: WENT_WELL,
      feeling: 'disappointed',
    });
    const draft = await call('POST', '/messages', seeker, {
      kind: 'thank_you',
      applicationId,
      subject: 'Thank you, Lumen Labs',
      body: 'Thank you for the time you gave me.',
    });
    draftId = (draft.json as { id: string }).id;
    seekerBrowser = await openBrowser(server.url);
    coachBrowser = await openBrowser(server.url);
    for (const browser of [seekerBrowser, coachBrowser]) {
      browser.page.on('pageerror', (error) => pageErrors.push(String(error)));
    }
    await signInBrowser(seekerBrowser, 'lin@careers.example.edu');
    await signInBrowser(coachBrowser, 'cy@careers.example.edu');
  }, 120_000);

  afterAll(async () => {
    await seekerBrowser?.close();
    await coachBrowser?.close();
    await server?.stop();
    await postgres?.stop();
  });

  it('keeps the reflection from the coach until the seeker shares it on its page', async () => {
    const reflection = `/applications/${applicationId}/reflection`;
    expect((await coachReads(reflection)).status).toBe(403);

    const { page } = seekerBrowser;
    await page.goto(`/applications/${applicationId}`);
    const toggle = page.locator('[data-share-with-coach="reflection"]');
    await expect.poll(() => toggle.textContent()).toContain('Only you can read this reflection');
    await toggle.getByRole('switch', { name: 'Share with my coach' }).click({ force: true });
    await expect.poll(() => toggle.textContent()).toContain('Your coach can read this reflection');

    const read = await coachReads(reflection);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      rejectionId,
      reflection: { wentWell: WENT_WELL, feeling: null },
    });
  });

  it('shows the seeker what they share and who read it, and takes it back at once', async () => {
    const { page } = seekerBrowser;
    await page.getByRole('link', { name: 'Sharing' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sharing');
    const items = page.getByRole('region', { name: 'Shared one by one' });
    await expect.poll(() => items.textContent()).toContain('Reflection: Lumen Labs — Data Analyst');
    await expect.poll(accessLogRows).toEqual([expect.stringMatching(/^Cy MoreauA reflection/)]);
    await settle(page);
    expect(await reviewPage(page, 'team-sharing')).toEqual([]);

    await items.getByRole('button', { name: /Stop sharing reflection/ }).click();
    await expect.poll(() => items.textContent()).toContain('Nothing shared on its own');
    expect((await coachReads(`/applications/${applicationId}/reflection`)).status).toBe(403);
    await page.reload();
    // The refused read is not a read: the log still holds one line.
    await expect.poll(accessLogRows).toHaveLength(1);
  });

  it('shares drafts from the composer and every kind from the settings', async () => {
    const { page } = seekerBrowser;
    expect((await coachReads(`/messages/${draftId}`)).status).toBe(403);
    await page.goto(`/messages/${draftId}`);
    const toggle = page.locator('[data-share-with-coach="draft"]');
    await toggle.getByRole('switch', { name: 'Share with my coach' }).click({ force: true });
    await expect.poll(() => toggle.textContent()).toContain('Your coach can read this draft');
    const draft = await coachReads(`/messages/${draftId}`);
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ subject: 'Thank you, Lumen Labs' });

    await page.goto('/sharing');
    const settings = page.getByRole('region', { name: 'What your coach sees' });
    for (const name of ['Share how I felt', 'Share all my reflections']) {
      const setting = settings.getByRole('switch', { name });
      await setting.click({ force: true });
      // Checked once the server has saved it: the switch shows the stored setting.
      await expect.poll(() => setting.isChecked()).toBe(true);
    }
    const everything = await coachReads(`/applications/${applicationId}/reflection`);
    expect(everything.body).toMatchObject({
      reflection: { wentWell: WENT_WELL, feeling: 'disappointed' },
    });
    await page.reload();
    await expect
      .poll(accessLogRows)
      .toEqual([
        expect.stringMatching(/^Cy MoreauA reflection/),
        expect.stringMatching(/^Cy MoreauA draft/),
        expect.stringMatching(/^Cy MoreauA reflection/),
      ]);
    await settle(page);
    expect(await reviewPage(page, 'team-sharing-shared')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
