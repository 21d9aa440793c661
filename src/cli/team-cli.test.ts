import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRebound, tempDataDir } from '../../test/cli';
import { createTestDatabase, type TestDatabase } from '../../test/databases';
import { TEAM_PASSWORD } from '../../test/team';

let database: TestDatabase & { close(): Promise<void> };
beforeAll(async () => {
  database = await createTestDatabase('postgres');
});
afterAll(() => database.close());

describe('rebound team add-account', () => {
  const team = () => ({
    REBOUND_MODE: 'team',
    DATABASE_URL: database.appLocation as string,
    DATABASE_OWNER_URL: database.location,
  });
  const add = (env: Record<string, string>, input: string, ...more: string[]) =>
    runRebound(
      [
        'team',
        'add-account',
        '--email',
        'Ada@Example.org',
        '--name',
        'Ada Admin',
        '--password-stdin',
        ...more,
      ],
      { input, env },
    );

  it('creates the first admin with the password piped in', async () => {
    const result = await add(team(), `${TEAM_PASSWORD}\n`, '--json');
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({
      email: 'ada@example.org',
      role: 'admin',
      workspaceId: null,
    });
    const row = await database.handle.db
      .selectFrom('accounts')
      .select('password_hash')
      .where('email', '=', 'ada@example.org')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('names the flag for a weak password, and refuses local mode', async () => {
    const weak = await add(team(), 'qwerty123456\n');
    expect(weak.code).not.toBe(0);
    expect(weak.stderr).toMatch(/--password-stdin: is one of the most common passwords/);
    const local = await add({ REBOUND_DATA: tempDataDir() }, `${TEAM_PASSWORD}\n`);
    expect(local.code).not.toBe(0);
    expect(local.stderr).toMatch(/REBOUND_MODE: accounts exist in team mode only/);
  });
});
