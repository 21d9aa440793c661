import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/databases';
import { isAssigned } from '../../storage/repositories/accounts';
import { acceptInvitation, createAccount, INVITATION_DAYS, inviteMember } from './accounts';
import { resolveSession, signIn, signOut, SIGN_IN_LIMITS } from './sessions';
import type { TeamDeps } from './team-deps';

const policy = { idleMinutes: 30, maxHours: 12 };
const PASSWORD = 'lighthouse vinegar tandem';
const MINUTE = 60_000;

describeEachDialect('accounts and sessions', (db) => {
  let deps: TeamDeps;
  let email: string;
  beforeEach(async () => {
    db().clock.set('2026-12-09T09:00:00.000Z');
    deps = { db: db().handle.db, clock: db().clock };
    email = `ana.${Math.random().toString(36).slice(2, 8)}@example.com`;
    await createAccount(deps, { email, name: 'Ana Díaz', role: 'seeker', password: PASSWORD });
  });

  it('gives a seeker their own workspace and stores no password or secret in the clear', async () => {
    const { token, account } = await signIn(deps, { input: { email, password: PASSWORD }, policy });
    expect(account).toMatchObject({
      email,
      role: 'seeker',
      workspaceId: expect.stringMatching(/^ws_/),
    });
    const stored = await db()
      .handle.db.selectFrom('accounts')
      .select('password_hash')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const sessions = await db()
      .handle.db.selectFrom('sessions')
      .select('id')
      .where('account_id', '=', account.id)
      .execute();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.id).not.toContain(token);
    expect((await resolveSession(deps, { token, policy })).account.id).toBe(account.id);
  });

  it('refuses a second account for the address and a weak password, naming the field', async () => {
    await expect(
      createAccount(deps, { email, name: 'Ana', role: 'coach', password: PASSWORD }),
    ).rejects.toThrow(/^email: .* already has an account/);
    await expect(
      createAccount(deps, {
        email: `x${email}`,
        name: 'Bo',
        role: 'coach',
        password: 'qwerty123456',
      }),
    ).rejects.toThrow(/^password: is one of the most common passwords/);
  });

  it('answers a wrong password and an unknown address alike', async () => {
    const wrong = signIn(deps, { input: { email, password: 'not the password at all' }, policy });
    await expect(wrong).rejects.toThrow('password: the email address or password is not right');
    const unknown = signIn(deps, { input: { email: `no.${email}`, password: PASSWORD }, policy });
    await expect(unknown).rejects.toThrow('password: the email address or password is not right');
  });

  it('starts a new session at every sign-in and ends the one the browser had', async () => {
    const first = await signIn(deps, { input: { email, password: PASSWORD }, policy });
    const second = await signIn(deps, {
      input: { email, password: PASSWORD },
      policy,
      previousToken: first.token,
    });
    expect(second.token).not.toBe(first.token);
    await expect(resolveSession(deps, { token: first.token, policy })).rejects.toThrow(
      /you signed out/,
    );
    expect((await resolveSession(deps, { token: second.token, policy })).account.email).toBe(email);
  });

  it('ends a session at sign-out', async () => {
    const { token } = await signIn(deps, { input: { email, password: PASSWORD }, policy });
    await signOut(deps, { token });
    await expect(resolveSession(deps, { token, policy })).rejects.toThrow(
      expect.objectContaining({
        code: 'unauthorized',
        message: 'session: you signed out; sign in',
      }),
    );
  });

  it('ends a session after the idle limit, and after the absolute limit however busy', async () => {
    const idle = await signIn(deps, { input: { email, password: PASSWORD }, policy });
    db().clock.advance(29 * MINUTE);
    await resolveSession(deps, { token: idle.token, policy });
    db().clock.advance(29 * MINUTE);
    await resolveSession(deps, { token: idle.token, policy });
    db().clock.advance(31 * MINUTE);
    await expect(resolveSession(deps, { token: idle.token, policy })).rejects.toThrow(
      /away for a while/,
    );

    const busy = await signIn(deps, { input: { email, password: PASSWORD }, policy });
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      db().clock.advance(20 * MINUTE);
      await resolveSession(deps, { token: busy.token, policy });
    }
    db().clock.advance(20 * MINUTE);
    await expect(resolveSession(deps, { token: busy.token, policy })).rejects.toThrow(/time limit/);
  });

  it('refuses an unknown cookie', async () => {
    await expect(resolveSession(deps, { token: 'x'.repeat(43), policy })).rejects.toThrow(
      /not signed in/,
    );
  });

  it('limits sign-in attempts per address, even with the right password, until the window passes', async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail; i += 1) {
      await expect(
        signIn(deps, { input: { email, password: `wrong guess number ${i}` }, policy }),
      ).rejects.toThrow(/not right/);
    }
    await expect(signIn(deps, { input: { email, password: PASSWORD }, policy })).rejects.toThrow(
      expect.objectContaining({
        code: 'too_many_requests',
        message: 'email: too many sign-in attempts; try again in 15 minutes',
      }),
    );
    db().clock.advance(SIGN_IN_LIMITS.windowMinutes * MINUTE);
    await expect(
      signIn(deps, { input: { email, password: PASSWORD }, policy }),
    ).resolves.toMatchObject({
      account: { email },
    });
  });

  it('limits attempts per network address across accounts', async () => {
    const client = `198.51.100.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < SIGN_IN_LIMITS.perClient; i += 1) {
      await expect(
        signIn(deps, {
          input: { email: `guess${i}@example.com`, password: 'whatever it is' },
          policy,
          client,
        }),
      ).rejects.toThrow(/not right/);
    }
    await expect(
      signIn(deps, { input: { email, password: PASSWORD }, policy, client }),
    ).rejects.toThrow(/too many sign-in attempts/);
    await expect(
      signIn(deps, { input: { email, password: PASSWORD }, policy }),
    ).resolves.toBeDefined();
  });

  it('joins through an invitation once, with the coach it named', async () => {
    const admin = await createAccount(deps, {
      email: `admin.${email}`,
      name: 'Ada Admin',
      role: 'admin',
      password: PASSWORD,
    });
    const coach = await createAccount(deps, {
      email: `coach.${email}`,
      name: 'Cy Coach',
      role: 'coach',
      password: PASSWORD,
    });
    const invited = `new.${email}`;
    const { token } = await inviteMember(deps, {
      input: { email: invited, role: 'seeker', coachId: coach.id },
      invitedBy: admin,
    });
    await expect(
      acceptInvitation(deps, { token, name: 'Noor', password: 'short' }),
    ).rejects.toThrow(/^password: must be at least 12/);
    const seeker = await acceptInvitation(deps, { token, name: 'Noor Haddad', password: PASSWORD });
    expect(seeker).toMatchObject({ email: invited, role: 'seeker' });
    expect(await isAssigned(deps.db, coach.id, seeker.workspaceId as string)).toBe(true);
    await expect(
      acceptInvitation(deps, { token, name: 'Again', password: PASSWORD }),
    ).rejects.toThrow(/^token: this invitation was used already or has expired/);
    const late = await inviteMember(deps, {
      input: { email: `late.${email}`, role: 'coach' },
      invitedBy: admin,
    });
    db().clock.advance(INVITATION_DAYS * 86_400_000);
    await expect(
      acceptInvitation(deps, { token: late.token, name: 'Late', password: PASSWORD }),
    ).rejects.toThrow(/expired/);
  });
});
