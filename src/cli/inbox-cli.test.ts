import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reboundOn, tempDataDir } from '../../test/cli';

/** The fields `inbox scan --json` promises for each message (issue 15). */
const FIELDS = [
  'source',
  'messageId',
  'from',
  'subject',
  'date',
  'kind',
  'company',
  'role',
  'automated',
  'confidence',
  'applicationId',
  'action',
];

const rejectionHtml = [
  'From: Kite Labs Recruiting <no-reply@kitelabs.greenhouse-mail.io>',
  'To: Ana Silva <ana@example.com>',
  'Subject: Your application to Kite Labs',
  'Message-ID: <rej-1@kitelabs.example>',
  'Date: Mon, 23 Nov 2026 10:00:00 +0000',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '<html><body><p>Hi Ana,</p><p>Thank you for applying for the Data Analyst position at Kite =',
  'Labs.</p><p>After careful consideration we have decided to move forward with other candi=',
  'dates.</p><p>Kind regards,<br>The Kite Labs Talent Team</p></body></html>',
  '',
].join('\r\n');

const invitation = [
  'From: Jana Weiss <jana.weiss@harboranalytics.example>',
  'To: ana@example.com',
  'Subject: Interview for the Backend Engineer role',
  'Message-ID: <int-1@harboranalytics.example>',
  'Date: Tue, 24 Nov 2026 09:30:00 +0100',
  '',
  'Hi Ana,',
  '',
  'Thanks for applying for the Backend Engineer role at Harbor Analytics. We would love to',
  'invite you to a 45-minute video interview with the hiring manager next week.',
  '>From our side, Tuesday or Wednesday afternoon would work. Which suits you?',
  '',
  'Best,',
  'Jana Weiss',
  'Talent Partner, Harbor Analytics',
  '',
].join('\n');

const acknowledgement = [
  'From: Polderbank Careers <careers@polderbank.example>',
  'To: ana@example.com',
  'Subject: We received your application',
  'Message-ID: <ack-1@polderbank.example>',
  'Date: Wed, 25 Nov 2026 08:00:00 +0100',
  '',
  'Dear Ana,',
  '',
  'We have received your application for the Project Manager position at Polderbank.',
  'Our team will review your profile and get back to you within two weeks.',
  '',
  'Polderbank Careers',
  '',
].join('\n');

const digest = [
  'From: JobAlerts <alerts@jobboard.example>',
  'To: ana@example.com',
  'Subject: 12 new jobs for you',
  'Message-ID: <digest-1@jobboard.example>',
  'Date: Thu, 26 Nov 2026 06:00:00 +0000',
  '',
  '12 new jobs match your profile:',
  'Data Analyst - Granite Bank - Easy Apply',
  'Backend Engineer - Orbit Systems - 3 days ago',
  'Product Designer - Maple Health - Remote',
  '',
  'Unsubscribe from these alerts in your settings.',
  '',
].join('\n');

