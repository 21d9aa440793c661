import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app';
import { linkedInCsv } from '../test/fixtures/linkedin';
import { reviewPage } from './support/screenshots';

describe('settings', () => {
  const app = useApp();

  it('exports everything as one JSON file', async () => {
    const { server, browser } = app();
    await server.api('POST', '/applications', { company: 'Acme', role: 'Data Analyst' });
    const { page } = browser;
    await page.goto('/settings');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export everything (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rebound-\d{4}-\d{2}-\d{2}\.json$/);
    const document = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as {
      applications: { company: string }[];
    };
    expect(document.applications.map((a) => a.company)).toEqual(['Acme']);
    expect(document).not.toHaveProperty('letters');

    // Private letters come along only when asked for.
    await server.api('POST', '/letters', { body: 'Only for me' });
    await page.getByLabel('Include the letters you won’t send').check();
    const [withLetters] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export everything (JSON)' }).click(),
    ]);
    const full = JSON.parse(fs.readFileSync(await withLetters.path(), 'utf8')) as {
      letters: { body: string }[];
    };
    expect(full.letters.map((l) => l.body)).toEqual(['Only for me']);
  });

  it('imports an export, all or nothing, and says what came in or why not', async () => {
    const { server, browser } = app();
    const { page } = browser;
    const exported = await server.api<{ applications: unknown[] }>('GET', '/export');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-e2e-import-'));
    const good = path.join(dir, 'export.json');
    const bad = path.join(dir, 'broken.json');
    fs.writeFileSync(good, JSON.stringify(exported));
    fs.writeFileSync(bad, '{ not json');

    await page.goto('/settings');
    const chooser = page.locator('input[type="file"][accept*="json"]');
    await chooser.setInputFiles(bad);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('broken.json is not a Rebound export');

    // Into a workspace that has data, the default mode refuses and says so.
    await chooser.setInputFiles(good);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Nothing was imported');

    const report = page.getByRole('status').filter({ hasText: 'Imported' });
    await page.getByLabel('How to import').selectOption('merge');
    await chooser.setInputFiles(good);
    await expect
      .poll(() => report.textContent())
      .toContain('Already here, left as they were: 1 application');

    await page.getByLabel('How to import').selectOption('replace');
    await chooser.setInputFiles(good);
    await expect.poll(() => report.textContent()).toContain('Added 1 application');
    const list = await server.api<{ items: unknown[] }>('GET', '/applications');
    expect(list.items).toHaveLength(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports people from LinkedIn’s Connections.csv, naming a bad line', async () => {
    const { server, browser } = app();
    const { page } = browser;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-e2e-linkedin-'));
    const good = path.join(dir, 'Connections.csv');
    const row = (first: string, last: string, email: string) => ({
      first,
      last,
      url: `https://www.linkedin.com/in/${first.toLowerCase()}-${last.toLowerCase()}`,
      email,
      company: 'Borealis',
      position: 'Recruiter',
      connectedOn: '12 Oct 2026',
    });
    fs.writeFileSync(
      good,
      linkedInCsv([row('Zoë', 'Ångström', 'zoe@borealis.example'), row('Kwame', 'Mensah', '')]),
    );
    await page.goto('/settings');
    const chooser = page.locator('input[type="file"][accept*=".vcf"]');
    await chooser.setInputFiles(good);
    const report = page.getByRole('status').filter({ hasText: 'People imported' });
    await expect.poll(() => report.textContent()).toContain('2 added');
    const people = await server.api<{ items: { name: string }[] }>(
      'GET',
      '/contacts?search=Mensah',
    );
    expect(people.items.map((c) => c.name)).toEqual(['Kwame Mensah']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('has no serious accessibility problems and is captured for review', async () => {
    const { page } = app().browser;
    await page.goto('/settings');
    expect(await reviewPage(page, 'settings')).toEqual([]);
    expect(app().pageErrors).toEqual([]);
  });
});
