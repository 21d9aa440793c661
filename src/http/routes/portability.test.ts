import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/databases';
import { contactInput } from '../../../test/factories';
import { generateConnections, linkedInCsv } from '../../../test/fixtures/linkedin';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server';
import { messageInputSchema } from '../../core/message';
import { createBackupService } from '../../runtime/backup-service';
import { resolveConfig } from '../../runtime/config';
import { createMailService } from '../../runtime/mail/mail-service';
import { openWorkspace } from '../../runtime/open-workspace';
import { createContact } from '../../use-cases/contacts';
import { createMessage } from '../../use-cases/messages';
import { createApp } from '../app';
import type { ApiServices } from '../services';

let smtp: TestSmtpServer;
let dataDir: string;
beforeAll(async () => {
  smtp = await startSmtpServer();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-api-'));
});
afterAll(async () => {
  await smtp.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const json = (body: unknown, method = 'POST') => ({
  method,
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json' },
});
const mailEnv = (password = 'app-password-1') => ({
  REBOUND_SMTP_URL: `smtp://ana%40example.com:${password}@127.0.0.1:${smtp.port}`,
  REBOUND_SMTP_FROM: 'Ana Díaz <ana@example.com>',
});

describeEachDialect('import, export and mail over HTTP', (db) => {
  const appFor = async (
    workspaceId: string,
    services: ApiServices = { mail: createMailService(dataDir, mailEnv()) },
  ) => {
    const deps = await db().deps(workspaceId);
    return { deps, app: createApp({ ...deps, services, logError: () => undefined }).app };
  };

  it('imports LinkedIn connections, bodies far above the usual 1 MB limit included', async () => {
    const { app } = await appFor('ws_http_li');
    const content = linkedInCsv(generateConnections(12_000));
    expect(content.length).toBeGreaterThan(1024 * 1024);
    const response = await app.request('/api/import/linkedin', json({ content }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      format: 'linkedin',
      created: 12_000,
      dryRun: false,
    });
    const bad = await app.request(
      '/api/import/linkedin',
      json({ content: content.replace('member0@example.com', 'not-an-email') }),
    );
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: {
        code: 'validation',
        field: 'line 5',
        message: expect.stringMatching(/^line 5 \(Zoë Ångström\): Email Address: /),
      },
    });
    const unknown = await app.request('/api/import/linkedin', json({ content, partal: true }));
    expect((await unknown.json()).error.field).toBe('partal');
  });

  it('previews a CSV mapping, imports with overrides and exports CSV and vCard files', async () => {
    const { app } = await appFor('ws_http_csv');
    const content = 'Employer,Job,Status\nAcme,Buyer,Interviewing\n';
    const preview = await (await app.request('/api/import/csv/preview', json({ content }))).json();
    expect(preview).toMatchObject({
      headers: ['Employer', 'Job', 'Status'],
      mapping: { Employer: 'company', Job: 'role', Status: 'stage' },
      problems: [],
      report: { created: 1, dryRun: true },
    });
    const badMapping = await app.request(
      '/api/import/csv',
      json({ content, mapping: { Job: 'title' } }),
    );
    expect(badMapping.status).toBe(400);
    expect((await badMapping.json()).error.field).toBe('mapping.Job');
    const imported = await app.request(
      '/api/import/csv',
      json({ content, mapping: { Status: null } }),
    );
    expect(await imported.json()).toMatchObject({ created: 1, mapping: { Status: null } });

    const csv = await app.request('/api/export/csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="rebound-applications-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    await app.request('/api/contacts', json({ name: 'Zoë Ångström', email: 'zoe@example.com' }));
    const vcard = await app.request('/api/export/vcard');
    expect(vcard.headers.get('content-type')).toBe('text/vcard; charset=utf-8');
    expect(await vcard.text()).toMatch(
      /^BEGIN:VCARD\r\nVERSION:4\.0\r\n[\s\S]*FN:Zoë Ångström\r\n[\s\S]*END:VCARD\r\n$/,
    );
  });

  it('sends a draft, serves it as .eml and mailto, and reports mail failures as 502', async () => {
    const { app, deps } = await appFor('ws_http_mail');
    const contact = await createContact(
      deps,
      contactInput({ name: 'Zoë Ångström', email: 'zoe@example.com' }),
    );
    const draft = await createMessage(
      deps,
      messageInputSchema.parse({
        kind: 'thank_you',
        contactId: contact.id,
        subject: 'Thank you',
        body: 'Hej Zoë!\nThanks.',
      }),
    );
    const mailto = await (await app.request(`/api/messages/${draft.id}/mailto`)).json();
    expect(mailto).toEqual({
      url: 'mailto:zoe%40example.com?subject=Thank%20you&body=Hej%20Zo%C3%AB!%0D%0AThanks.'.replace(
        'zoe%40',
        'zoe@',
      ),
      length: expect.any(Number),
      tooLong: false,
    });
    const eml = await app.request(`/api/messages/${draft.id}/eml`);
    expect(eml.headers.get('content-type')).toBe('message/rfc822');
    const parsed = await simpleParser(Buffer.from(await eml.arrayBuffer()));
    expect(parsed.headers.get('x-unsent')).toBe('1');

    const { app: broken } = await appFor('ws_http_mail', {
      mail: createMailService(dataDir, mailEnv('wrong')),
    });
    const refused = await broken.request(`/api/messages/${draft.id}/send`, json({}));
    expect(refused.status).toBe(502);
    expect((await refused.json()).error).toMatchObject({
      code: 'mail_failed',
      field: 'smtp.password',
    });
    const { app: none } = await appFor('ws_http_mail', {});
    expect((await none.request(`/api/messages/${draft.id}/send`, json({}))).status).toBe(409);

    const sent = await app.request(`/api/messages/${draft.id}/send`, json({}));
    expect(sent.status).toBe(200);
    const body = await sent.json();
    expect(body).toMatchObject({
      message: { status: 'sent', emailMessageId: expect.stringMatching(/^<.+@example\.com>$/) },
      delivery: { accepted: ['zoe@example.com'] },
    });
    expect(body.message.send_started_at).toBeUndefined();
    expect((await app.request(`/api/messages/${draft.id}/send`, json({}))).status).toBe(409);
  });
});

describe('mail settings and backups over HTTP', () => {
  it('saves SMTP settings without ever returning the password, and tests the connection', async () => {
    const workspace = await openWorkspace(resolveConfig({ dataDir }, {}));
    try {
      const { app } = createApp({
        ...workspace.deps,
        services: { mail: createMailService(dataDir, {}) },
      });
      const saved = await app.request(
        '/api/mail/settings',
        json(
          {
            host: '127.0.0.1',
            port: smtp.port,
            user: 'ana@example.com',
            password: 'app-password-1',
            from: 'Ana Díaz <ana@example.com>',
          },
          'PUT',
        ),
      );
      expect(saved.status).toBe(200);
      const text = await saved.text();
      expect(text).not.toContain('app-password-1');
      expect(JSON.parse(text)).toMatchObject({ source: 'file', passwordSet: true, secure: false });
      expect(await (await app.request('/api/mail/settings')).json()).toMatchObject({
        host: '127.0.0.1',
        passwordSet: true,
      });
      const tested = await app.request('/api/mail/test', json({}));
      expect(await tested.json()).toMatchObject({
        message: expect.stringMatching(/^Connected to 127\.0\.0\.1/),
      });
      const invalid = await app.request(
        '/api/mail/settings',
        json({ host: 'smtp.example.com', from: 'nobody' }, 'PUT'),
      );
      expect((await invalid.json()).error.field).toBe('from');
    } finally {
      await workspace.close();
    }
  });

  it('never sends the saved password to another server, port or user', async () => {
    const other = await startSmtpServer({ user: 'ana@example.com', password: 'other-password' });
    const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-api-mail-'));
    const workspace = await openWorkspace(resolveConfig({ dataDir: mailDir }, {}));
    try {
      const { app } = createApp({
        ...workspace.deps,
        services: { mail: createMailService(mailDir, {}) },
      });
      const account = {
        host: '127.0.0.1',
        port: smtp.port,
        user: 'ana@example.com',
        from: 'Ana Díaz <ana@example.com>',
      };
      const save = (body: object) => app.request('/api/mail/settings', json(body, 'PUT'));
      expect((await save({ ...account, password: 'app-password-1' })).status).toBe(200);

      for (const moved of [
        { host: 'localhost', port: other.port },
        { port: other.port },
        { host: 'LOCALHOST' },
        { user: 'someone.else@example.com' },
        { user: null },
      ]) {
        const refused = await save({ ...account, ...moved });
        expect(refused.status, JSON.stringify(moved)).toBe(400);
        expect((await refused.json()).error).toMatchObject({
          code: 'validation',
          field: 'password',
          message: expect.stringMatching(/^password: enter the password again/),
        });
      }
      // Nothing changed: the test still signs in to the first server, the other saw no one.
      expect(await (await app.request('/api/mail/settings')).json()).toMatchObject({
        host: '127.0.0.1',
        port: smtp.port,
        passwordSet: true,
      });
      expect((await app.request('/api/mail/test', json({}))).status).toBe(200);
      expect(other.logins).toEqual([]);

      // The same account with another sender name keeps the password.
      const renamed = await save({ ...account, from: 'Ana D. <ana@example.com>' });
      expect(await renamed.json()).toMatchObject({ passwordSet: true });
      // Moving with the new server's own password works, and only that password goes there.
      const moved = { ...account, host: 'localhost', port: other.port };
      expect((await save({ ...moved, password: 'other-password' })).status).toBe(200);
      expect((await app.request('/api/mail/test', json({}))).status).toBe(200);
      expect(other.logins).toEqual([{ username: 'ana@example.com', password: 'other-password' }]);
      // Or with no password at all, for a server that needs none.
      const cleared = await save({ ...account, port: 2525, password: null });
      expect(await cleared.json()).toMatchObject({ port: 2525, passwordSet: false });
    } finally {
      await workspace.close();
      await other.close();
      fs.rmSync(mailDir, { recursive: true, force: true });
    }
  });

  it('takes, lists and restores backups of the SQLite file', async () => {
    const workspace = await openWorkspace(resolveConfig({ dataDir }, {}));
    try {
      const backups = createBackupService(workspace);
      const { app } = createApp({ ...workspace.deps, services: backups ? { backups } : {} });
      const marked = { method: 'POST', headers: { 'X-Rebound-Request': '1' } };
      await app.request('/api/contacts', json({ name: 'In the backup' }));
      const created = await app.request('/api/backups', marked);
      expect(created.status).toBe(201);
      const backup = await created.json();
      // The time it was taken is in the name, and 80 random bits no one can guess.
      expect(backup.name).toMatch(
        /^rebound-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-manual-[0-9a-f]{20}\.sqlite$/,
      );
      await app.request('/api/contacts', json({ name: 'After the backup' }));
      expect((await (await app.request('/api/backups')).json())[0]).toEqual(backup);
      expect((await app.request('/api/backups/..%2Frebound.sqlite/restore', marked)).status).toBe(
        404,
      );
      // The name without its random part, as a page guessing from the time would send it.
      const guessed = backup.name.replace(/-[0-9a-f]{20}\.sqlite$/, '.sqlite');
      const unknown = await app.request(`/api/backups/${guessed}/restore`, marked);
      expect(unknown.status).toBe(404);
      const unknownBody = JSON.stringify(await unknown.json());
      expect(unknownBody).toContain(guessed);
      expect(unknownBody).not.toContain(dataDir);
      expect(unknownBody).not.toMatch(/"\/|\s\//);
      const restored = await app.request(`/api/backups/${backup.name}/restore`, marked);
      expect(await restored.json()).toMatchObject({
        restoredFrom: backup.name,
        safetyBackup: { reason: 'pre-restore' },
        migrated: [],
      });
      const names = (await (await app.request('/api/contacts?sort=name')).json()).items.map(
        (c: { name: string }) => c.name,
      );
      expect(names).toEqual(['In the backup']);
      const { app: postgresLike } = createApp({ ...workspace.deps, services: {} });
      const refused = await postgresLike.request('/api/backups', marked);
      expect(refused.status).toBe(409);
      expect((await refused.json()).error.message).toMatch(/pg_dump/);
    } finally {
      await workspace.close();
    }
  });

  it('describes every new route in the OpenAPI document', async () => {
    const workspace = await openWorkspace(resolveConfig({ dataDir }, {}));
    try {
      const { app } = createApp(workspace.deps);
      const paths = Object.keys((await (await app.request('/api/openapi.json')).json()).paths);
      expect(paths).toEqual(
        expect.arrayContaining([
          '/import/linkedin',
          '/import/vcard',
          '/import/csv',
          '/import/csv/preview',
          '/export/vcard',
          '/export/csv',
          '/mail/settings',
          '/mail/test',
          '/messages/{id}/send',
          '/messages/{id}/eml',
          '/messages/{id}/mailto',
          '/backups',
          '/backups/{name}/restore',
        ]),
      );
    } finally {
      await workspace.close();
    }
  });
});