describe('bin/rebound inbox scan', () => {
  let data: string;
  let dir: string;
  let applicationId: string;
  const { rebound, reboundJson } = reboundOn(() => data);
  const eml = () => path.join(dir, 'rejection.eml');
  const mbox = () => path.join(dir, 'jobs.mbox');
  const maildir = () => path.join(dir, 'Maildir');

  beforeAll(async () => {
    data = tempDataDir();
    dir = fs.mkdtempSync(path.join(data, 'mail-'));
    fs.writeFileSync(eml(), rejectionHtml);
    // The mbox quotes the body line that starts with "From ", as mboxrd writers do.
    const quoted = (raw: string) => raw.replace(/^>From /m, '>>From ').replace(/^From /m, '>From ');
    fs.writeFileSync(
      mbox(),
      `From jana@harbor Tue Nov 24 09:30:00 2026\n${quoted(invitation)}\n` +
        `From careers@polderbank Wed Nov 25 08:00:00 2026\n${acknowledgement}\n`,
    );
    fs.mkdirSync(path.join(maildir(), 'cur'), { recursive: true });
    fs.mkdirSync(path.join(maildir(), 'new'), { recursive: true });
    fs.mkdirSync(path.join(maildir(), 'tmp'), { recursive: true });
    fs.writeFileSync(path.join(maildir(), 'new', '1764136800.M1.host'), digest);
    const added = await reboundJson('add', '--company', 'Kite Labs', '--role', 'Data Analyst');
    applicationId = added.id as string;
  });
  afterAll(() => fs.rmSync(data, { recursive: true, force: true }));

  it('prints each message of .eml, .mbox and Maildir paths in the promised JSON shape', async () => {
    const result = await reboundJson('inbox', 'scan', eml(), mbox(), maildir(), '--dry-run');
    expect(Object.keys(result)).toEqual(['messages']);
    const messages = result.messages as Record<string, unknown>[];
    for (const message of messages)
      expect(Object.keys(message)).toEqual(expect.arrayContaining(FIELDS));
    const picked = messages.map((m) => Object.fromEntries(FIELDS.map((f) => [f, m[f]])));
    const confidence = expect.any(Number);
    expect(picked).toEqual([
      {
        source: eml(),
        messageId: '<rej-1@kitelabs.example>',
        from: 'Kite Labs Recruiting <no-reply@kitelabs.greenhouse-mail.io>',
        subject: 'Your application to Kite Labs',
        date: '2026-11-23T10:00:00.000Z',
        kind: 'rejection',
        company: 'Kite Labs',
        role: 'Data Analyst',
        automated: true,
        confidence,
        applicationId,
        action: 'record_rejection',
      },
      {
        source: `${mbox()}#1`,
        messageId: '<int-1@harboranalytics.example>',
        from: 'Jana Weiss <jana.weiss@harboranalytics.example>',
        subject: 'Interview for the Backend Engineer role',
        date: '2026-11-24T08:30:00.000Z',
        kind: 'interview',
        company: 'Harbor Analytics',
        role: 'Backend Engineer',
        automated: false,
        confidence,
        applicationId: null,
        action: 'add_interview',
      },
      {
        source: `${mbox()}#2`,
        messageId: '<ack-1@polderbank.example>',
        from: 'Polderbank Careers <careers@polderbank.example>',
        subject: 'We received your application',
        date: '2026-11-25T07:00:00.000Z',
        kind: 'received',
        company: 'Polderbank',
        role: 'Project Manager',
        automated: true,
        confidence,
        applicationId: null,
        action: 'create_application',
      },
      {
        source: path.join(maildir(), 'new', '1764136800.M1.host'),
        messageId: '<digest-1@jobboard.example>',
        from: 'JobAlerts <alerts@jobboard.example>',
        subject: '12 new jobs for you',
        date: '2026-11-26T06:00:00.000Z',
        kind: 'other',
        company: null,
        role: null,
        automated: true,
        confidence,
        applicationId: null,
        action: 'none',
      },
    ]);
    for (const m of messages) {
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
    // A dry run stores nothing.
    expect((await reboundJson('inbox', 'list', '--status', 'all')).items).toEqual([]);
  });

  it('stores what it reads, lists it for review, and reads nothing twice', async () => {
    const first = await reboundJson('inbox', 'scan', eml(), mbox(), maildir());
    expect(first.messages.map((m: { status: string }) => m.status)).toEqual([
      'review',
      'review',
      'review',
      'none',
    ]);
    const review = await reboundJson('inbox', 'list');
    expect(review.items.map((m: { kind: string }) => m.kind).sort()).toEqual([
      'interview',
      'received',
      'rejection',
    ]);
    const again = await reboundJson('inbox', 'scan', mbox(), eml());
    expect(again.messages.map((m: { status: string }) => m.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    const text = await rebound('inbox', 'scan', eml());
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      '2026-11-23  rejection from Kite Labs (Data Analyst) — Your application to Kite Labs  [duplicate,',
    );
  });

  it('names a path it cannot read and finds nothing in an empty file', async () => {
    const missing = path.join(dir, 'missing.mbox');
    const result = await rebound('inbox', 'scan', missing);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`${missing}: no such file or folder`);
    const empty = path.join(dir, 'empty.eml');
    fs.writeFileSync(empty, '');
    const none = await rebound('inbox', 'scan', empty);
    expect(none.stdout).toBe('No messages found.\n');
    expect((await reboundJson('inbox', 'scan', empty)).messages).toEqual([]);
  });
});
