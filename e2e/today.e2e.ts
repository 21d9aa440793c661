import { describe, expect, it } from 'vitest';
import { useApp } from './support/app';
import { reviewPage } from './support/screenshots';

describe('Today for someone new', () => {
  const app = useApp();

  it('explains how to start, and loads the sample search on request', async () => {
    const { page } = app().browser;
    await page.goto('/');
    const welcome = page.locator('[data-welcome]');
    await expect
      .poll(() => welcome.textContent())
      .toContain('Add the applications you are waiting on');
    expect(await reviewPage(page, 'today-empty')).toEqual([]);

    await page.getByRole('button', { name: 'Load sample data' }).click();
    await expect.poll(() => welcome.count()).toBe(0);
    const list = await app().server.api<{ items: unknown[] }>('GET', '/applications?limit=100');
    expect(list.items).toHaveLength(20);
  });

  it('opens the keyboard shortcuts with ? and moves between pages with g then a letter', async () => {
    const { page } = app().browser;
    await page.locator('body').press('Shift+?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => help.textContent()).toContain('Go to the pipeline');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
    await page.keyboard.press('g');
    await page.keyboard.press('p');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/pipeline');
    await page.keyboard.press('g');
    await page.keyboard.press('c');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/contacts');
    await page.keyboard.press('d');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.mantineColorScheme))
      .toBe('dark');
    expect(app().pageErrors).toEqual([]);
  });
});
