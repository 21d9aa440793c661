import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from '../test/smtp-server';
import {
  createThrowawayDatabase,
  startTestPostgres,
  teamDatabaseEnv,
  type TestPostgres,
  type ThrowawayDatabase,
} from '../test/postgres-server';
import { useApp } from './support/app';
import { seriousViolations } from './support/axe';
import { reviewPage, settle } from './support/screenshots';
import { addTeamAccount } from './support/team-account';

/**
 * A team installation in the browser: the real server in team mode on a real PostgreSQL, mail
 * to a real SMTP server on loopback. The admin signs in, invites a coach and a job seeker, who
 * join from their links; the admin assigns the seeker, the coach reads the caseload and leaves a
 * note the seeker then reads; the seeker resets a forgotten password from the emailed link; the
 * admin resends and takes back a pending invitation and removes members, and a removed job
 * seeker downloads their data and deletes it.
 */
const ADMIN = { email: 'ada.okoye@careers.example.edu', name: 'Ada Okoye' };
const COACH = { email: 'cy.mensah@careers.example.edu', name: 'Cy Mensah' };
const SEEKER = { email: 'sam.lind@example.org', name: 'Sam Lind' };
const INVITEE = 'pat.pending@example.org';
const PASSWORD = 'lighthouse vinegar tandem';
const NEW_PASSWORD = 'orchard kettle spinnaker';
const SMTP_USER = 'rebound@careers.example.edu';
const SMTP_PASSWORD = 'smtp-secret-1';

let postgres: TestPostgres | undefined;
let database: ThrowawayDatabase | undefined;
let teamDatabase: { DATABASE_URL: string; DATABASE_OWNER_URL: string };
let smtp: TestSmtpServer;
/** What the caseload should show for the seeker's rejection, worked out from their plan. */
let expected = { overdue: 0, due: 0 };

/** A fresh database on the test PostgreSQL (TEST_DATABASE_URL, or one started here). */
async function createDatabase(): Promise<string> {
  if (!process.env.TEST_DATABASE_URL) postgres = await startTestPostgres();
  database = await createThrowawayDatabase(
    process.env.TEST_DATABASE_URL ?? postgres?.url ?? '',
    'rebound_e2e',
  );
  return database.url;
}

/** The first admin, made on the server as the README says: `rebound team add-account`. */
async function addFirstAdmin(): Promise<void> {
  await addTeamAccount(teamDatabase, { ...ADMIN, password: PASSWORD });
}

/** The link in the last mail sent to an address. */
function linkMailedTo(address: string, path: string): string {
  const mail = smtp.received.filter((m) => m.to.includes(address)).at(-1);
  const match = new RegExp(`http://127\\.0\\.0\\.1:\\d+${path}#[\\w-]+`).exec(
    mail?.mail.text ?? '',
  );
  if (!match) throw new Error(`no ${path} link mailed to ${address}`);
  return match[0];
}

/** Signs in from the sign-in page, or from the page `from` (which sends there first). */
async function signIn(page: Page, email: string, password: string, from = '/sign-in') {
  await page.goto(from);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/sign-in');
}

async function expectNoViolations(page: Page, name: string) {
  await settle(page);
  expect(await reviewPage(page, name)).toEqual([]);
}

