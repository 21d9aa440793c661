import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkedInCsv } from '../test/fixtures/linkedin';
import { useApp } from './support/app';

describe('importing people from files in other encodings', () => {
  const app = useApp();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-e2e-encodings-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a Latin-1 Connections.csv, as Excel on Windows saves it, with its accents', async () => {
    const { server, browser } = app();
    const { page } = browser;
    const file = path.join(dir, 'Connections.csv');
    const person = {
      first: 'José',
      last: 'Núñez',
      url: 'https://www.linkedin.com/in/jose-nunez',
      email: '',
      company: 'Señor Café',
      position: 'Jefe de Producción',
      connectedOn: '12 Oct 2026',
    };
    fs.writeFileSync(file, Buffer.from(linkedInCsv([person], { bom: false }), 'latin1'));
    await page.goto('/settings');
    await page.locator('input[type="file"][accept*=".vcf"]').setInputFiles(file);
    const report = page.getByRole('status').filter({ hasText: 'People imported' });
    await expect.poll(() => report.textContent()).toContain('1 added');
    const people = await server.api<{ items: { name: string; company: string }[] }>(
      'GET',
      '/contacts?search=Jos%C3%A9',
    );
    expect(people.items).toEqual([
      expect.objectContaining({ name: 'José Núñez', company: 'Señor Café' }),
    ]);
    expect(app().pageErrors).toEqual([]);
  });

  it('says plainly when a file is in an encoding it cannot read', async () => {
    const { page } = app().browser;
    const file = path.join(dir, 'utf32.csv');
    fs.writeFileSync(file, Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
    await page.goto('/settings');
    await page.locator('input[type="file"][accept*=".vcf"]').setInputFiles(file);
    await expect.poll(() => page.getByText('utf32.csv: the file is in UTF-32').count()).toBe(1);
  });
});
