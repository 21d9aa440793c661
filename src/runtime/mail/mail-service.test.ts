import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server';
import { smtpSettingsInputSchema } from '../../core/mail/smtp-settings';
import { createMailService } from './mail-service';
import { SMTP_SETTINGS_FILE, smtpSettingsFromEnv } from './smtp-settings-store';
import { describeSmtpFailure } from './smtp-transport';

let smtp: TestSmtpServer;
let dataDir: string;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => smtp.close());

describe('SMTP settings', () => {
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-smtp-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('reads an smtps:// URL or separate variables from the environment', () => {
    expect(
      smtpSettingsFromEnv({
        REBOUND_SMTP_URL: 'smtps://ana%40gmail.com:abcd%20efgh@smtp.gmail.com',
      }),
    ).toEqual({
      host: 'smtp.gmail.com',
      port: 465,
      secure: true,
      user: 'ana@gmail.com',
      password: 'abcd efgh',
      from: { name: null, address: 'ana@gmail.com' },
    });
    expect(
      smtpSettingsFromEnv({
        REBOUND_SMTP_HOST: 'smtp.office365.com',
        REBOUND_SMTP_USER: 'ana@outlook.com',
        REBOUND_SMTP_PASS: 'x',
        REBOUND_SMTP_FROM: 'Ana Díaz <ana@outlook.com>',
      }),
    ).toMatchObject({
      port: 587,
      secure: false,
      from: { name: 'Ana Díaz', address: 'ana@outlook.com' },
    });
    expect(smtpSettingsFromEnv({})).toBeNull();
    expect(() => smtpSettingsFromEnv({ REBOUND_SMTP_URL: 'http://x' })).toThrow(
      /^REBOUND_SMTP_URL: must start with smtp:\/\/ or smtps:\/\//,
    );
    expect(() => smtpSettingsFromEnv({ REBOUND_SMTP_HOST: 'smtp.example.com' })).toThrow(
      /^REBOUND_SMTP_FROM: /,
    );
  });

  it('saves settings to a file only its owner can read, and never shows the password', () => {
    const mail = createMailService(dataDir, {});
    expect(mail.settings()).toMatchObject({ source: 'none', passwordSet: false });
    const input = smtpSettingsInputSchema.parse({
      host: 'smtp.gmail.com',
      port: 465,
      user: 'ana@gmail.com',
      password: 'app pass',
      from: 'Ana Díaz <ana@gmail.com>',
    });
    expect(mail.saveSettings(input)).toEqual({
      source: 'file',
      host: 'smtp.gmail.com',
      port: 465,
      secure: true,
      user: 'ana@gmail.com',
      passwordSet: true,
      from: 'Ana Díaz <ana@gmail.com>',
    });
    const file = path.join(dataDir, SMTP_SETTINGS_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.stringify(mail.settings())).not.toContain('app pass');
    // Leaving the password out keeps it for the same account; null clears it.
    const { password, ...rest } = input;
    void password;
    mail.saveSettings({ ...rest, secure: false, from: { name: 'Ana', address: 'ana@gmail.com' } });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({
      port: 465,
      secure: false,
      password: 'app pass',
    });
    // Another server, port or user needs the password again: the saved one never goes there.
    for (const moved of [{ host: 'smtp.evil.example' }, { port: 587 }, { user: 'bo@gmail.com' }]) {
      expect(() => mail.saveSettings({ ...rest, ...moved })).toThrow(
        /^password: enter the password again/,
      );
    }
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({
      host: 'smtp.gmail.com',
      port: 465,
      password: 'app pass',
    });
    expect(mail.saveSettings({ ...rest, port: 587, password: 'new pass' }).port).toBe(587);
    expect(mail.saveSettings({ ...rest, password: null }).passwordSet).toBe(false);
  });

  it('refuses to save while the environment provides the settings', () => {
    const mail = createMailService(dataDir, {
      REBOUND_SMTP_URL: 'smtp://a:b@127.0.0.1:25',
      REBOUND_SMTP_FROM: 'a@example.com',
    });
    expect(mail.settings().source).toBe('environment');
    expect(() =>
      mail.saveSettings(
        smtpSettingsInputSchema.parse({ host: 'x.example', from: 'a@example.com' }),
      ),
    ).toThrow(/come from the environment/);
  });

  it('checks the sender address form', () => {
    expect(
      smtpSettingsInputSchema.safeParse({ host: 'smtp.example.com', from: 'Ana <not-an-address>' })
        .error?.issues[0],
    ).toMatchObject({ path: ['from'] });
    expect(
      smtpSettingsInputSchema.safeParse({ host: 'not a host', from: 'a@example.com' }).error
        ?.issues[0],
    ).toMatchObject({ path: ['host'] });
  });
});

describe('testing the connection', () => {
  const env = (password: string) => ({
    REBOUND_SMTP_URL: `smtp://ana%40example.com:${password}@127.0.0.1:${smtp.port}`,
    REBOUND_SMTP_FROM: 'Ana Díaz <ana@example.com>',
  });

  it('connects, signs in and can send a test email', async () => {
    const mail = createMailService(os.tmpdir(), env('app-password-1'));
    const before = smtp.received.length;
    expect(await mail.test({})).toMatchObject({
      host: '127.0.0.1',
      user: 'ana@example.com',
      sentTo: null,
      message: expect.stringMatching(
        /^Connected to 127\.0\.0\.1:\d+ and signed in as ana@example\.com\.$/,
      ),
    });
    expect(smtp.received.length).toBe(before);
    await mail.test({ sendTo: 'ana@example.com' });
    expect(smtp.received[before]?.mail.subject).toBe('Rebound test email');
  });

  it('reports a refused password in words', async () => {
    await expect(createMailService(os.tmpdir(), env('nope')).test({})).rejects.toMatchObject({
      code: 'mail_failed',
      field: 'smtp.password',
    });
  });
});

describe('describeSmtpFailure', () => {
  const settings = {
    host: 'smtp.example.com',
    port: 587,
    secure: false,
    user: 'a',
    password: 'b',
    from: { name: null, address: 'a@example.com' },
  };
  it.each([
    [
      { code: 'EDNS', message: 'getaddrinfo ENOTFOUND smtp.example.com' },
      'smtp.host',
      /Cannot find the mail server smtp\.example\.com/,
    ],
    [{ code: 'ETIMEDOUT', message: 'Connection timeout' }, 'smtp.host', /did not answer in time/],
    [
      { code: 'ESOCKET', message: 'wrong version number' },
      'smtp.port',
      /Port 465 uses TLS from the start/,
    ],
    [
      {
        code: 'EENVELOPE',
        command: 'MAIL FROM',
        message: 'Sender refused',
        response: '553 not yours',
      },
      'smtp.from',
      /refused to send from a@example\.com.*553 not yours/,
    ],
    [
      {
        code: 'EMESSAGE',
        responseCode: 552,
        message: 'too big',
        response: '552 Message size exceeds limit',
      },
      'body',
      /refused the message.*552/,
    ],
  ])('explains %o', (raw, field, message) => {
    const error = describeSmtpFailure(Object.assign(new Error(raw.message), raw), settings);
    expect(error).toMatchObject({ code: 'mail_failed', field });
    expect(error.message).toMatch(message);
  });
});
