import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runRebound, runReboundBytes } from '../../../test/cli';
import { createTestDatabase } from '../../../test/databases';
import { generateConnections, linkedInCsv } from '../../../test/fixtures/linkedin';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server';

let dir: string;
let data: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-cli-'));
  data = path.join(dir, 'data');
});
const rebound = (args: string[], options: Parameters<typeof runRebound>[1] = {}) =>
  runRebound(['--data', data, ...args], options);
const file = (name: string, content: string) => {
  const target = path.join(dir, name);
  fs.writeFileSync(target, content);
  return target;
};

describe('rebound import and export', () => {
  it('imports LinkedIn connections, and importing again creates nothing new', async () => {
    const csv = file('Connections.csv', linkedInCsv(generateConnections(300)));
    const first = await rebound(['import', 'linkedin', csv, '--json']);
    expect(first.stderr).toBe('');
    expect(JSON.parse(first.stdout)).toMatchObject({ format: 'linkedin', created: 300, rows: 300 });
    const again = await rebound(['import', 'linkedin', csv]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /^Imported LinkedIn connections: 0 created, 0 updated, 300 skipped \(300 rows\)\./,
    );
  });

  it('refuses a bad file naming the line, or imports the good rows with --skip-bad', async () => {
    const rows = generateConnections(5);
    rows[3]!.email = 'not an email';
    const csv = file('bad.csv', linkedInCsv(rows));
    const refused = await rebound(['import', 'linkedin', csv]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^rebound: line 8 \(.+\): Email Address: must be an email address/,
    );
    const asJson = await rebound(['import', 'linkedin', csv, '--json']);
    expect(JSON.parse(asJson.stderr)).toMatchObject({
      error: { code: 'validation', field: 'line 8' },
    });
    expect(JSON.parse((await rebound(['contacts', '--json'])).stdout).items).toEqual([]);
    const dry = await rebound(['import', 'linkedin', csv, '--skip-bad', '--dry-run']);
    expect(dry.stdout).toMatch(
      /^Dry run, nothing written — would import LinkedIn connections: 4 created, 0 updated, 0 skipped, 1 left out/,
    );
    const partial = await rebound(['import', 'linkedin', csv, '--skip-bad']);
    expect(partial.stdout).toMatch(
      /Left out \(problems\):\n {2}line 8 +.+ — Email Address: must be an email address/,
    );
    expect(JSON.parse((await rebound(['contacts', '--json'])).stdout).items).toHaveLength(4);
    expect((await rebound(['import', 'linkedin', path.join(dir, 'missing.csv')])).stderr).toBe(
      `rebound: FILE: ${path.join(dir, 'missing.csv')}: no such file\n`,
    );
  });

  it('keeps `rebound export` and `rebound import FILE` working on the workspace JSON', async () => {
    await rebound(['demo']);
    const exported = await rebound(['export']);
    const document = JSON.parse(exported.stdout);
    expect(document).toMatchObject({ format: 'rebound-workspace', version: 1 });
    const out = path.join(dir, 'workspace.json');
    expect((await rebound(['export', '--out', out])).stdout).toMatch(
      /^Exported 20 applications and 100 contacts to /,
    );
    const elsewhere = path.join(dir, 'other');
    const imported = await runRebound(['--data', elsewhere, 'import', out, '--json']);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      mode: 'empty',
      created: { applications: 20, contacts: 100 },
    });
    const replaced = await runRebound(['--data', elsewhere, 'import', '--replace', out]);
    expect(replaced.code).toBe(0);
    const second = JSON.parse((await runRebound(['--data', elsewhere, 'export'])).stdout);
    expect({ ...second, exportedAt: null }).toEqual({ ...document, exportedAt: null });
  });

  it('exports CSV with its BOM to stdout and vCards to a file, and reads the CSV back with a mapping', async () => {
    await rebound(['add', '--company', '=cmd|calc', '--role', 'Analyst', '--stage', 'interview']);
    const csv = await runReboundBytes(['--data', data, 'export', 'csv']);
    expect([...csv.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.stdout.toString('utf8')).toContain("'=cmd|calc");
    await rebound(['contacts', 'add', '--name', 'Zoë Ångström', '--email', 'zoe@example.com']);
    const vcf = path.join(dir, 'contacts.vcf');
    expect(JSON.parse((await rebound(['export', 'vcard', '--out', vcf, '--json'])).stdout)).toEqual(
      {
        file: vcf,
        contacts: 1,
      },
    );
    expect(fs.readFileSync(vcf, 'utf8')).toContain('FN:Zoë Ångström\r\n');

    const sheet = file('tracker.csv', 'Employer;What;Where\nAcme;Buyer;Oslo\n');
    const preview = await rebound(['import', 'csv', sheet, '--preview']);
    expect(preview.stdout).toMatch(/Employer +→ company/);
    expect(preview.stdout).toMatch(/no column is mapped to role/);
    const imported = await rebound([
      'import',
      'csv',
      sheet,
      '--map',
      'What=role',
      '--map',
      'Where=',
      '--json',
    ]);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      created: 1,
      mapping: { Employer: 'company', What: 'role', Where: null },
    });
    const badMap = await rebound(['import', 'csv', sheet, '--map', 'What']);
    expect(badMap.stderr).toBe(
      'rebound: --map: "What" should be HEADER=FIELD, e.g. "Job Title=role"\n',
    );
  });
});

