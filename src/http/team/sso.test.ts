/* eslint-disable @typescript-eslint/no-explicit-any -- test responses are read loosely on purpose */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { signInAtProvider } from '../../../test/oidc-browser';
import { startOidcProvider, type TestOidcProvider } from '../../../test/oidc-provider';
import { secretDigest } from '../../use-cases/team/secrets';
import { createTeamApp } from '../../../test/team';
import { createOidcSsoProvider } from '../../runtime/sso/oidc-sso-provider';
import { SIGN_IN_LIMITS } from '../../use-cases/team/sessions';
import { createApp } from '../app';

const PUBLIC_URL = 'https://rebound.test';
const REDIRECT_URI = `${PUBLIC_URL}/api/team/sso/oidc/callback`;

let database: TestDatabase & { close(): Promise<void> };
let idp: TestOidcProvider;
let team: ReturnType<typeof createTeamApp>;
let ssoProvider: ReturnType<typeof createOidcSsoProvider>;
beforeAll(async () => {
  database = await createTestDatabase('postgres');
  idp = await startOidcProvider(REDIRECT_URI);
  ssoProvider = createOidcSsoProvider({
    id: 'oidc',
    label: 'Campus login',
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    redirectUri: REDIRECT_URI,
  });
  team = createTeamApp(database, { sso: [ssoProvider], publicUrl: PUBLIC_URL });
});
afterAll(async () => {
  await idp.close();
  await database.close();
});
beforeEach(() => {
  idp.tamperIdTokens = false;
});

/** The `name=value` of a cookie the response sets, as the browser would send it back. */
function cookieSet(headers: Headers, name: string): string | undefined {
  return headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0] ?? '')
    .find((pair) => pair.startsWith(`${name}=`) && pair.length > name.length + 1);
}

interface Trip {
  /** Changes the request on its way to the provider. */
  toProvider?: (url: URL) => void;
  /** Changes the answer on its way back. */
  back?: (url: URL) => void;
  /** The session cookie the browser already has. */
  cookie?: string;
}

/** A browser signing in through the provider as `subject`, from the app's button to the end. */
async function ssoSignIn(subject: string, trip: Trip = {}) {
  const start = await team.call('GET', '/api/team/sso/oidc/start');
  expect(start.status).toBe(302);
  const attempt = cookieSet(start.headers, '__Host-rebound-sso');
  const authorization = new URL(start.headers.get('location') ?? '');
  trip.toProvider?.(authorization);
  const callback = await signInAtProvider(authorization.href, {
    subject,
    redirectUri: REDIRECT_URI,
  });
  trip.back?.(callback);
  const cookie = [attempt, trip.cookie].filter(Boolean).join('; ');
  const done = await team.call('GET', `${callback.pathname}${callback.search}`, { cookie });
  return {
    done,
    authorization,
    callback,
    attempt,
    session: cookieSet(done.headers, '__Host-rebound-session'),
  };
}

async function whoIs(cookie: string | undefined) {
  return team.call('GET', '/api/session', { ...(cookie !== undefined && { cookie }) });
}

async function invite(email: string, role = 'seeker') {
  const admin = await team.member('admin', 'Ada Admin');
  const invited = await team.call('POST', '/api/team/invitations', {
    cookie: admin.cookie,
    body: { email, role },
  });
  expect(invited.status).toBe(201);
  return { admin, token: invited.body.token as string };
}

function expectRefusalPage(done: { status: number; body: any; headers: Headers }, status: number) {
  expect(done.status).toBe(status);
  expect(done.headers.get('content-type')).toMatch(/^text\/html/);
  expect(cookieSet(done.headers, '__Host-rebound-session')).toBeUndefined();
  return String(done.body);
}