describe('a team installation', () => {
  const app = useApp({
    server: async () => {
      teamDatabase = await teamDatabaseEnv(await createDatabase());
      smtp = await startSmtpServer({ user: SMTP_USER, password: SMTP_PASSWORD });
      return {
        env: (url) => ({
          REBOUND_MODE: 'team',
          ...teamDatabase,
          REBOUND_PUBLIC_URL: url,
          REBOUND_SMTP_URL: `smtp://${encodeURIComponent(SMTP_USER)}:${SMTP_PASSWORD}@127.0.0.1:${smtp.port}`,
          REBOUND_SMTP_FROM: `Career Centre <${SMTP_USER}>`,
        }),
      };
    },
  });
  afterAll(async () => {
    await app().server.stop();
    await smtp.close();
    await database?.drop();
    await postgres?.stop();
  });

  it('asks for a sign-in, refuses a wrong password, pauses after too many, then lets the admin in', async () => {
    const { browser, server } = app();
    const { page } = browser;
    await addFirstAdmin();
    await page.goto('/pipeline');
    await page.waitForURL('**/sign-in?next=%2Fpipeline');
    await expect.poll(() => page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(true);
    // No single sign-on on this server: the password is the only way in.
    expect(await page.getByRole('link', { name: /continue with/i }).count()).toBe(0);
    await expectNoViolations(page, 'team-sign-in');

    await signIn(page, ADMIN.email, 'not the password at all');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('The email address or password is not right');

    // Ten attempts for one address, and the eleventh waits.
    const typo = 'ada.okoye@careers.example.ed';
    for (let i = 0; i < 10; i += 1) {
      const response = await fetch(`${server.url}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Rebound-Request': '1' },
        body: JSON.stringify({ email: typo, password: 'guess guess guess' }),
      });
      expect(response.status).toBe(401);
    }
    await signIn(page, typo, 'guess guess guess');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/Too many sign-in attempts; try again in \d+ minutes/);

    // The admin reads no one's job search: the pipeline they asked for sends them to their own page.
    await signIn(page, ADMIN.email, PASSWORD, '/pipeline');
    await page.waitForURL('**/members');
    const header = page.getByRole('banner');
    await expect.poll(() => header.textContent()).toContain(ADMIN.name);
    await expect.poll(() => header.textContent()).toContain('Admin');
    expect(await page.getByRole('button', { name: 'Add application' }).count()).toBe(0);
  });

  it('lets the admin invite a coach and a job seeker, who join from their links', async () => {
    const { page } = app().browser;
    await page.goto('/members');
    await expect.poll(() => page.getByRole('heading', { name: 'Members' }).isVisible()).toBe(true);
    await expectNoViolations(page, 'team-members');

    await page.getByLabel('Email address').fill(COACH.email);
    await page.getByLabel('Role').selectOption('coach');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain(`Invitation for ${COACH.email}`);
    const coachLink = linkMailedTo(COACH.email, '/join');
    expect(await page.getByTestId('join-link').textContent()).toBe(coachLink);

    await page.getByLabel('Email address').fill(SEEKER.email);
    await page.getByLabel('Role').selectOption('seeker');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain(`Invitation for ${SEEKER.email}`);
    const seekerLink = linkMailedTo(SEEKER.email, '/join');
    await signOut(page);

    await page.goto(coachLink);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Join Rebound' }).isVisible())
      .toBe(true);
    await page.getByLabel('Your name').fill(COACH.name);
    await page.getByLabel(/^Password/).fill('password1234');
    await expect.poll(() => page.getByText('long enough').isVisible()).toBe(true);
    await expectNoViolations(page, 'team-join');
    await page.getByRole('button', { name: 'Join' }).click();
    // The rule the server holds a password to, under the field it is about.
    await expect.poll(() => page.getByText(/too easy to guess/i).isVisible()).toBe(true);
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.waitForURL('**/caseload');
    await expect.poll(() => page.getByText('Nobody is assigned to you yet').isVisible()).toBe(true);
    await signOut(page);

    await page.goto(seekerLink);
    await page.getByLabel('Your name').fill(SEEKER.name);
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByRole('banner').textContent()).toContain(SEEKER.name);
    // A used link does not work twice.
    await signOut(page);
    await page.goto(seekerLink);
    await page.getByLabel('Your name').fill('Someone Else');
    await page.getByLabel(/^Password/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Join' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('used already or has expired');
  });

  it('lets the seeker record a rejection and the admin assign them to the coach', async () => {
    const { page } = app().browser;
    // Signing in returns to the page asked for.
    await signIn(page, SEEKER.email, PASSWORD, '/contacts');
    await page.waitForURL('**/contacts');
    // Through the API from the seeker's own page, as the app itself calls it.
    const applicationId = await page.evaluate(async () => {
      const headers = { 'Content-Type': 'application/json', 'X-Rebound-Request': '1' };
      const created = await fetch('/api/applications', {
        method: 'POST',
        headers,
        body: JSON.stringify({ company: 'Acme Analytics', role: 'Data Analyst', stage: 'final' }),
      });
      const { id } = (await created.json()) as { id: string };
      const rejected = await fetch(`/api/applications/${id}/rejection`, {
        method: 'POST',
        headers,
        body: JSON.stringify({}),
      });
      if (!rejected.ok) throw new Error(await rejected.text());
      return id;
    });
    expect(applicationId).toMatch(/^app_/);
    // What the caseload should count: steps already due (the reflection is due at once).
    const steps = await page.evaluate(async (id) => {
      const plan = (await (await fetch(`/api/applications/${id}/plan`)).json()) as {
        steps: { status: string; dueAt: string; snoozedUntil: string | null }[];
      };
      return plan.steps;
    }, applicationId);
    const now = new Date().toISOString();
    const cameDue = steps.filter((s) => s.dueAt < now);
    expected = { overdue: cameDue.filter((s) => s.status === 'open').length, due: cameDue.length };
    await signOut(page);

    await signIn(page, ADMIN.email, PASSWORD);
    await page.waitForURL('**/members');
    const assign = page.getByRole('region', { name: 'Assign a job seeker to a coach' });
    await assign.getByLabel('Job seeker', { exact: true }).selectOption({ label: SEEKER.name });
    await assign.getByLabel('Coach', { exact: true }).selectOption({ label: COACH.name });
    await assign.getByRole('button', { name: 'Assign' }).click();
    const seekerRow = page.getByRole('row', { name: new RegExp(`^${SEEKER.name}`) });
    await expect.poll(() => seekerRow.textContent()).toContain(COACH.name);
    await signOut(page);
  });

  it('shows the coach the caseload, the seeker’s shared views, and takes a note the seeker reads', async () => {
    const { page } = app().browser;
    await signIn(page, COACH.email, PASSWORD);
    await page.waitForURL('**/caseload');
    const overdue = `${expected.overdue} overdue step${expected.overdue === 1 ? '' : 's'}`;
    await expect
      .poll(() => page.getByTestId('caseload-summary').textContent())
      .toBe(`1 job seeker · 1 rejection this week · ${overdue} · 0 gone quiet`);
    const row = page.getByRole('row', { name: new RegExp(`^${SEEKER.name}`) });
    await expect
      .poll(() => row.textContent())
      .toContain(expected.due === 0 ? '—' : `0 of ${expected.due} done`);
    await expectNoViolations(page, 'team-caseload');

    await row.getByRole('link', { name: SEEKER.name }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: SEEKER.name }).isVisible())
      .toBe(true);
    const applications = page.getByRole('region', { name: 'Applications' });
    await expect.poll(() => applications.textContent()).toContain('Acme Analytics');
    await expect
      .poll(() => page.getByRole('region', { name: 'Today' }).textContent())
      .toContain('Acme Analytics');
    await page.getByLabel(`A note for ${SEEKER.name}`).fill('Ask Acme for feedback by Friday.');
    await page.getByRole('button', { name: 'Leave the note' }).click();
    const notes = page.getByRole('region', { name: 'Notes' });
    await expect
      .poll(() => notes.getByRole('article').first().textContent())
      .toContain('Ask Acme for feedback by Friday.');
    await expectNoViolations(page, 'team-seeker');

    await applications.getByRole('link', { name: 'Acme Analytics' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Acme Analytics — Data Analyst' }).isVisible())
      .toBe(true);
    await expect
      .poll(() => page.getByRole('region', { name: 'The plan' }).textContent())
      .toMatch(/thank/i);
    await expectNoViolations(page, 'team-seeker-plan');
    await signOut(page);

    await signIn(page, SEEKER.email, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('link', { name: 'From your coach' }).click();
    await expect
      .poll(() => page.getByRole('article').first().textContent())
      .toContain(`Note from ${COACH.name}`);
    await expect
      .poll(() => page.getByRole('article').first().textContent())
      .toContain('Ask Acme for feedback by Friday.');
    await expectNoViolations(page, 'team-coach-notes');
    await signOut(page);
  });

  it('resets a forgotten password from the emailed link, once', async () => {
    const { page } = app().browser;
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL('**/reset-password');
    await expectNoViolations(page, 'team-reset-request');
    await page.getByLabel('Email address').fill(SEEKER.email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain(`If ${SEEKER.email} has an account`);

    const link = linkMailedTo(SEEKER.email, '/reset-password');
    await page.goto(link);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Choose a new password' }).isVisible())
      .toBe(true);
    await expectNoViolations(page, 'team-reset-choose');
    await page.getByLabel(/^New password/).fill('short');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await expect
      .poll(() => page.getByText('Must be at least 12 characters', { exact: false }).isVisible())
      .toBe(true);
    await page.getByLabel(/^New password/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('signed out');

    await signIn(page, SEEKER.email, PASSWORD);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('The email address or password is not right');
    await signIn(page, SEEKER.email, NEW_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await signOut(page);

    // The link worked once.
    await page.goto(link);
    await page.getByLabel(/^New password/).fill('another orchard lantern');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/used|expired/);
  });

  it('lets the admin resend a pending invitation with a new link, and take one back', async () => {
    const { browser, pageErrors } = app();
    const { page } = browser;
    await signIn(page, ADMIN.email, PASSWORD);
    await page.waitForURL('**/members');
    const pending = page.getByRole('table', { name: 'Pending invitations' });
    await page.getByLabel('Email address').fill(INVITEE);
    await page.getByLabel('Role').selectOption('seeker');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => pending.textContent()).toContain(INVITEE);
    // Those who joined are no longer pending.
    expect(await pending.textContent()).not.toContain(SEEKER.email);
    await expectNoViolations(page, 'team-pending-invitations');
    const firstLink = linkMailedTo(INVITEE, '/join');

    await page.getByRole('button', { name: `Resend the invitation to ${INVITEE}` }).click();
    await expect.poll(() => smtp.received.filter((m) => m.to.includes(INVITEE)).length).toBe(2);
    const secondLink = linkMailedTo(INVITEE, '/join');
    expect(secondLink).not.toBe(firstLink);
    await expect.poll(() => page.getByTestId('join-link').allTextContents()).toContain(secondLink);
    await expect.poll(() => pending.getByRole('row').count()).toBe(2);

    await page.getByRole('button', { name: `Take back the invitation to ${INVITEE}` }).click();
    await expect
      .poll(() => page.getByText('No invitations are waiting', { exact: false }).isVisible())
      .toBe(true);
    await signOut(page);

    // Neither link joins anyone now.
    for (const link of [firstLink, secondLink]) {
      await page.goto(link);
      await page.getByLabel('Your name').fill('Pat Pending');
      await page.getByLabel(/^Password/).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Join' }).click();
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toContain('used already or has expired');
    }
    expect(pageErrors).toEqual([]);
  });

  it('lets the admin remove a member after a confirmation that names them', async () => {
    const { browser, pageErrors } = app();
    const { page } = browser;
    await signIn(page, ADMIN.email, PASSWORD);
    await page.waitForURL('**/members');
    await page.getByRole('button', { name: `Remove ${COACH.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Remove ${COACH.name}?` });
    await expect.poll(() => dialog.textContent()).toContain(COACH.email);
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
    await dialog.getByRole('button', { name: `Remove ${COACH.name}` }).click();
    await expect
      .poll(() => page.getByRole('row', { name: new RegExp(COACH.name) }).count())
      .toBe(0);

    await signOut(page);
    await signIn(page, COACH.email, PASSWORD);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('The email address or password is not right');
    expect(pageErrors).toEqual([]);
  });

  it('leaves a removed job seeker only their data, to download and then delete', async () => {
    const { browser, pageErrors } = app();
    const { page } = browser;
    await signIn(page, ADMIN.email, PASSWORD);
    await page.waitForURL('**/members');
    await page.getByRole('button', { name: `Remove ${SEEKER.name}` }).click();
    const confirm = page.getByRole('dialog', { name: `Remove ${SEEKER.name}?` });
    await expect.poll(() => confirm.textContent()).toContain('export or delete their own data');
    await confirm.getByRole('button', { name: `Remove ${SEEKER.name}` }).click();
    await expect
      .poll(() => page.getByRole('row', { name: new RegExp(SEEKER.name) }).count())
      .toBe(0);
    await signOut(page);

    // Any page the seeker asks for gives way to their data's page.
    await signIn(page, SEEKER.email, NEW_PASSWORD, '/pipeline');
    await page.waitForURL('**/your-data');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Your data' }).isVisible())
      .toBe(true);
    const nav = page.getByRole('navigation');
    await expect.poll(() => nav.getByRole('link').allTextContents()).toEqual(['Your data']);
    await expectNoViolations(page, 'team-your-data');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download everything (JSON)' }).click(),
    ]);
    const file = await download.path();
    const exported = JSON.parse(await readFile(file, 'utf8')) as {
      applications: { company: string }[];
    };
    expect(exported.applications.map((a) => a.company)).toContain('Acme Analytics');

    await page.getByRole('button', { name: 'Delete my data…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your data for good?' });
    const erase = dialog.getByRole('button', { name: 'Delete my data' });
    expect(await erase.isDisabled()).toBe(true);
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
    await dialog.getByLabel(`Type ${SEEKER.email} to confirm`).fill(SEEKER.email);
    await erase.click();
    await page.waitForURL('**/sign-in?deleted=1');
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Your data and your account were deleted');
    await signIn(page, SEEKER.email, NEW_PASSWORD);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('The email address or password is not right');
    expect(pageErrors).toEqual([]);
  });
});
