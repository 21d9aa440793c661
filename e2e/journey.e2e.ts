import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app';
import { SCREENSHOT_DIR, reviewPage } from './support/screenshots';

/**
 * The journey the product is for, in one browser session on a fresh workspace: an application,
 * an interview with a person, the "no", a reflection, the feedback request written with the
 * coach, sent, and Today moving on.
 */
describe('from an application to the feedback request, with the coach', () => {
  const app = useApp();
  let applicationUrl = '';

  it('adds an application from Today', async () => {
    const { page } = app().browser;
    await page.goto('/');
    await page.getByRole('button', { name: 'Add your first application' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an application' });
    await dialog.getByLabel('Company').fill('Acme Analytics');
    await dialog.getByLabel('Role').fill('Data Analyst');
    await dialog.getByLabel('Link to the posting').fill('https://acme.example/jobs/42');
    await dialog.getByRole('button', { name: 'Add application' }).click();
    await page.getByRole('link', { name: 'Open Acme Analytics — Data Analyst' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Acme Analytics');
    applicationUrl = new URL(page.url()).pathname;
  });

  it('logs an interview with the person met and what was discussed', async () => {
    const { page } = app().browser;
    await page.getByRole('button', { name: 'Log interview' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log an interview' });
    await dialog.getByLabel('Format').selectOption('onsite');
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Helen Cho');
    await dialog.getByLabel('Their role').fill('Analytics Manager');
    await dialog.getByLabel('Relationship').selectOption('hiring_manager');
    await dialog.getByLabel('Email').fill('helen.cho@acme.example');
    const topics = dialog.getByLabel('What you talked about');
    await topics.fill('the churn dashboard rebuild');
    await topics.press('Enter');
    await dialog
      .getByLabel('Questions they asked')
      .fill('How would you explain a p-value to a marketer?');
    await dialog.getByRole('button', { name: 'Save interview' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const interviews = page.getByRole('region', { name: 'Interviews' });
    await expect.poll(() => interviews.textContent()).toContain('Met Helen Cho');
    expect(await interviews.textContent()).toContain('the churn dashboard rebuild');
    await expect
      .poll(() => page.getByRole('region', { name: 'People' }).textContent())
      .toContain('Helen Cho');
  });

  it('marks it rejected and reflects, one question per screen', async () => {
    const { page } = app().browser;
    await page.getByRole('link', { name: 'They said no' }).click();
    await page.getByLabel('How did the news come?').selectOption('email');
    expect(await page.getByLabel('How far did you get?').inputValue()).toBe('interview');
    await page.getByLabel('Who told you?').selectOption({ label: 'Helen Cho' });
    await page.getByText('Disappointed', { exact: true }).click();
    await page.getByRole('button', { name: 'Record it and continue' }).click();

    await expect.poll(() => page.getByText('Question 1 of 7').count()).toBe(1);
    await page.getByText('Partly', { exact: true }).click();
    await page
      .getByLabel('Why?')
      .fill('The role was mostly reporting, less modelling than I hoped.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect.poll(() => page.getByText('Question 2 of 7').count()).toBe(1);
    const skills = page.getByLabel(/Which skills or qualifications/);
    await skills.fill('dbt');
    await skills.press('Enter');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    for (const n of [3, 4, 5]) {
      await expect.poll(() => page.getByText(`Question ${n} of 7`).count()).toBe(1);
      await page.getByRole('button', { name: 'Skip' }).click();
    }
    await expect.poll(() => page.getByText('Question 6 of 7').count()).toBe(1);
    await page.getByLabel('What went well?').fill('Good rapport with Helen.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect.poll(() => page.getByText('Question 7 of 7').count()).toBe(1);
    const wins = page.getByLabel('Any wins to keep?');
    await wins.fill('Reached the interview round');
    await wins.press('Enter');
    await page.getByRole('button', { name: 'Save and see the plan' }).click();
    await expect.poll(() => page.locator('[data-plan] [data-step]').count()).toBeGreaterThan(2);
    expect(await page.locator('[data-step="feedback_request"]').count()).toBe(1);
    const kept = await app().server.api<{ items: { text: string }[] }>('GET', '/wins');
    expect(kept.items.map((w) => w.text)).toEqual(['Reached the interview round']);
  });

  it('opens the feedback request, flags a sentence that argues with the decision, and clears when fixed', async () => {
    const { page } = app().browser;
    await page.goto('/');
    const item = page.locator('[data-agenda-item][data-kind="feedback_request"]');
    await expect.poll(() => item.count()).toBe(1);
    expect(await reviewPage(page, 'today')).toEqual([]);
    await item.getByRole('button', { name: 'Write' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Feedback request');
    const editor = page.locator('[data-coach-editor] .cm-content');
    await expect.poll(() => editor.textContent()).toContain('Helen');

    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(
      'Hi Helen, thank you for letting me know. I believe I met every requirement in the posting, ' +
        'so could you explain the criteria used to pick the other candidate? Best, Sam',
    );
    const toneFinding = page.locator('[data-findings] [data-finding^="tone/"]');
    await expect.poll(() => toneFinding.count()).toBeGreaterThan(0);
    const explanation = (await toneFinding.first().textContent()) ?? '';
    expect(explanation.length).toBeGreaterThan(40);
    await expect
      .poll(() => page.locator('.cm-lintRange-error, .cm-lintRange-warning').count())
      .toBeGreaterThan(0);
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, 'composer-finding-light-desktop.png'),
    });

    await page.keyboard.press('Control+a');
    await page.keyboard.type(
      'Hi Helen, thank you for letting me know, and for the time you spent with me on the churn ' +
        'dashboard rebuild. I respect the decision. If you have a moment, I would value one thing ' +
        'I could do better next time. Best wishes, Sam',
    );
    await expect.poll(() => toneFinding.count()).toBe(0);
  });

  it('downloads the message as an .eml, marks it sent, and Today moves on', async () => {
    const { page } = app().browser;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .eml' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('feedback-request-acme-analytics.eml');
    const eml = fs.readFileSync(await download.path(), 'utf8');
    expect(eml).toMatch(/^To: .*helen\.cho@acme\.example/m);
    expect(eml).toMatch(/Subject: .+/);
    expect(eml.replace(/=\r\n/g, '')).toContain('I respect the decision');
    expect(await reviewPage(page, 'composer')).toEqual([]);

    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await expect
      .poll(() => page.locator('[data-sent-notice]').textContent())
      .toContain('logged with Helen Cho');
    await page.getByRole('link', { name: 'Back to Today' }).click();
    // The rest of the plan is still there; only the step that was done moved on.
    await expect
      .poll(() => page.locator('[data-agenda-item][data-kind="thank_you"]').count())
      .toBe(1);
    await expect
      .poll(() => page.locator('[data-agenda-item][data-kind="feedback_request"]').count())
      .toBe(0);
  });

  it('shows the recovery on the application page, and every page passes axe', async () => {
    const { page } = app().browser;
    await page.goto(applicationUrl);
    const recovery = page.getByRole('region', { name: 'Recovery' });
    await expect.poll(() => recovery.textContent()).toContain('dbt');
    await expect
      .poll(() => recovery.locator('[data-step="feedback_request"][data-status="done"]').count())
      .toBe(1);
    expect(await recovery.textContent()).toContain('Waiting for a reply');
    expect(await reviewPage(page, 'application')).toEqual([]);
    await page.goto(`${applicationUrl}/rejection?step=reflect`);
    expect(await reviewPage(page, 'rejection-wizard')).toEqual([]);
    expect(app().pageErrors).toEqual([]);
  });
});
