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
 * back signed in to Rebound.
 */
const ADMIN = { email: 'ada.okoye@careers.example.edu', name: 'Ada Okoye' };
const SUBJECT = 'campus-ada-0042';
const LABEL = 'Sign in with Campus login';

let postgres: TestPostgres | undefined;
let database: ThrowawayDatabase | undefined;
let idp: TestOidcProvider | undefined;

describe('single sign-on in the browser', () => {
  const app = useApp({
    server: async () => {
      if (!process.env.TEST_DATABASE_URL) postgres = await startTestPostgres();
      database = await createThrowawayDatabase(
        process.env.TEST_DATABASE_URL ?? postgres?.url ?? '',
        'rebound_e2e_sso',
      );
      const teamDatabase = await teamDatabaseEnv(database.url);
      await addTeamAccount(teamDatabase, { ...ADMIN, password: 'lighthouse vinegar tandem' });
      // The provider must know where to send people back before the server starts.
      const port = await freePort();
      idp = await startOidcProvider(`http://127.0.0.1:${port}/api/team/sso/oidc/callback`);
      idp.people.set(SUBJECT, { email: ADMIN.email, email_verified: true, name: ADMIN.name });
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
    await page.waitForURL((url) => url.origin === idp?.issuer);
    // The provider's development sign-in form, then its consent form.
    await page.locator('input[name="login"]').fill(SUBJECT);
    await page.locator('input[name="password"]').fill('any password works here');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL((url) => url.origin === app().server.url && url.pathname !== '/sign-in');
    await expect.poll(() => page.getByRole('banner').textContent()).toContain(ADMIN.name);
    const session = await page.evaluate(async () => {
      const response = await fetch('/api/session');
      return (await response.json()) as { account: { email: string; role: string } };
    });
    expect(session.account).toMatchObject({ email: ADMIN.email, role: 'admin' });
    expect(pageErrors).toEqual([]);
  });
});
