import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from '../test/smtp-server';
import { useApp } from './support/app';
import { SCREENSHOT_DIR, reviewPage } from './support/screenshots';

interface Message {
  id: string;
  status: string;
}

/**
 * Sending from the browser through the user's own account, against a real SMTP server on this
 * machine: set the account up and test it in Settings, send from the composer after confirming,
 * read the mail the server received, and see a refused send leave the draft as it was.
 */
describe('sending email from Rebound', () => {
  const app = useApp();
  let smtp: TestSmtpServer;
  let applicationId = '';

  beforeAll(async () => {
    smtp = await startSmtpServer({ user: 'ana@example.com', password: 'app-password-1' });
  });
  afterAll(() => smtp.close());

  it('offers a quiet way to the mail settings while no account is set up', async () => {
    const { server, browser } = app();
    const application = await server.api<{ id: string }>('POST', '/applications', {
      company: 'Acme Analytics',
      role: 'Data Analyst',
    });
    applicationId = application.id;
    const helen = await server.api<{ id: string }>('POST', '/contacts', {
      name: 'Helen Cho',
      company: 'Acme Analytics',
      relationship: 'hiring_manager',
      email: 'helen.cho@acme.example',
      applicationIds: [application.id],
    });
    await server.api('POST', `/applications/${application.id}/rejection`, {
      channel: 'email',
      stage: 'interview',
      contactId: helen.id,
      feeling: 'disappointed',
    });
    const { page } = browser;
    await page.goto('/');
    const item = page.locator('[data-agenda-item][data-kind="feedback_request"]');
    await item.getByRole('button', { name: 'Write' }).click();
    const setUp = page.getByRole('link', { name: 'Set up your mail account in Settings' });
    await expect.poll(() => setUp.count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Send', exact: true }).count()).toBe(0);
    await setUp.click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#mail');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Mail', level: 2 }).isVisible())
      .toBe(true);
  });

  it('sets up the account in Settings; a wrong password is explained, the right one connects', async () => {
    const { page } = app().browser;
    const mail = page.getByRole('region', { name: 'Mail' });
    await mail.getByLabel('Server').fill('127.0.0.1');
    await mail.getByLabel('Port', { exact: true }).fill(String(smtp.port));
    await mail.getByRole('radio', { name: /STARTTLS/ }).check();
    await mail.getByLabel('User name').fill('ana@example.com');
    await mail.getByLabel('Password', { exact: true }).fill('not-the-password');
    await mail.getByLabel('Your name').fill('Ana Díaz');
    await mail.getByLabel('Sender address').fill('ana@example.com');

    await mail.getByRole('button', { name: 'Test connection' }).click();
    const failed = mail.locator('[data-mail-test="failed"]');
    await expect
      .poll(() => failed.textContent())
      .toContain('did not accept the user name or password');
    await expect
      .poll(() => mail.getByLabel('Password', { exact: true }).getAttribute('aria-invalid'))
      .toBe('true');

    await mail.getByLabel('Password', { exact: true }).fill('app-password-1');
    await mail.getByRole('button', { name: 'Test connection' }).click();
    const ok = mail.locator('[data-mail-test="ok"]');
    await expect
      .poll(() => ok.textContent())
      .toContain(`Connected to 127.0.0.1:${smtp.port} and signed in as ana@example.com`);

    // The password is write-only: after a reload the form says one is saved, and shows none.
    await page.reload();
    const password = mail.getByLabel('Password', { exact: true });
    await expect.poll(() => password.inputValue()).toBe('');
    expect(await mail.textContent()).toContain('A password is saved and never shown');
    expect(await mail.getByLabel('Sender address').inputValue()).toBe('ana@example.com');
    expect(await mail.getByLabel('Your name').inputValue()).toBe('Ana Díaz');
    const settings = await app().server.api<{ passwordSet: boolean; from: string }>(
      'GET',
      '/mail/settings',
    );
    expect(settings).toMatchObject({ passwordSet: true, from: 'Ana Díaz <ana@example.com>' });

    await mail.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => ok.count()).toBe(1);
    // The form and its result in the middle of the screen, clear of the sticky header.
    await ok.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    expect(await reviewPage(page, 'settings-mail')).toEqual([]);
  });

  it('asks for the password again before the saved one could go to another server', async () => {
    const other = await startSmtpServer({ user: 'ana@example.com', password: 'other-password' });
    try {
      const { page } = app().browser;
      const mail = page.getByRole('region', { name: 'Mail' });
      const port = mail.getByLabel('Port', { exact: true });
      const password = mail.getByLabel('Password', { exact: true });
      await port.fill(String(other.port));
      expect(await mail.textContent()).toContain('enter the password for this account');
      await mail.getByRole('button', { name: 'Test connection' }).click();
      await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
      expect(await mail.textContent()).toContain('Enter the password again');
      await mail.getByRole('button', { name: 'Save mail settings' }).click();
      expect(await password.getAttribute('aria-invalid')).toBe('true');
      const settings = await app().server.api<{ port: number }>('GET', '/mail/settings');
      expect(settings.port).toBe(smtp.port);
      expect(other.logins).toEqual([]);
      // Back on the saved account, the saved password is fine again.
      await port.fill(String(smtp.port));
      await mail.getByRole('button', { name: 'Test connection' }).click();
      await expect.poll(() => mail.locator('[data-mail-test="ok"]').count()).toBe(1);
      expect(other.logins).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('sends the feedback request after confirming, and the step moves on', async () => {
    const { page } = app().browser;
    await page.goto('/');
    const item = page.locator('[data-agenda-item][data-kind="feedback_request"]');
    await item.getByRole('button', { name: 'Write' }).click();
    const editor = page.locator('[data-coach-editor] .cm-content');
    await expect.poll(() => editor.textContent()).toContain('Helen');
    const body =
      'Hi Helen, thank you for the time you spent with me on the churn dashboard. ' +
      'I respect the decision. If you have a moment, I would value one thing I could do ' +
      'better next time. Grüße, Zoë Ångström';
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(body);
    // The coach has read the new text: nothing is left that must be fixed before sending.
    await expect
      .poll(() => page.locator('[data-findings] [data-severity="error"]').count())
      .toBe(0);
    const subject = await page.getByLabel('Subject').inputValue();
    expect(subject.length).toBeGreaterThan(3);

    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Send this email now?' });
    const summary = confirm.locator('[data-send-summary]');
    await expect.poll(() => summary.textContent()).toContain('helen.cho@acme.example');
    expect(await summary.textContent()).toContain(subject);
    expect(await confirm.locator('[data-coach-errors]').count()).toBe(0);
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, 'composer-send-confirm-light-desktop.png'),
    });
    await confirm.getByRole('button', { name: 'Send now' }).click();

    const notice = page.locator('[data-sent-notice]');
    await expect.poll(() => notice.textContent()).toContain('Emailed to helen.cho@acme.example');
    expect(await notice.textContent()).toContain('logged with Helen Cho');
    expect(await notice.textContent()).toContain('The step it was for is done');

    expect(smtp.received).toHaveLength(1);
    const [received] = smtp.received;
    expect(received?.to).toEqual(['helen.cho@acme.example']);
    expect(received?.mail.subject).toBe(subject);
    expect(received?.mail.from?.value).toEqual([{ name: 'Ana Díaz', address: 'ana@example.com' }]);
    expect(received?.mail.text?.trim()).toBe(body);

    await page.getByRole('link', { name: 'Back to Today' }).click();
    await expect
      .poll(() => page.locator('[data-agenda-item][data-kind="thank_you"]').count())
      .toBe(1);
    await expect
      .poll(() => page.locator('[data-agenda-item][data-kind="feedback_request"]').count())
      .toBe(0);
    const plan = await app().server.api<{ steps: { kind: string; status: string }[] }>(
      'GET',
      `/applications/${applicationId}/plan`,
    );
    expect(plan.steps.find((s) => s.kind === 'feedback_request')?.status).toBe('done');
  });

  it('says in words why a refused email was not sent, and keeps the draft', async () => {
    const { server, browser } = app();
    const draft = await server.api<Message>('POST', '/messages', {
      kind: 'thank_you',
      applicationId,
      recipient: 'helen@refused.example',
      subject: 'Thank you',
      body: 'Hi Helen, thank you for your time and for showing me the team’s dashboards. Best, Ana',
    });
    const { page } = browser;
    await page.goto(`/messages/${draft.id}`);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Send this email now?' });
    await confirm.getByRole('button', { name: 'Send now' }).click();
    const failure = page.locator('[data-send-failure]');
    await expect
      .poll(() => failure.textContent())
      .toContain('refused the recipient helen@refused.example');
    expect(await failure.textContent()).toContain('still a draft');
    expect(await page.locator('[data-sent-notice]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Send', exact: true }).isEnabled()).toBe(true);
    const stored = await server.api<Message>('GET', `/messages/${draft.id}`);
    expect(stored.status).toBe('draft');
    expect(smtp.received).toHaveLength(1);
    await failure.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    expect(await reviewPage(page, 'composer-send-failed')).toEqual([]);
    expect(app().pageErrors).toEqual([]);
  });
});
