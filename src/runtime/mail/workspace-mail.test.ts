import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server';
import { smtpSettingsInputSchema } from '../../core/mail/smtp-settings';
import { findMailAccount } from '../../storage/repositories/mail-accounts';
import { scopeRows } from '../../storage/row-scope';
import type { UseCaseDeps } from '../../use-cases/deps';
import { addressPolicy } from '../address-policy';
import { createSecretBox, keyIdOf, type SecretKeys } from './secret-box';
import { workspaceMailService } from './workspace-mail';

/**
 * A team workspace's SMTP account across a change of key: the account keeps working while the
 * old key is listed, is sealed again under the new key when saved, and a password whose key is
 * gone is still shown as set and can be mended by entering it again.
 */
let database: TestDatabase & { close(): Promise<void> };
let smtp: TestSmtpServer;
const oldKey = Buffer.alloc(32, 11);
const newKey = Buffer.alloc(32, 12);
const input = () =>
  smtpSettingsInputSchema.parse({
    host: '127.0.0.1',
    port: smtp.port,
    secure: false,
    user: 'ana@example.com',
    password: 'app-password-1',
    from: 'Ana <ana@example.com>',
  });

beforeAll(async () => {
  database = await createTestDatabase('postgres');
  smtp = await startSmtpServer();
  await database.deps('ws_rotate');
});
afterAll(async () => {
  await smtp?.close();
  await database?.close();
});

/** Runs `work` with the account service as a team server with `keys` would, in the row scope. */
function withService<T>(
  keys: SecretKeys,
  work: (service: ReturnType<typeof workspaceMailService>, deps: UseCaseDeps) => Promise<T>,
) {
  return database
    .appHandle()
    .db.transaction()
    .execute(async (trx) => {
      await scopeRows(trx, { workspaces: ['ws_rotate'] });
      const deps = { db: trx, clock: database.clock, workspaceId: 'ws_rotate' };
      const accounts = {
        box: createSecretBox(keys),
        policy: addressPolicy({ allowPrivate: true }),
      };
      return work(workspaceMailService(deps, accounts), deps);
    });
}

const keyIdStored = () =>
  withService({ current: null, previous: [] }, async (_service, deps) => {
    const stored = await findMailAccount(deps.db, deps.workspaceId, 'smtp');
    return stored?.password?.keyId;
  });

it('keeps working across a change of key, and seals again under the new key on save', async () => {
  await withService({ current: oldKey, previous: [] }, async (service) =>
    service.saveSettings(input()),
  );
  expect(await keyIdStored()).toBe(keyIdOf(oldKey));
  const rotated = { current: newKey, previous: [oldKey] };
  const tested = await withService(rotated, (service) => service.test({}));
  expect(tested.message).toMatch(/signed in as ana@example.com/);
  const { password: _left, ...withoutPassword } = input();
  await withService(rotated, async (service) => service.saveSettings(withoutPassword));
  expect(await keyIdStored()).toBe(keyIdOf(newKey));
  // The old key can go now: the account opens with the new one alone.
  const onlyNew = { current: newKey, previous: [] };
  expect((await withService(onlyNew, (service) => service.test({}))).user).toBe('ana@example.com');
});

it('shows a password whose key is gone as set, refuses to use it, and takes a new one', async () => {
  await withService({ current: oldKey, previous: [] }, async (service) =>
    service.saveSettings(input()),
  );
  const lost = { current: newKey, previous: [] };
  const view = await withService(lost, async (service) => service.settings());
  expect(view).toMatchObject({ source: 'account', passwordSet: true });
  await expect(withService(lost, (service) => service.test({}))).rejects.toThrow(
    /sealed with key .*, which this server does not hold/,
  );
  const { password: _left, ...withoutPassword } = input();
  await expect(
    withService(lost, async (service) => service.saveSettings(withoutPassword)),
  ).rejects.toThrow(/does not hold/);
  await withService(lost, async (service) => service.saveSettings(input()));
  expect(await keyIdStored()).toBe(keyIdOf(newKey));
  expect((await withService(lost, (service) => service.test({}))).user).toBe('ana@example.com');
});
