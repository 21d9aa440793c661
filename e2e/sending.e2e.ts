import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from '../test/smtp-server';
import { useApp } from './support/app';
import { reviewPage } from './support/screenshots';

interface Message {
  id: string;
  status: string;
  body: string;
  scheduled: { at: string } | null;
}
interface Plan {
  steps: { id: string; kind: string; status: string }[];
}
interface Contact {
  contact: { lastInteractionAt: string | null };
  interactions: unknown[];
}

/**
 * The moment of sending: the composer asks before a message with problems leaves ("Send
 * anyway?"), a message marked sent by mistake can be marked not sent, and one written while upset
 * can be set to go tomorrow at the reminder time through the mail account, and called off.
 */
describe('the moment of sending', () => {
  const app = useApp();
  let smtp: TestSmtpServer;
  let applicationId = '';
  let helenId = '';
  let messageId = '';

  beforeAll(async () => {
    smtp = await startSmtpServer({ user: 'ana@example.com', password: 'app-password-1' });
  });
  afterAll(() => smtp.close());

  const editor = () => app().browser.page.locator('[data-coach-editor] .cm-content');
  const thankYouStep = async () =>
    (await app().server.api<Plan>('GET', `/applications/${applicationId}/plan`)).steps.find(
      (s) => s.kind === 'thank_you',
    );

  it('asks once for the name drafts are signed with, and signs the draft on screen', async () => {
    const { server, browser } = app();
    await server.api('PATCH', '/settings', { timeZone: 'Europe/London', reminderTime: '09:00' });
    await server.api('PUT', '/mail/settings', {
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: 'ana@example.com',
      password: 'app-password-1',
      from: 'Ana Díaz <ana@example.com>',
    });
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
    helenId = helen.id;
    await server.api('POST', `/applications/${application.id}/interviews`, {
      scheduledAt: '2026-11-01T15:00:00Z',
      contactIds: [helen.id],
      topics: ['the churn dashboard'],
    });
    await server.api('POST', `/applications/${application.id}/rejection`, {
      channel: 'email',
      stage: 'interview',
      contactId: helen.id,
      feeling: 'upset',
    });
    const { page } = browser;
    await page.goto('/');
    const item = page.locator('[data-agenda-item][data-kind="thank_you"]');
    await item.getByRole('button', { name: 'Write' }).click();
    await expect.poll(() => editor().textContent()).toContain('Helen');
    messageId = new URL(page.url()).pathname.split('/').pop() ?? '';

    const prompt = page.locator('[data-name-prompt]');
    await prompt.getByLabel('How do you sign your messages?').fill('Ana Díaz');
    await prompt.getByRole('button', { name: 'Save my name' }).click();
    await expect.poll(() => prompt.count()).toBe(0);
    await expect.poll(() => editor().textContent()).toMatch(/,Ana Díaz$/);
    const settings = await server.api<{ userName: string }>('GET', '/settings');
    expect(settings.userName).toBe('Ana Díaz');
  });

  it('names what is wrong before marking as sent, and goes ahead only when told', async () => {
    const { page } = app().browser;
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send anyway?' });
    await expect
      .poll(() => dialog.locator('[data-send-problems]').textContent())
      .toContain('The room for your own words');
    expect(JSON.stringify(await reviewPage(page, 'composer-send-anyway'))).toBe('[]');
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await app().server.api<Message>('GET', `/messages/${messageId}`)).status).toBe('draft');

    // An argued decision, in the user's own words: the coach says fix it, and the room is gone.
    await editor().click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(
      'Hi Helen,\n\nThank you for the talk about the churn dashboard. Frankly this decision is ridiculous.\n\nAna Díaz',
    );
    const toneError = page.locator('[data-finding^="tone/"] [data-severity="error"]');
    await expect.poll(() => toneError.count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    const problems = dialog.locator('[data-send-problems]');
    await expect.poll(() => problems.textContent()).toContain('Tone: “');
    expect(await problems.textContent()).not.toContain('room for your own words');
    await dialog.getByRole('button', { name: 'Mark as sent anyway' }).click();
    const notice = page.locator('[data-sent-notice]');
    await expect.poll(() => notice.textContent()).toContain('Recorded as sent');
    expect(await notice.textContent()).toContain('The step it was for is done');
    expect((await thankYouStep())?.status).toBe('done');
  });

  it('marks a message sent by mistake as not sent: the step reopens and the touch goes', async () => {
    const { page } = app().browser;
    const before = await app().server.api<Contact>('GET', `/contacts/${helenId}`);
    expect(before.interactions).toHaveLength(1);
    await page.getByRole('button', { name: 'Not sent after all? Mark as not sent' }).click();
    await expect.poll(() => page.locator('[data-sent-notice]').count()).toBe(0);
    await expect
      .poll(() => page.locator('[data-marked-not-sent]').textContent())
      .toContain('its step is open again');
    const stored = await app().server.api<Message>('GET', `/messages/${messageId}`);
    expect(stored.status).toBe('draft');
    expect((await thankYouStep())?.status).toBe('open');
    const after = await app().server.api<Contact>('GET', `/contacts/${helenId}`);
    expect(after.interactions).toEqual([]);
    expect(after.contact.lastInteractionAt).toBeNull();
    // The text can be worked on again.
    expect(await editor().getAttribute('contenteditable')).toBe('true');
  });

  it('offers to send tomorrow at the reminder time, and the send can be called off', async () => {
    const { page } = app().browser;
    const later = page.getByRole('button', { name: 'Send tomorrow at 09:00' });
    await later.first().click();
    const scheduled = page.locator('[data-scheduled-notice]');
    await expect.poll(() => scheduled.textContent()).toContain('to helen.cho@acme.example');
    const stored = await app().server.api<Message>('GET', `/messages/${messageId}`);
    const at = new Date(stored.scheduled?.at ?? '');
    // 09:00 in London on the next day: after now, within a day and a bit.
    expect(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/London',
        hour: '2-digit',
        minute: '2-digit',
      }).format(at),
    ).toBe('09:00');
    expect(at.getTime()).toBeGreaterThan(Date.now());
    expect(at.getTime() - Date.now()).toBeLessThan(34 * 3_600_000);
    expect(await reviewPage(page, 'composer-scheduled')).toEqual([]);

    await scheduled.getByRole('button', { name: 'Cancel scheduled send' }).click();
    await expect.poll(() => scheduled.count()).toBe(0);
    expect((await app().server.api<Message>('GET', `/messages/${messageId}`)).scheduled).toBeNull();
    expect(smtp.received).toHaveLength(0);
  });

  it('asks before an email with problems goes, and offers tomorrow there too', async () => {
    const { page } = app().browser;
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Send anyway?' });
    await expect
      .poll(() => dialog.locator('[data-send-summary]').textContent())
      .toContain('helen.cho@acme.example');
    expect(await dialog.locator('[data-send-problems]').textContent()).toContain('Tone: “');
    await dialog.getByRole('button', { name: 'Send tomorrow at 09:00' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('[data-scheduled-notice]').count()).toBe(1);
    await page.getByRole('button', { name: 'Cancel scheduled send' }).click();
    await expect.poll(() => page.locator('[data-scheduled-notice]').count()).toBe(0);
    expect(smtp.received).toHaveLength(0);
    expect(app().pageErrors).toEqual([]);
  });

  it('keeps a tone finding’s words visible inside a finding about the whole message', async () => {
    const { page } = app().browser;
    await editor().click();
    await page.keyboard.press('Control+a');
    // Nothing of the conversation: the whole message gets a finding, the jab one of its own.
    await page.keyboard.insertText(
      'Hi Helen,\n\nThanks for letting me know. Frankly this decision is ridiculous.\n\nAna Díaz',
    );
    const tone = page.locator('.cm-lintRange.coach-tone');
    const broad = page.locator('.cm-lintRange.coach-broad');
    await expect.poll(() => tone.count()).toBeGreaterThan(0);
    await expect.poll(() => broad.count()).toBeGreaterThan(0);
    const background = (locator: typeof tone) =>
      locator.first().evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background(broad)).toBe('rgba(0, 0, 0, 0)');
    expect(await background(tone)).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('aligns a right-to-left line to the right and an English one to the left', async () => {
    const { page } = app().browser;
    await editor().click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText('Hi Helen,\n\nشكرا جزيلا على وقتك.\n\nAna Díaz');
    const lines = page.locator('[data-coach-editor] .cm-line');
    await expect.poll(() => lines.count()).toBe(5);
    const direction = (index: number) =>
      lines.nth(index).evaluate((element) => getComputedStyle(element).direction);
    await expect.poll(() => lines.nth(2).getAttribute('dir')).toBe('auto');
    await expect.poll(() => direction(2)).toBe('rtl');
    expect(await direction(0)).toBe('ltr');
    expect(await page.getByLabel('Subject').getAttribute('dir')).toBe('auto');
    expect(app().pageErrors).toEqual([]);
  });
});
