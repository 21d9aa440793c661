import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type TestOidcProvider } from '../test/oidc-provider';
import {
  createThrowawayDatabase,
  startTestPostgres,
  teamDatabaseEnv,
  type TestPostgres,
  type ThrowawayDatabase,
} from '../test/postgres-server';
import { useApp } from './support/app';
import { seriousViolations } from './support/axe';
import { freePort } from './support/server';
import { settle } from './support/screenshots';
import { addTeamAccount } from './support/team-account';

/**
 * Single sign-on in the browser: the real server in team mode on a real PostgreSQL, configured
 * for a real OpenID Connect provider (`oidc-provider`) on loopback. The admin clicks the
 * provider's button on Rebound's sign-in page, signs in on the provider's own pages, and comes
 * back signed in to Rebound. A coach signed in the same way, and a seeker, choose when their
 * daily digest comes or turn it off.
 */
const ADMIN = { email: 'ada.okoye@careers.example.edu', name: 'Ada Okoye' };
const COACH = { email: 'cy.mensah@careers.example.edu', name: 'Cy Mensah' };
const SEEKER = { email: 'sam.lind@example.org', name: 'Sam Lind' };
const PASSWORD = 'lighthouse vinegar tandem';
const SUBJECT = 'campus-ada-0042';
const COACH_SUBJECT = 'campus-cy-0077';
const LABEL = 'Sign in with Campus login';

let postgres: TestPostgres | undefined;
let database: ThrowawayDatabase | undefined;
let idp: TestOidcProvider | undefined;
let teamDatabase: Record<string, string>;

/** Signs in at the provider's own pages: its development login form, then its consent form. */
async function signInAtProvider(page: Page, subject: string) {
  await page.waitForURL((url) => url.origin === idp?.issuer);
  await page.locator('input[name="login"]').fill(subject);
  await page.locator('input[name="password"]').fill('any password works here');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** The signed-in account's digest preferences, as the app reads them. */
function digestPreferences(page: Page) {
  return page.evaluate(async () => {
    const response = await fetch('/api/team/digest-preferences');
    return (await response.json()) as { enabled: boolean; hour: number | null };
  });
}

/** The label of the option a native list shows as chosen. */
function selectedLabel(select: HTMLElement) {
  const list = select as HTMLSelectElement;
  return list.selectedOptions[0]?.label ?? '';
}

describe('single sign-on in the browser', () => {
  const app = useApp({
    server: async () => {
      if (!process.env.TEST_DATABASE_URL) postgres = await startTestPostgres();
      database = await createThrowawayDatabase(
        process.env.TEST_DATABASE_URL ?? postgres?.url ?? '',
        'rebound_e2e_sso',
      );
      teamDatabase = await teamDatabaseEnv(database.url);
      await addTeamAccount(teamDatabase, { ...ADMIN, password: PASSWORD });
      await addTeamAccount(teamDatabase, { ...COACH, password: PASSWORD, role: 'coach' });
      await addTeamAccount(teamDatabase, { ...SEEKER, password: PASSWORD, role: 'seeker' });
      // The provider must know where to send people back before the server starts.
      const port = await freePort();
      idp = await startOidcProvider(`http://127.0.0.1:${port}/api/team/sso/oidc/callback`);
      idp.people.set(SUBJECT, { email: ADMIN.email, email_verified: true, name: ADMIN.name });
      idp.people.set(COACH_SUBJECT, { email: COACH.email, email_verified: true, name: COACH.name });
      const { issuer, clientId, clientSecret } = idp;
      return {
        port,
        env: (url) => ({
          REBOUND_MODE: 'team',
          ...teamDatabase,
          REBOUND_PUBLIC_URL: url,
          REBOUND_OIDC_ISSUER: issuer,
          REBOUND_OIDC_CLIENT_ID: clientId,
          REBOUND_OIDC_CLIENT_SECRET: clientSecret,
          REBOUND_OIDC_LABEL: LABEL,
        }),
      };
    },
  });
  afterAll(async () => {
    await idp?.close();
    await database?.drop();
    await postgres?.stop();
  });

  it('signs the admin in through the provider’s button and the provider’s own page', async () => {
    const { browser, pageErrors } = app();
    const { page } = browser;
    // The provider's pages ask for a web font; nothing leaves this machine.
    await page.context().route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => route.abort(),
    );
    await page.goto('/sign-in');
    const button = page.getByRole('link', { name: LABEL });
    await expect.poll(() => button.isVisible()).toBe(true);
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);

    await button.click();
    await signInAtProvider(page, SUBJECT);

    await page.waitForURL((url) => url.origin === app().server.url && url.pathname !== '/sign-in');
    await expect.poll(() => page.getByRole('banner').textContent()).toContain(ADMIN.name);
    const session = await page.evaluate(async () => {
      const response = await fetch('/api/session');
      return (await response.json()) as { account: { email: string; role: string } };
    });
    expect(session.account).toMatchObject({ email: ADMIN.email, role: 'admin' });
    expect(pageErrors).toEqual([]);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
  });

  it('lets a coach signed in through the provider choose the digest hour, or turn digests off', async () => {
    const { browser, pageErrors } = app();
    const { page } = browser;
    // Signed out of Rebound, and out of the provider too (its own cookies), as another person.
    await page.context().clearCookies();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: LABEL }).click();
    await signInAtProvider(page, COACH_SUBJECT);
    await page.waitForURL('**/caseload');
    const digest = page.getByRole('region', { name: 'Daily digest' });
    const when = digest.getByLabel('When it comes');
    await expect.poll(() => when.evaluate(selectedLabel)).toBe('09:00 (the usual time)');
    await when.selectOption({ label: '07:00' });
    await expect.poll(async () => (await digestPreferences(page)).hour).toBe(7);
    await expect.poll(() => digest.getByRole('status').textContent()).toContain('Saved');
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);

    await digest.getByRole('switch', { name: 'Email me a daily digest' }).click();
    await expect
      .poll(() => digestPreferences(page))
      .toEqual(expect.objectContaining({ enabled: false, hour: 7 }));
    await expect.poll(() => when.isDisabled()).toBe(true);
    // As stored: a fresh load shows it off.
    await page.reload();
    await expect
      .poll(() => digest.getByRole('switch', { name: 'Email me a daily digest' }).isChecked())
      .toBe(false);
    expect(pageErrors).toEqual([]);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
  });

  it('offers a seeker the digest in Settings, at their reminder time by default', async () => {
    const { browser, pageErrors } = app();
    const { page } = browser;
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(SEEKER.email);
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/settings');
    const digest = page.getByRole('region', { name: 'Daily digest' });
    const when = digest.getByLabel('When it comes');
    await expect.poll(() => when.evaluate(selectedLabel)).toBe('At my reminder time');
    await when.selectOption({ label: '18:00' });
    await expect.poll(async () => (await digestPreferences(page)).hour).toBe(18);
    await settle(page);
    expect(await seriousViolations(page, '#digest')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