describe('rebound backup and restore', () => {
  it('backs up, lists and restores, keeping the database as it was before', async () => {
    await rebound(['contacts', 'add', '--name', 'Kept']);
    const backup = JSON.parse((await rebound(['backup', '--json'])).stdout);
    expect(fs.existsSync(backup.file)).toBe(true);
    await rebound(['contacts', 'add', '--name', 'Later']);
    const restored = await rebound(['restore', backup.name]);
    expect(restored.stdout).toMatch(
      /^Restored .+\nThe database as it was before is saved as .+pre-restore-[0-9a-f]{20}\.sqlite/,
    );
    const names = JSON.parse((await rebound(['contacts', '--json'])).stdout).items.map(
      (c: { name: string }) => c.name,
    );
    expect(names).toEqual(['Kept']);
    const list = JSON.parse((await rebound(['backup', '--list', '--json'])).stdout);
    expect(list.map((b: { reason: string }) => b.reason)).toEqual(['pre-restore', 'manual']);
    const out = path.join(dir, 'copy.sqlite');
    expect(JSON.parse((await rebound(['backup', '--out', out, '--json'])).stdout).file).toBe(out);
    const notRebound = await rebound(['restore', file('x.sqlite', 'hello')]);
    expect(notRebound.code).toBe(1);
    expect(notRebound.stderr).toMatch(/is not a SQLite database/);
  });

  it('points PostgreSQL users to pg_dump', async () => {
    const postgres = await createTestDatabase('postgres');
    try {
      const result = await rebound(['backup'], { env: { DATABASE_URL: postgres.location } });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /^rebound: This workspace is stored in PostgreSQL\. Back it up with pg_dump/,
      );
    } finally {
      await postgres.close();
    }
  });
});

