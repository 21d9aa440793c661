import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { reboundOn, tempDataDir } from '../../test/cli';

describe('dates on the command line', () => {
  const data = tempDataDir();
  const { rebound, reboundJson } = reboundOn(() => data);
  afterAll(() => fs.rmSync(data, { recursive: true, force: true }));

  it('reads --at without an offset in the time zone of the settings, not the machine', async () => {
    await reboundJson('settings', '--time-zone', 'Asia/Tokyo');
    const added = await rebound(
      'add',
      '--company',
      'Acme',
      '--role',
      'Analyst',
      '--at',
      '2026-06-15T10:00',
      '--json',
    );
    expect(added.stderr).toBe('');
    expect(JSON.parse(added.stdout).stageChangedAt).toBe('2026-06-15T01:00:00.000Z');
  });

  it.each(['2026-02-30', '2025-02-29', '2026-06-31T09:00'])(
    'refuses --at %s, naming the flag',
    async (bad) => {
      const refused = await rebound('add', '--company', 'Acme', '--role', 'Analyst', '--at', bad);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toMatch(/--at: must be a real date/);
    },
  );
});
