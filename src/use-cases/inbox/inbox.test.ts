import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/databases';
import { parseMail } from '../../core/inbox/mail';
import { findApplication, listStageEvents } from '../../storage/repositories/applications';
import { findRejectionOfApplication } from '../../storage/repositories/rejections';
import { createApplication } from '../applications';
import type { UseCaseDeps } from '../deps';
import { listApplicationInterviews } from '../interviews';
import { ingestMail } from './ingest-mail';
import { updateInboxSettings } from './inbox-settings';
import { applyInboxMessage, dismissInboxMessage, listInbox, undoInboxMessage } from './review';

const raw = (
  id: string,
  from: string,
  subject: string,
  body: string,
  date = 'Mon, 23 Nov 2026 10:00:00 +0000',
) =>
  `From: ${from}\r\nSubject: ${subject}\r\nMessage-ID: <${id}@mail.example>\r\nDate: ${date}\r\n\r\n${body}`;

const REJECTION = raw(
  'rej1',
  'Acme Recruiting <no-reply@us.greenhouse-mail.io>',
  'Your application to Acme',
  'Hi Lee,\r\nThank you for applying for the Data Analyst position at Acme.\r\nUnfortunately we have decided to move forward with other candidates.\r\nAcme Recruiting',
);
const INVITE = raw(
  'int1',
  'Mina Cho <mina.cho@globex.example>',
  'Interview invitation',
  "Hi Lee,\r\nThanks for applying to the Platform Engineer role at Globex. I'd love to set up a call - could you share your availability for next week?\r\nMina",
);
const ACK = raw(
  'ack1',
  'Initech <no-reply@hire.lever.co>',
  'Thanks for applying to Initech',
  'Hi Lee,\r\nThank you for applying for the Product Designer position at Initech. We have received your application and our team will review it.\r\nThe Initech Team',
);

async function mails(...raws: string[]) {
  return Promise.all(
    raws.map(async (r, i) => ({ source: `test#${i + 1}`, mail: await parseMail(r) })),
  );
}