describe('single sign-on through OpenID Connect', () => {
  it('signs an invited person in, with an account and a session the API accepts', async () => {
    const { token } = await invite('ines@campus.example');
    idp.people.set('ines-1', {
      email: 'Ines@Campus.example',
      email_verified: true,
      name: 'Inès Duarte',
    });
    const { done, authorization, session } = await ssoSignIn('ines-1');

    expect(authorization.origin).toBe(idp.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(authorization.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    expect(authorization.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/');
    const set = done.headers.getSetCookie().find((c) => c.startsWith('__Host-rebound-session='));
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/Secure/);
    expect(set).toMatch(/SameSite=Lax/);

    const me = await whoIs(session);
    expect(me.status).toBe(200);
    expect(me.body.account).toMatchObject({
      email: 'ines@campus.example',
      name: 'Inès Duarte',
      role: 'seeker',
      emailVerified: true,
    });
    const applications = await team.call('GET', '/api/applications', { cookie: session });
    expect(applications.status).toBe(200);
    // The invitation is used up: it made this account.
    const again = await team.call('POST', '/api/team/invitations/accept', {
      body: { token, name: 'Someone', password: 'harbour kettle violin 77' },
    });
    expect(again.body.error).toMatchObject({ field: 'token' });
  });

  it('finds the account by subject the next time, whatever address the provider gives then', async () => {
    const first = await ssoSignIn('ines-1');
    const accountId = (await whoIs(first.session)).body.account.id;
    idp.people.set('ines-1', { email: 'ines.duarte@elsewhere.example', email_verified: false });
    const second = await ssoSignIn('ines-1', { cookie: first.session as string });
    expect(second.done.status).toBe(302);
    expect((await whoIs(second.session)).body.account).toMatchObject({
      id: accountId,
      email: 'ines@campus.example',
    });
    // As at every sign-in, the session the browser came with has ended.
    expect((await whoIs(first.session)).status).toBe(401);
  });

  it('links an existing member by the address the provider confirmed, once', async () => {
    const cato = await team.member('coach', 'Cato Linked', { emailVerified: false });
    idp.people.set('cato-1', { email: cato.email, email_verified: true });
    const { session } = await ssoSignIn('cato-1');
    const me = (await whoIs(session)).body.account;
    expect(me).toMatchObject({ id: cato.account.id, role: 'coach', emailVerified: true });

    // Another person at the provider given the same address later does not get in.
    idp.people.set('cato-2', { email: cato.email, email_verified: true });
    const other = await ssoSignIn('cato-2');
    expect(expectRefusalPage(other.done, 403)).toContain('already signs in through Campus login');
  });

  it('refuses an address the provider has not confirmed, or none at all', async () => {
    const dora = await team.member('seeker', 'Dora Unconfirmed');
    idp.people.set('dora-1', { email: dora.email, email_verified: false });
    const unconfirmed = await ssoSignIn('dora-1');
    expect(expectRefusalPage(unconfirmed.done, 403)).toContain(
      `Campus login has not confirmed that ${dora.email} is yours`,
    );
    idp.people.set('nomail-1', { name: 'No Address' });
    const none = await ssoSignIn('nomail-1');
    expect(expectRefusalPage(none.done, 403)).toContain('did not give an email address');
    // Nothing was linked: once confirmed, the member is found by address.
    idp.people.set('dora-1', { email: dora.email, email_verified: true });
    const confirmed = await ssoSignIn('dora-1');
    expect((await whoIs(confirmed.session)).body.account.id).toBe(dora.account.id);
  });

  it('refuses a person who is neither a member nor invited, and makes no account', async () => {
    idp.people.set('stranger-1', { email: 'stranger@elsewhere.example', email_verified: true });
    const { done } = await ssoSignIn('stranger-1');
    expect(expectRefusalPage(done, 403)).toContain(
      'Stranger@elsewhere.example is not a member of this organisation and has no open invitation; ask an admin to invite you',
    );
    const admin = await team.member('admin', 'Ada Lister');
    const members = await team.call('GET', '/api/team/members', { cookie: admin.cookie });
    expect(members.body.items.map((m: any) => m.email)).not.toContain('stranger@elsewhere.example');
  });

  it('lets no one in through an invitation an admin took back', async () => {
    const { admin, token } = await invite('tia.taken@example.org');
    const revoked = await team.call('DELETE', `/api/team/invitations/${secretDigest(token)}`, {
      cookie: admin.cookie,
    });
    expect(revoked.status).toBe(204);
    idp.people.set('tia-1', { email: 'tia.taken@example.org', email_verified: true });
    const { done } = await ssoSignIn('tia-1');
    expect(expectRefusalPage(done, 403)).toContain('has no open invitation');
  });

  it('signs a removed seeker in to their limited account, and refuses a removed coach', async () => {
    const admin = await team.member('admin', 'Ada Remover');
    const seeker = await team.member('seeker', 'Rae Removed');
    const coach = await team.member('coach', 'Cal Removed');
    for (const member of [seeker, coach]) {
      const removed = await team.call('DELETE', `/api/team/members/${member.account.id}`, {
        cookie: admin.cookie,
      });
      expect(removed.status).toBe(204);
    }
    idp.people.set('rae-1', { email: seeker.email, email_verified: true });
    const { session } = await ssoSignIn('rae-1');
    expect((await whoIs(session)).body.account).toMatchObject({
      id: seeker.account.id,
      removed: true,
    });
    expect((await team.call('GET', '/api/export', { cookie: session })).status).toBe(200);
    expect((await team.call('GET', '/api/applications', { cookie: session })).status).toBe(403);
    idp.people.set('cal-1', { email: coach.email, email_verified: true });
    const refused = await ssoSignIn('cal-1');
    expect(expectRefusalPage(refused.done, 403)).toContain('removed from the organisation');
  });

  it('refuses an answer whose state is not the one this browser was given', async () => {
    const eve = await team.member('seeker', 'Eve State');
    idp.people.set('eve-1', { email: eve.email, email_verified: true });
    const { done } = await ssoSignIn('eve-1', {
      back: (url) => url.searchParams.set('state', 'a-state-from-someone-else-0123456789'),
    });
    expect(expectRefusalPage(done, 401)).toMatch(/did not pass its checks \(.*state/);
  });

  it('refuses a replayed answer, with its own attempt or another one', async () => {
    const fay = await team.member('seeker', 'Fay Replay');
    idp.people.set('fay-1', { email: fay.email, email_verified: true });
    const first = await ssoSignIn('fay-1');
    expect(first.done.status).toBe(302);
    const path = `${first.callback.pathname}${first.callback.search}`;
    const replayed = await team.call('GET', path, { cookie: first.attempt as string });
    expect(expectRefusalPage(replayed, 401)).toContain('finished already');

    const fresh = await team.call('GET', '/api/team/sso/oidc/start');
    const attempt = cookieSet(fresh.headers, '__Host-rebound-sso') as string;
    const withFresh = await team.call('GET', path, { cookie: attempt });
    expectRefusalPage(withFresh, 401);
  });

  it('refuses an answer brought to a browser that did not start the sign-in', async () => {
    const gus = await team.member('seeker', 'Gus Forced');
    idp.people.set('gus-1', { email: gus.email, email_verified: true });
    const start = await team.call('GET', '/api/team/sso/oidc/start');
    const callback = await signInAtProvider(start.headers.get('location') ?? '', {
      subject: 'gus-1',
      redirectUri: REDIRECT_URI,
    });
    // A page elsewhere sends a visitor to the answer, to sign them in as gus-1: no cookie.
    const forced = await team.call('GET', `${callback.pathname}${callback.search}`);
    expect(expectRefusalPage(forced, 401)).toContain('was not started in this browser');
  });

  it('refuses an ID token whose nonce is not the one asked for', async () => {
    const hal = await team.member('seeker', 'Hal Nonce');
    idp.people.set('hal-1', { email: hal.email, email_verified: true });
    const { done } = await ssoSignIn('hal-1', {
      toProvider: (url) => url.searchParams.set('nonce', 'a-nonce-chosen-by-someone-else-0123'),
    });
    expect(expectRefusalPage(done, 401)).toMatch(/did not pass its checks \(.*nonce/);
  });

  it('refuses an ID token altered on its way', async () => {
    const ida = await team.member('seeker', 'Ida Tamper');
    idp.people.set('ida-1', { email: ida.email, email_verified: true });
    idp.tamperIdTokens = true;
    const { done } = await ssoSignIn('ida-1');
    expect(expectRefusalPage(done, 401)).toMatch(/did not pass its checks \(.*signature/i);
    idp.tamperIdTokens = false;
    expect((await ssoSignIn('ida-1')).done.status).toBe(302);
  });
});

describe('sign-in options', () => {
  it('lists the provider only when one is configured', async () => {
    const options = await team.call('GET', '/api/team/sign-in-options');
    expect(options.status).toBe(200);
    expect(options.body).toEqual({
      password: true,
      sso: [{ id: 'oidc', label: 'Campus login', startUrl: '/api/team/sso/oidc/start' }],
    });
    const bare = createTeamApp(database);
    expect((await bare.call('GET', '/api/team/sign-in-options')).body).toEqual({
      password: true,
      sso: [],
    });
    expect((await bare.call('GET', '/api/team/sso/oidc/start')).status).toBe(404);
    expect((await team.call('GET', '/api/team/sso/other/start')).status).toBe(404);
  });

  it('says so on a page when the provider cannot be reached', async () => {
    const closed = await startOidcProvider(REDIRECT_URI);
    await closed.close();
    const away = createTeamApp(database, {
      publicUrl: PUBLIC_URL,
      sso: [
        createOidcSsoProvider({
          id: 'oidc',
          label: 'Away login',
          issuer: closed.issuer,
          clientId: closed.clientId,
          clientSecret: closed.clientSecret,
          redirectUri: REDIRECT_URI,
        }),
      ],
    });
    const start = await away.call('GET', '/api/team/sso/oidc/start');
    expect(expectRefusalPage(start, 409)).toContain(
      `Away login (${closed.issuer}) could not be reached`,
    );
    expect(cookieSet(start.headers, '__Host-rebound-sso')).toBeUndefined();
  });

  it('does not exist in local mode', async () => {
    const { app } = createApp({
      db: database.handle.db,
      clock: database.clock,
      workspaceId: 'ws_x',
    });
    for (const path of [
      '/api/team/sign-in-options',
      '/api/team/sso/oidc/start',
      '/api/team/sso/oidc/callback?code=x&state=y',
    ]) {
      expect((await app.request(`http://127.0.0.1${path}`)).status).toBe(404);
    }
  });

  it('counts answers against the network address’s sign-in limit', async () => {
    const limited = createTeamApp(database, {
      sso: [ssoProvider],
      publicUrl: PUBLIC_URL,
      clientAddress: () => '198.51.100.23',
    });
    const statuses: number[] = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.perClient; i += 1) {
      statuses.push(
        (await limited.call('GET', '/api/team/sso/oidc/callback?code=x&state=y')).status,
      );
    }
    expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const password = await limited.call('POST', '/api/session', {
      body: { email: 'anyone@example.org', password: 'whatever it is' },
    });
    expect(password.status).toBe(429);
  });
});
