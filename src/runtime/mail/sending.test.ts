import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/databases';
import { contactInput } from '../../../test/factories';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server';
import { isAppError } from '../../core/app-error';
import { messageInputSchema } from '../../core/message';
import { selectWorkspaceRows } from '../../storage/bulk';
import { insertTask } from '../../storage/repositories/tasks';
import { createContact } from '../../use-cases/contacts';
import type { UseCaseDeps } from '../../use-cases/deps';
import { composeMessageMail, sendMessage } from '../../use-cases/mail/send-message';
import type { MailTransport } from '../../use-cases/mail/mail-port';
import { createMessage, getMessage } from '../../use-cases/messages';
import { createMailService } from './mail-service';

let smtp: TestSmtpServer;
let dataDir: string;
beforeAll(async () => {
  smtp = await startSmtpServer();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-mail-'));
});
afterAll(async () => {
  await smtp.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const envFor = (port: number, password = 'app-password-1') => ({
  REBOUND_SMTP_URL: `smtp://ana%40example.com:${password}@127.0.0.1:${port}`,
  REBOUND_SMTP_FROM: 'Ana Díaz <ana@example.com>',
});
const service = (env = envFor(smtp.port)) => createMailService(dataDir, env);

async function draftTo(deps: UseCaseDeps, overrides: Record<string, unknown> = {}) {
  const contact = await createContact(
    deps,
    contactInput({ name: 'Zoë Ångström', email: 'zoe@northwind.example' }),
  );
  const message = await createMessage(
    deps,
    messageInputSchema.parse({
      kind: 'thank_you',
      contactId: contact.id,
      subject: 'Merci — thank you 🙏',
      body: 'Hej Zoë,\n\nThank you for the conversation about Ångström units 🎉.\n\nAna',
      ...overrides,
    }),
  );
  return { contact, message };
}

const send = (
  deps: UseCaseDeps,
  id: string,
  mail = service(),
  extra: { newThread?: boolean } = {},
) => sendMessage(deps, { id, ...mail.sender(), newThread: extra.newThread ?? false });

describeEachDialect('sending email', (db) => {
  it('sends a draft with UTF-8 names and text, then records it as sent with its Message-ID', async () => {
    const deps = await db().deps('ws_mail_send');
    const { contact, message } = await draftTo(deps);
    await insertTask(deps.db, deps.workspaceId, {
      id: 'tsk_thank0000001',
      applicationId: null,
      contactId: contact.id,
      kind: 'thank_you',
      status: 'open',
      dueAt: '2026-11-27T09:00:00.000Z',
      snoozedUntil: null,
      reason: 'Within two days',
      doneAt: null,
      messageId: null,
      interactionId: null,
      createdAt: '2026-11-26T09:00:00.000Z',
      updatedAt: '2026-11-26T09:00:00.000Z',
    });
    const before = smtp.received.length;
    const result = await send(deps, message.id);
    const arrived = smtp.received[before];
    expect(arrived?.to).toEqual(['zoe@northwind.example']);
    const mail = arrived!.mail;
    expect(mail.from?.value).toEqual([{ name: 'Ana Díaz', address: 'ana@example.com' }]);
    expect(Array.isArray(mail.to) ? undefined : mail.to?.value).toEqual([
      { name: 'Zoë Ångström', address: 'zoe@northwind.example' },
    ]);
    expect(mail.subject).toBe('Merci — thank you 🙏');
    // mailparser ends a text part with a line break of its own.
    expect(mail.text?.replace(/\n$/, '')).toBe(
      'Hej Zoë,\n\nThank you for the conversation about Ångström units 🎉.\n\nAna',
    );
    expect(mail.date?.toISOString()).toBe(db().clock.now().toISOString());
    expect(mail.inReplyTo).toBeUndefined();
    expect(arrived!.raw.toString('latin1')).toMatch(/^Content-Type: text\/plain; charset=utf-8/m);

    expect(mail.messageId).toBe(result.message.emailMessageId);
    expect(result.message).toMatchObject({
      status: 'sent',
      sentAt: db().clock.now().toISOString(),
    });
    expect(result.delivery.accepted).toEqual(['zoe@northwind.example']);
    expect(result.interaction).toMatchObject({
      contactId: contact.id,
      channel: 'email',
      direction: 'outbound',
    });
    expect(result.task).toMatchObject({ id: 'tsk_thank0000001', status: 'done' });
    expect(await getMessage(deps, { id: message.id })).toMatchObject({
      status: 'sent',
      emailMessageId: mail.messageId,
    });
  });

  it('threads a follow-up to the same person under the last email, with "Re:" when it has no subject', async () => {
    const deps = await db().deps('ws_mail_thread');
    const { contact, message } = await draftTo(deps);
    const first = await send(deps, message.id);
    db().clock.advance(3 * 86_400_000);
    const second = await createMessage(
      deps,
      messageInputSchema.parse({
        kind: 'follow_up',
        contactId: contact.id,
        body: 'One more question…',
      }),
    );
    const before = smtp.received.length;
    const reply = await send(deps, second.id);
    const mail = smtp.received[before]!.mail;
    expect(mail.inReplyTo).toBe(first.message.emailMessageId);
    expect(mail.references).toBe(first.message.emailMessageId);
    expect(mail.subject).toBe('Re: Merci — thank you 🙏');
    expect(reply.message).toMatchObject({
      inReplyTo: first.message.emailMessageId,
      references: [first.message.emailMessageId],
      subject: 'Re: Merci — thank you 🙏',
    });

    const third = await createMessage(
      deps,
      messageInputSchema.parse({
        kind: 'keep_in_touch',
        contactId: contact.id,
        subject: 'An article for you',
        body: 'Thought of you.',
      }),
    );
    await send(deps, third.id);
    const threaded = smtp.received[before + 1]!.mail;
    expect(threaded.inReplyTo).toBe(reply.message.emailMessageId);
    expect(threaded.references).toEqual([
      first.message.emailMessageId,
      reply.message.emailMessageId,
    ]);

    const fresh = await createMessage(
      deps,
      messageInputSchema.parse({
        kind: 'keep_in_touch',
        contactId: contact.id,
        subject: 'New topic',
        body: 'Hello again.',
      }),
    );
    await send(deps, fresh.id, service(), { newThread: true });
    expect(smtp.received[before + 2]!.mail.inReplyTo).toBeUndefined();
  });

  it('says in words when the password is refused, and keeps the message a draft', async () => {
    const deps = await db().deps('ws_mail_auth');
    const { message } = await draftTo(deps);
    const failure = await send(deps, message.id, service(envFor(smtp.port, 'wrong'))).catch(
      (e: unknown) => e,
    );
    expect(isAppError(failure) && [failure.code, failure.field]).toEqual([
      'mail_failed',
      'smtp.password',
    ]);
    expect((failure as Error).message).toMatch(
      /did not accept the user name or password\. Gmail and Outlook need an app password/,
    );
    expect(await getMessage(deps, { id: message.id })).toMatchObject({
      status: 'draft',
      sentAt: null,
      emailMessageId: null,
    });
    expect(await selectWorkspaceRows(deps.db, 'interactions', deps.workspaceId)).toEqual([]);
    // Fixing the password and sending again works at once: the failed attempt left no lock behind.
    expect((await send(deps, message.id)).message.status).toBe('sent');
  });

  it('says when the server cannot be reached or refuses the recipient', async () => {
    const deps = await db().deps('ws_mail_down');
    const { message } = await draftTo(deps);
    const down = await startSmtpServer();
    await down.close();
    await expect(send(deps, message.id, service(envFor(down.port)))).rejects.toMatchObject({
      code: 'mail_failed',
      field: 'smtp.host',
      message: expect.stringMatching(
        /^Cannot connect to 127\.0\.0\.1:\d+: the connection was refused/,
      ),
    });
    const refused = await draftTo(deps, { recipient: 'nobody@refused.example' });
    await expect(send(deps, refused.message.id)).rejects.toMatchObject({
      code: 'mail_failed',
      field: 'recipient',
      message: expect.stringMatching(/refused the recipient nobody@refused\.example.*550/),
    });
    expect((await getMessage(deps, { id: refused.message.id })).status).toBe('draft');
  });

  it('refuses to send a draft twice at once', async () => {
    const deps = await db().deps('ws_mail_twice');
    const { message } = await draftTo(deps);
    let release: () => void = () => undefined;
    const slow: MailTransport = {
      send: () =>
        new Promise(
          (resolve) =>
            (release = () => resolve({ accepted: ['zoe@northwind.example'], response: '250 OK' })),
        ),
    };
    const from = { name: 'Ana', address: 'ana@example.com' };
    const first = sendMessage(deps, { id: message.id, transport: slow, from, newThread: false });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(
      sendMessage(deps, { id: message.id, transport: slow, from, newThread: false }),
    ).rejects.toThrow(/being sent right now/);
    release();
    expect((await first).message.status).toBe('sent');
    await expect(
      sendMessage(deps, { id: message.id, transport: slow, from, newThread: false }),
    ).rejects.toThrow(/already sent/);
  });

  it('sends again under the same Message-ID when a send was cut off before it was recorded', async () => {
    const deps = await db().deps('ws_mail_cut_off');
    const { message } = await draftTo(deps);
    const from = { name: 'Ana', address: 'ana@example.com' };
    const attempts: string[] = [];
    const hangs: MailTransport = {
      send: (mail) => {
        attempts.push(mail.messageId);
        return new Promise(() => undefined);
      },
    };
    void sendMessage(deps, { id: message.id, transport: hangs, from, newThread: false });
    await expect.poll(() => attempts.length).toBe(1);
    // The process is gone; the claim outlives it until it is plainly stale.
    db().clock.advance(3 * 60 * 1000);
    expect((await getMessage(deps, { id: message.id })).status).toBe('draft');
    const records: MailTransport = {
      send: (mail) => {
        attempts.push(mail.messageId);
        return Promise.resolve({ accepted: ['zoe@northwind.example'], response: '250 OK' });
      },
    };
    const sent = await sendMessage(deps, {
      id: message.id,
      transport: records,
      from,
      newThread: false,
    });
    expect(attempts[1]).toBe(attempts[0]);
    expect(sent.message.emailMessageId).toBe(attempts[0]);
    expect(sent.message.status).toBe('sent');
  });

  it('refuses what cannot be emailed, naming the field', async () => {
    const deps = await db().deps('ws_mail_invalid');
    const linkedin = await createMessage(
      deps,
      messageInputSchema.parse({
        kind: 'linkedin_note',
        channel: 'linkedin',
        recipient: 'Zoë',
        body: 'Hi',
      }),
    );
    await expect(send(deps, linkedin.id)).rejects.toMatchObject({
      code: 'validation',
      field: 'channel',
    });
    const noAddress = await createMessage(
      deps,
      messageInputSchema.parse({ kind: 'other', subject: 'Hi', body: 'Hi' }),
    );
    await expect(send(deps, noAddress.id)).rejects.toMatchObject({
      code: 'validation',
      field: 'recipient',
    });
    const noSubject = await createMessage(
      deps,
      messageInputSchema.parse({ kind: 'other', recipient: 'a@example.com', body: 'Hi' }),
    );
    await expect(send(deps, noSubject.id)).rejects.toMatchObject({
      code: 'validation',
      field: 'subject',
    });
    const before = smtp.received.length;
    const unknownTask = sendMessage(deps, {
      id: noSubject.id,
      ...service().sender(),
      newThread: false,
      taskId: 'tsk_nosuchtask00',
    });
    await expect(unknownTask).rejects.toMatchObject({ code: 'not_found', field: 'taskId' });
    expect(smtp.received.length).toBe(before);
    const unset = createMailService(dataDir, {});
    expect(() => unset.sender()).toThrow(/Sending email is not set up yet/);
  });

  it('saves a draft as an .eml that mail programs open for editing, and a sent one with its thread', async () => {
    const deps = await db().deps('ws_mail_eml');
    const { message } = await draftTo(deps);
    const mail = service();
    const draft = await simpleParser(
      Buffer.from(
        await mail.composeEml(
          await composeMessageMail(deps, { id: message.id, from: mail.fromAddress() }),
        ),
      ),
    );
    expect(draft.headers.get('x-unsent')).toBe('1');
    expect(draft.subject).toBe('Merci — thank you 🙏');
    expect(draft.text).toContain('Ångström units 🎉');
    expect(Array.isArray(draft.to) ? undefined : draft.to?.value).toEqual([
      { name: 'Zoë Ångström', address: 'zoe@northwind.example' },
    ]);
    const sent = await send(deps, message.id);
    const eml = await simpleParser(
      Buffer.from(
        await mail.composeEml(
          await composeMessageMail(deps, { id: message.id, from: mail.fromAddress() }),
        ),
      ),
    );
    expect(eml.headers.has('x-unsent')).toBe(false);
    expect(eml.messageId).toBe(sent.message.emailMessageId);
    expect(eml.date?.toISOString()).toBe(sent.message.sentAt);
  });
});
