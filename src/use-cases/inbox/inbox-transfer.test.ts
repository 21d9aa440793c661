import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/databases';
import { parseMail } from '../../core/inbox/mail';
import { createApplication } from '../applications';
import type { UseCaseDeps } from '../deps';
import { exportWorkspace, importWorkspace } from '../transfer';
import { ingestMail } from './ingest-mail';
import { applyInboxMessage, listInbox } from './review';

const REJECTION = [
  'From: Acme Recruiting <no-reply@us.greenhouse-mail.io>',
  'Subject: Your application to Acme',
  'Message-ID: <rej-transfer@mail.example>',
  'Date: Mon, 23 Nov 2026 10:00:00 +0000',
  '',
  'Hi Lee,',
  'Thank you for applying for the Data Analyst position at Acme.',
  'Unfortunately we have decided to move forward with other candidates.',
  'Acme Recruiting',
].join('\r\n');

/**
 * The workspace document carries what the inbox applied (the rejection, the stage), not the
 * inbox itself; an import that replaces the workspace empties the inbox with the rest, and
 * reading the same mail again then finds nothing left to do.
 */
describeEachDialect('the inbox across export and import', (database) => {
  let deps: UseCaseDeps;
  const scan = async () =>
    ingestMail(deps, { mails: [{ source: 'test#1', mail: await parseMail(REJECTION) }] });
  const inbox = async () => (await listInbox(deps, { status: 'all', limit: 50, offset: 0 })).items;

  beforeAll(async () => {
    deps = await database().deps();
    database().clock.set('2026-11-25T09:00:00.000Z');
    await createApplication(deps, {
      company: 'Acme',
      role: 'Data Analyst',
      stage: 'interview',
    } as never);
    const [read] = await scan();
    await applyInboxMessage(deps, { id: read?.inboxId ?? '' });
  });

  it('exports what the inbox applied, not the inbox', async () => {
    const document = await exportWorkspace(deps);
    expect(Object.keys(document).some((key) => /inbox/i.test(key))).toBe(false);
    expect(document.rejections).toHaveLength(1);
    expect(document.applications[0]?.stage).toBe('rejected');
  });

  it('keeps the inbox through a merge and empties it when an import replaces the workspace', async () => {
    const document = await exportWorkspace(deps);
    await importWorkspace(deps, { document, mode: 'merge' });
    expect((await inbox()).map((m) => m.status)).toEqual(['applied']);

    await importWorkspace(deps, { document, mode: 'replace' });
    expect(await inbox()).toEqual([]);
    const [again] = await scan();
    expect(again?.kind).toBe('rejection');
    expect(again?.action).toBe('none');
    expect(again?.status).toBe('none');
  });
});