describe('rebound send and mail', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(async () => smtp.close());
  const env = (password = 'app-password-1') => ({
    REBOUND_SMTP_URL: `smtp://ana%40example.com:${password}@127.0.0.1:${smtp.port}`,
    REBOUND_SMTP_FROM: 'Ana Díaz <ana@example.com>',
  });

  async function draft() {
    const contact = JSON.parse(
      (
        await rebound([
          'contacts',
          'add',
          '--name',
          'Zoë Ångström',
          '--email',
          'zoe@example.com',
          '--json',
        ])
      ).stdout,
    );
    const api = await import('../../storage/connect');
    const handle = api.openDatabase({ dialect: 'sqlite', file: path.join(data, 'rebound.sqlite') });
    const id = 'msg_clitest00001';
    await handle.db
      .insertInto('messages')
      .values({
        workspace_id: 'local',
        id,
        application_id: null,
        contact_id: contact.id,
        kind: 'thank_you',
        channel: 'email',
        recipient: 'zoe@example.com',
        subject: 'Tack så mycket',
        body: 'Hej Zoë! 🎉',
        status: 'draft',
        sent_at: null,
        email_message_id: null,
        in_reply_to: null,
        email_references: '[]',
        send_started_at: null,
        created_at: '2026-11-26T09:00:00.000Z',
        updated_at: '2026-11-26T09:00:00.000Z',
      })
      .execute();
    await handle.close();
    return id;
  }

  it('sends a draft through the configured account and says so', async () => {
    const id = await draft();
    const eml = path.join(dir, 'draft.eml');
    await rebound(['export', 'eml', id, '--out', eml], { env: env() });
    expect((await simpleParser(fs.readFileSync(eml))).headers.get('x-unsent')).toBe('1');
    const refused = await rebound(['send', id], { env: env('wrong') });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/did not accept the user name or password/);
    const before = smtp.received.length;
    const sent = await rebound(['send', id], { env: env() });
    expect(sent.stderr).toBe('');
    expect(sent.stdout).toBe('Sent "Tack så mycket" to zoe@example.com.\n');
    expect(smtp.received[before]?.mail.subject).toBe('Tack så mycket');
    expect((await rebound(['send', id], { env: env() })).stderr).toBe(
      'rebound: This message was already sent.\n',
    );
    expect((await rebound(['mailto', id])).stdout).toBe(
      'mailto:zoe@example.com?subject=Tack%20s%C3%A5%20mycket&body=Hej%20Zo%C3%AB!%20%F0%9F%8E%89\n',
    );
  });

  it('sets up and tests the account, never printing the password', async () => {
    const setup = await rebound(
      [
        'mail',
        'setup',
        '--host',
        '127.0.0.1',
        '--port',
        String(smtp.port),
        '--user',
        'ana@example.com',
        '--from',
        'Ana Díaz <ana@example.com>',
        '--password-stdin',
      ],
      { input: 'app-password-1\n' },
    );
    expect(setup.stdout).toBe('Saved. Check it with: rebound mail test\n');
    const settings = await rebound(['mail', 'settings', '--json']);
    expect(settings.stdout).not.toContain('app-password-1');
    expect(JSON.parse(settings.stdout)).toMatchObject({ source: 'file', passwordSet: true });
    const tested = await rebound(['mail', 'test', '--json']);
    expect(JSON.parse(tested.stdout)).toMatchObject({
      message: expect.stringMatching(
        /^Connected to 127\.0\.0\.1:\d+ and signed in as ana@example\.com/,
      ),
    });
    expect((await rebound(['send', 'msg_nosuchmessage'])).stderr).toBe(
      'rebound: No message with id msg_nosuchmessage.\n',
    );
  });

  it('asks for the password again before the account points at another server', async () => {
    const other = await startSmtpServer({ user: 'ana@example.com', password: 'other-password' });
    try {
      const setup = (host: string, port: number, password: string, ...extra: string[]) =>
        rebound(
          [
            'mail',
            'setup',
            '--host',
            host,
            '--port',
            String(port),
            '--user',
            'ana@example.com',
            '--from',
            'ana@example.com',
            ...extra,
          ],
          { input: `${password}\n` },
        );
      expect((await setup('127.0.0.1', smtp.port, 'app-password-1', '--password-stdin')).code).toBe(
        0,
      );
      const refused = await setup('localhost', other.port, 'other-password');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/^rebound: --password-stdin: enter the password again/);
      expect(JSON.parse((await rebound(['mail', 'settings', '--json'])).stdout)).toMatchObject({
        host: '127.0.0.1',
        port: smtp.port,
      });
      expect((await rebound(['mail', 'test'])).code).toBe(0);
      expect(other.logins).toEqual([]);
      expect(
        (await setup('localhost', other.port, 'other-password', '--password-stdin')).code,
      ).toBe(0);
      expect((await rebound(['mail', 'test'])).code).toBe(0);
      expect(other.logins).toEqual([{ username: 'ana@example.com', password: 'other-password' }]);
      const none = await setup('localhost', 2525, '', '--no-password', '--json');
      expect(JSON.parse(none.stdout)).toMatchObject({ port: 2525, passwordSet: false });
    } finally {
      await other.close();
    }
  });
});
