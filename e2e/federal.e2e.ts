import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_RESUME } from '../test/federal';
import { pdfOf } from '../test/federal-files';
import { useApp } from './support/app';
import { reviewPage, settle } from './support/screenshots';

const fixture = (name: string) =>
  fs.readFileSync(path.resolve('test/fixtures/federal', name), 'utf8');

describe('the federal page', () => {
  const app = useApp();

  it('adds a pasted announcement, checks a résumé against it and shows findings beside the text', async () => {
    const { page } = app().browser;
    await page.goto('/federal');
    await expect.poll(() => page.getByText('No federal applications yet').count()).toBe(1);

    await page.getByLabel('Add an announcement').fill(fixture('announcement.txt'));
    await page.getByRole('button', { name: 'Add announcement' }).click();
    await expect
      .poll(() => page.getByRole('link', { name: 'Contract Specialist' }).count())
      .toBe(1);
    expect(await page.getByRole('cell', { name: 'GS-1102-12' }).count()).toBe(1);

    await page.getByRole('combobox', { name: 'Announcement' }).click();
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /Contract Specialist/ })
      .click();

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-federal-e2e-'));
    const file = path.join(dir, 'resume.pdf');
    const withTraps = CLEAN_RESUME.replace(
      '05/2019 – Present | 40 hours per week',
      '2019 – Present',
    );
    fs.writeFileSync(file, await pdfOf(withTraps));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a résumé file' }).click();
    await (await chooser).setFiles(file);

    const findings = page.getByRole('list', { name: 'Findings' });
    await expect.poll(() => findings.locator('li').count()).toBeGreaterThanOrEqual(3);
    const text = await findings.textContent();
    expect(text).toContain('month-year-dates');
    expect(text).toContain('hours-per-week');
    expect(text).toContain('specialized-experience');
    const resume = page.getByRole('list', { name: 'Résumé text as read' });
    const flagged = resume.locator('li[data-severity="error"]');
    await expect.poll(() => flagged.count()).toBeGreaterThanOrEqual(1);
    expect((await flagged.allTextContents()).some((t) => t.includes('2019 – Present'))).toBe(true);

    await settle(page);
    expect(await reviewPage(page, 'federal')).toEqual([]);

    // The application page shows the announcement; "Not referred" starts the federal recovery.
    await page.getByRole('link', { name: 'Contract Specialist' }).click();
    await page
      .getByRole('textbox', { name: 'USAJOBS status' })
      .or(page.getByRole('combobox', { name: 'USAJOBS status' }))
      .first()
      .click();
    await page.getByRole('listbox').getByRole('option', { name: 'Not referred' }).click();
    await expect
      .poll(() => page.getByText(/Watch for announcements like/).count())
      .toBeGreaterThan(0);
    expect(await page.getByText('mara.quist@fema.example.gov').count()).toBeGreaterThan(0);
    await settle(page);
    expect(await reviewPage(page, 'federal-application')).toEqual([]);
    expect(app().pageErrors).toEqual([]);
  });

  it('builds a résumé from the saved experience and downloads it', async () => {
    const { server, browser } = app();
    const { page } = browser;
    await page.goto('/federal');
    await expect.poll(() => page.getByText(/Save your experience once/).count()).toBe(1);
    await server.api('PUT', '/federal/profile', JSON.parse(fixture('profile.json')));
    await page.reload();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Dana-Whitlock-federal-resume.pdf');
    const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-federal-dl-')), 'r.pdf');
    await file.saveAs(saved);
    expect(fs.readFileSync(saved).subarray(0, 4).toString()).toBe('%PDF');
    expect(app().pageErrors).toEqual([]);
  });
});