describeEachDialect('the inbox', (database) => {
  let deps: UseCaseDeps;
  let acme = '';
  let globex = '';
  beforeAll(async () => {
    deps = await database().deps();
    database().clock.set('2026-11-25T09:00:00.000Z');
    acme = (
      await createApplication(deps, {
        company: 'ACME Inc.',
        role: 'Data Analyst',
        stage: 'interview',
      } as never)
    ).id;
    globex = (
      await createApplication(deps, {
        company: 'Globex',
        role: 'Platform Engineer',
        stage: 'applied',
      } as never)
    ).id;
  });

  it('reads, matches and proposes; nothing changes until accepted, and a message is read once', async () => {
    const first = await ingestMail(deps, { mails: await mails(REJECTION, INVITE, ACK) });
    expect(first.map((m) => [m.kind, m.action, m.applicationId, m.status])).toEqual([
      ['rejection', 'record_rejection', acme, 'review'],
      ['interview', 'add_interview', globex, 'review'],
      ['received', 'create_application', null, 'review'],
    ]);
    expect(first[0]).toMatchObject({
      messageId: '<rej1@mail.example>',
      automated: true,
      company: 'Acme',
    });
    expect((await findApplication(deps.db, deps.workspaceId, acme))?.stage).toBe('interview');
    const again = await ingestMail(deps, { mails: await mails(REJECTION) });
    expect(again[0]?.status).toBe('duplicate');
    expect((await listInbox(deps, { limit: 10, offset: 0 })).items).toHaveLength(3);
  });

  it('keeps only the lines that mattered, not the whole body', async () => {
    const [message] = (await listInbox(deps, { limit: 10, offset: 0 })).items.filter(
      (m) => m.kind === 'rejection',
    );
    expect(message?.body).toBeNull();
    expect(message?.evidence.join(' ')).toContain('move forward with other candidates');
    expect(message?.evidence.join(' ')).not.toContain('Hi Lee');
  });

  it('accepting a rejection records it on the mail date as automated, and undo takes it all back', async () => {
    const id = (await listInbox(deps, { limit: 10, offset: 0 })).items.find(
      (m) => m.kind === 'rejection',
    )?.id as string;
    const eventsBefore = await listStageEvents(deps.db, deps.workspaceId, acme);
    const applied = await applyInboxMessage(deps, { id });
    expect(applied.status).toBe('applied');
    const rejection = await findRejectionOfApplication(deps.db, deps.workspaceId, acme);
    expect(rejection).toMatchObject({
      rejectedOn: '2026-11-23',
      channel: 'automated',
      humanContact: false,
    });
    expect((await findApplication(deps.db, deps.workspaceId, acme))?.stage).toBe('rejected');
    await expect(applyInboxMessage(deps, { id })).rejects.toThrow(/already applied/);

    const undone = await undoInboxMessage(deps, { id });
    expect(undone.status).toBe('review');
    expect(await findRejectionOfApplication(deps.db, deps.workspaceId, acme)).toBeUndefined();
    expect((await findApplication(deps.db, deps.workspaceId, acme))?.stage).toBe('interview');
    expect(await listStageEvents(deps.db, deps.workspaceId, acme)).toEqual(eventsBefore);
  });

  it('an invitation moves the stage and adds an interview; an acknowledgement creates the application', async () => {
    const items = (await listInbox(deps, { limit: 10, offset: 0 })).items;
    await applyInboxMessage(deps, { id: items.find((m) => m.kind === 'interview')?.id as string });
    expect((await findApplication(deps.db, deps.workspaceId, globex))?.stage).toBe('interview');
    expect(await listApplicationInterviews(deps, { applicationId: globex })).toHaveLength(1);

    const ack = items.find((m) => m.kind === 'received')?.id as string;
    const created = await applyInboxMessage(deps, { id: ack });
    const app = await findApplication(
      deps.db,
      deps.workspaceId,
      created.change?.applicationId as string,
    );
    expect(app).toMatchObject({ company: 'Initech', role: 'Product Designer', stage: 'applied' });
    await undoInboxMessage(deps, { id: ack });
    expect(await findApplication(deps.db, deps.workspaceId, app?.id as string)).toBeUndefined();
  });

  it('a corrected proposal applies as changed; dismissing changes nothing and undo brings it back', async () => {
    const other = raw(
      'oth1',
      'Pat Lee <pat@gmail.com>',
      'hello',
      'Are you free for lunch on Sunday?',
    );
    const [read] = await ingestMail(deps, { mails: await mails(other) });
    expect(read).toMatchObject({ kind: 'other', action: 'none', status: 'none' });
    const id = read?.inboxId as string;
    await expect(applyInboxMessage(deps, { id })).rejects.toThrow(/company/);
    const applied = await applyInboxMessage(deps, {
      id,
      decision: { kind: 'rejection', applicationId: globex },
    });
    expect(applied.proposal.action).toBe('record_rejection');
    expect((await findApplication(deps.db, deps.workspaceId, globex))?.stage).toBe('rejected');
    await undoInboxMessage(deps, { id });
    expect((await findApplication(deps.db, deps.workspaceId, globex))?.stage).toBe('interview');
    const dismissed = await dismissInboxMessage(deps, { id });
    expect(dismissed.status).toBe('dismissed');
    // The correction stays with the message: back in review, as corrected.
    expect((await undoInboxMessage(deps, { id })).status).toBe('review');
  });

  it('with auto-apply on, a confident match applies by itself; a dry run writes nothing', async () => {
    await updateInboxSettings(deps, { autoApply: true });
    const hooli = (
      await createApplication(deps, {
        company: 'Hooli',
        role: 'Data Engineer',
        stage: 'applied',
      } as never)
    ).id;
    const no = raw(
      'rej2',
      'Hooli Recruiting <no-reply@us.greenhouse-mail.io>',
      'Your application to Hooli',
      'Hi Lee,\r\nThank you for applying for the Data Engineer position at Hooli.\r\nWe regret to inform you that we have decided to move forward with other candidates.\r\nHooli Recruiting',
    );
    const dry = await ingestMail(deps, { mails: await mails(no), dryRun: true });
    expect(dry[0]).toMatchObject({ kind: 'rejection', status: 'review', inboxId: null });
    expect((await findApplication(deps.db, deps.workspaceId, hooli))?.stage).toBe('applied');
    const [result] = await ingestMail(deps, { mails: await mails(no) });
    expect(result).toMatchObject({ kind: 'rejection', status: 'applied', applicationId: hooli });
    expect((await findApplication(deps.db, deps.workspaceId, hooli))?.stage).toBe('rejected');
    await updateInboxSettings(deps, { autoApply: false });
  });
});
