import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { startImapServer, type TestImapServer } from '../../../test/imap-server';
import type { ImapSettings } from '../../core/inbox/imap-settings';
import { listInbox } from '../../use-cases/inbox/review';
import { syncImap } from './imap-sync';

const message = (n: number, company: string) =>
  `From: ${company} Recruiting <no-reply@us.greenhouse-mail.io>\r\nTo: ana@example.com\r\nSubject: Your application to ${company}\r\nMessage-ID: <m${n}@greenhouse.example>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nHi Ana,\r\nThank you for applying to ${company}. Unfortunately we have decided to move forward with other candidates.\r\n${company} Recruiting\r\n`;

/**
 * Sync against a real IMAP server (dovecot on loopback): only new UIDs are fetched, the place is
 * kept across runs and restarts, a rebuilt folder (new UIDVALIDITY) is read again without a
 * message processed twice, and a wrong password is explained.
 */
describe('IMAP sync', () => {
  let server: TestImapServer;
  let database: TestDatabase & { close(): Promise<void> };
  let settings: ImapSettings;
  beforeAll(async () => {
    server = await startImapServer();
    database = await createTestDatabase('sqlite');
    settings = {
      host: server.host,
      port: server.port,
      secure: false,
      user: server.user,
      password: server.password,
      folders: ['INBOX', 'Jobs'],
      intervalMinutes: 15,
    };
    await server.deliver('INBOX', [message(1, 'Acme'), message(2, 'Globex')]);
    await server.deliver('Jobs', [message(3, 'Initech')]);
  });
  afterAll(async () => {
    await server?.stop();
    await database?.close();
  });

  it('reads every folder the first time, then only what is new', async () => {
    const deps = await database.deps();
    const first = await syncImap(deps, settings);
    expect(first.folders.map((f) => [f.folder, f.fetched])).toEqual([
      ['INBOX', 2],
      ['Jobs', 1],
    ]);
    expect(first.messages.map((m) => m.messageId).sort()).toEqual([
      '<m1@greenhouse.example>',
      '<m2@greenhouse.example>',
      '<m3@greenhouse.example>',
    ]);
    expect(first.messages.every((m) => m.kind === 'rejection')).toBe(true);

    await server.deliver('INBOX', [message(4, 'Hooli')]);
    const second = await syncImap(deps, settings);
    expect(second.folders.map((f) => f.fetched)).toEqual([1, 0]);
    expect(second.messages.map((m) => m.messageId)).toEqual(['<m4@greenhouse.example>']);
  });

  it('resumes where it stopped after a restart (a new connection and process state)', async () => {
    const deps = await database.deps();
    const again = await syncImap({ ...deps }, { ...settings });
    expect(again.folders.map((f) => f.fetched)).toEqual([0, 0]);
  });

  it('reads a rebuilt folder again, but never processes a message twice', async () => {
    const deps = await database.deps();
    await server.recreate('Jobs');
    await server.deliver('Jobs', [message(3, 'Initech'), message(5, 'Umbrella')]);
    const result = await syncImap(deps, settings);
    const jobs = result.folders.find((f) => f.folder === 'Jobs');
    expect(jobs).toMatchObject({ reset: true, fetched: 2 });
    expect(result.messages.map((m) => [m.messageId, m.status])).toEqual([
      ['<m3@greenhouse.example>', 'duplicate'],
      ['<m5@greenhouse.example>', 'review'],
    ]);
    const stored = await listInbox(deps, { status: 'all', limit: 50, offset: 0 });
    expect(stored.items).toHaveLength(5);
  });

  it('says in words when the password is refused', async () => {
    const deps = await database.deps();
    await expect(syncImap(deps, { ...settings, password: 'wrong' })).rejects.toMatchObject({
      code: 'mail_failed',
      field: 'password',
    });
  });
});
