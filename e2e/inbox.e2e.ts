import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startImapServer, type TestImapServer } from '../test/imap-server';
import { useApp } from './support/app';
import { reviewPage } from './support/screenshots';

const REJECTION =
  'From: Acme Recruiting <no-reply@us.greenhouse-mail.io>\r\nTo: ana@example.com\r\nSubject: Your application to Acme\r\nMessage-ID: <e2e-1@greenhouse.example>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nHi Ana,\r\nThank you for applying for the Data Analyst position at Acme.\r\nUnfortunately we have decided to move forward with other candidates.\r\nAcme Recruiting\r\n';

/**
 * The inbox in the browser against a real IMAP server (dovecot on loopback): connect the account,
 * sync, see the rejection beside its proposal, accept it, and undo it.
 */
describe('the inbox page', () => {
  const app = useApp();
  let imap: TestImapServer;
  beforeAll(async () => {
    imap = await startImapServer();
    await imap.deliver('INBOX', [REJECTION]);
  });
  afterAll(() => imap.stop());

  it('connects IMAP, syncs, and shows the rejection beside its proposal', async () => {
    const { server, browser } = app();
    const application = await server.api<{ id: string }>('POST', '/applications', {
      company: 'Acme',
      role: 'Data Analyst',
    });
    const { page } = browser;
    await page.goto('/inbox');
    await page.getByLabel('IMAP server').fill('127.0.0.1');
    await page.getByLabel('Port').fill(String(imap.port));
    await page.getByLabel('IMAP user').fill(imap.user);
    await page.getByLabel('IMAP password').fill(imap.password);
    await page.getByRole('button', { name: 'Save account' }).click();
    await expect.poll(() => page.getByText('A password is saved and never shown').count()).toBe(1);
    await page.getByRole('button', { name: 'Sync now' }).click();
    const item = page.getByRole('article', { name: 'Your application to Acme' });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain('Record the rejection and start the recovery');
    expect(await item.textContent()).toContain('move forward with other candidates');
    expect(await reviewPage(page, 'inbox')).toEqual([]);

    await item.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => item.count()).toBe(0);
    const after = await server.api<{ application: { stage: string } }>(
      'GET',
      `/applications/${application.id}`,
    );
    expect(after.application.stage).toBe('rejected');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => item.count()).toBe(1);
    const undone = await server.api<{ application: { stage: string } }>(
      'GET',
      `/applications/${application.id}`,
    );
    expect(undone.application.stage).toBe('applied');
  });
});
