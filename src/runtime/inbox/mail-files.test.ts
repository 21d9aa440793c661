import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMail } from '../../core/inbox/mail';
import { readMailPaths, readMaildir, readMbox, type RawMail } from './mail-files';

const message = (n: number, body: string, eol = '\n') =>
  [
    `From: Kite Labs <jobs@kitelabs.example>`,
    `Subject: Message ${n}`,
    `Message-ID: <m${n}@kitelabs.example>`,
    '',
    body,
  ].join(eol);

async function collect(source: AsyncIterable<RawMail> | Iterable<RawMail>): Promise<RawMail[]> {
  const out: RawMail[] = [];
  for await (const mail of source) out.push(mail);
  return out;
}

const text = (mail: RawMail | undefined) => Buffer.from(mail?.raw ?? []).toString('latin1');

describe('reading mail files', () => {
  let dir: string;
  const file = (name: string, content: string | Buffer) => {
    const target = path.join(dir, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
    return target;
  };
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-mail-files-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('splits an mbox at From_ lines after a blank line and unquotes >From lines once', async () => {
    const mbox = file(
      'quoted.mbox',
      [
        'From jobs@kitelabs.example Mon Nov 23 10:00:00 2026',
        message(1, 'First line.\n>From the team: thanks.\n>>From here on, quoted twice.'),
        '',
        'From jobs@kitelabs.example Mon Nov 23 11:00:00 2026',
        message(2, 'Body two.\nFrom inside a paragraph is no separator.'),
        '',
      ].join('\n'),
    );
    const mails = await collect(readMbox(mbox));
    expect(mails.map((m) => m.source)).toEqual([`${mbox}#1`, `${mbox}#2`]);
    expect(text(mails[0])).toBe(
      message(1, 'First line.\nFrom the team: thanks.\n>From here on, quoted twice.'),
    );
    expect(text(mails[1])).toBe(message(2, 'Body two.\nFrom inside a paragraph is no separator.'));
  });

  it('reads an mbox with CRLF line ends as the same messages', async () => {
    const mbox = file(
      'crlf.mbox',
      [
        'From a@b Mon Nov 23 10:00:00 2026',
        message(1, 'One.', '\r\n'),
        '',
        'From a@b Mon Nov 23 10:00:00 2026',
        message(2, 'Two.', '\r\n'),
        '',
      ].join('\r\n'),
    );
    const mails = await collect(readMbox(mbox));
    expect(mails.map(text)).toEqual([message(1, 'One.'), message(2, 'Two.')]);
    const parsed = await parseMail(mails[1]?.raw ?? new Uint8Array());
    expect(parsed.subject).toBe('Message 2');
    expect(parsed.messageId).toBe('<m2@kitelabs.example>');
  });

  it('keeps 8-bit bodies byte for byte', async () => {
    const body = Buffer.from('Grüße aus Köln — Łódź', 'utf8');
    const head = Buffer.from(
      'From a@b Mon Nov 23 10:00:00 2026\nFrom: x@y.example\nSubject: Hallo\n' +
        'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n',
    );
    const mbox = file('eight-bit.mbox', Buffer.concat([head, body, Buffer.from('\n')]));
    const [mail] = await collect(readMbox(mbox));
    const parsed = await parseMail(mail?.raw ?? new Uint8Array());
    expect(parsed.text.trim()).toBe('Grüße aus Köln — Łódź');
  });

  it('finds no message in empty files and refuses text that is not an mbox', async () => {
    expect(await collect(readMbox(file('empty.mbox', '')))).toEqual([]);
    expect(await collect(readMailPaths([file('empty.eml', '')]))).toEqual([]);
    expect(await collect(readMailPaths([file('blank.eml', '\r\n\n  \n')]))).toEqual([]);
    expect(await collect(readMbox(file('only-separator.mbox', 'From a@b Mon\n\n')))).toEqual([]);
    await expect(collect(readMbox(file('not.mbox', 'Subject: hi\n\nbody\n')))).rejects.toThrow(
      /not\.mbox.*does not start with a "From " line/,
    );
  });

  it('streams a huge message whole, between its neighbours', async () => {
    // 12 MB of base64 lines: many read chunks, lines split across chunk boundaries.
    const attachment = Buffer.alloc(9 * 1024 * 1024, 7).toString('base64');
    const lines = attachment.match(/.{1,76}/g) ?? [];
    const huge = [
      'From: Kite Labs <jobs@kitelabs.example>',
      'Subject: Your offer',
      'Message-ID: <huge@kitelabs.example>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'We are delighted to offer you the role. The letter is attached.',
      '--b1',
      'Content-Type: application/pdf; name="offer.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      ...lines,
      '--b1--',
    ].join('\n');
    const mbox = file(
      'huge.mbox',
      [
        'From a@b Mon Nov 23 10:00:00 2026',
        message(1, 'Before.'),
        '',
        'From a@b Mon Nov 23 10:00:00 2026',
        huge,
        '',
        'From a@b Mon Nov 23 10:00:00 2026',
        message(3, 'After.'),
        '',
      ].join('\n'),
    );
    const mails = await collect(readMbox(mbox));
    expect(mails).toHaveLength(3);
    expect(text(mails[1])).toBe(huge);
    expect(text(mails[2])).toBe(message(3, 'After.'));
    const parsed = await parseMail(mails[1]?.raw ?? new Uint8Array());
    expect(parsed.subject).toBe('Your offer');
    expect(parsed.text).toContain('delighted to offer you the role');
  });

  it('reads a Maildir from cur and new, never tmp, and skips empty and hidden files', async () => {
    const maildir = path.join(dir, 'Maildir');
    file('Maildir/cur/1700000001.M1.host:2,S', message(1, 'Seen.'));
    file('Maildir/new/1700000002.M2.host', message(2, 'New.'));
    file('Maildir/new/1700000003.M3.host', '');
    file('Maildir/new/.hidden', message(9, 'Hidden.'));
    file('Maildir/tmp/1700000004.M4.host', message(4, 'Still being delivered.'));
    const mails = await collect(readMaildir(maildir));
    expect(mails.map(text)).toEqual([message(1, 'Seen.'), message(2, 'New.')]);
    expect(mails[0]?.source).toBe(path.join(maildir, 'cur', '1700000001.M1.host:2,S'));
  });

  it('reads each path as what it is and names a path it cannot read', async () => {
    const eml = file('single.txt', message(5, 'An .eml file by any name.'));
    const mbox = file(
      'export',
      `From a@b Mon Nov 23 10:00:00 2026\n${message(6, 'In an mbox without the extension.')}\n`,
    );
    const mails = await collect(readMailPaths([eml, mbox, path.join(dir, 'Maildir')]));
    expect(mails.map((m) => m.source)).toEqual([
      eml,
      `${mbox}#1`,
      path.join(dir, 'Maildir', 'cur', '1700000001.M1.host:2,S'),
      path.join(dir, 'Maildir', 'new', '1700000002.M2.host'),
    ]);
    const missing = path.join(dir, 'missing.mbox');
    await expect(collect(readMailPaths([missing]))).rejects.toThrow(/no such file or folder/);
    const plain = path.join(dir, 'plain-folder');
    fs.mkdirSync(plain);
    await expect(collect(readMailPaths([plain]))).rejects.toThrow(/not a Maildir/);
  });
});
