import { describe, expect, it } from 'vitest';
import { useApp } from './support/app';
import { seriousViolations } from './support/axe';
import { DESKTOP, PHONE } from './support/browser';
import { reviewPage } from './support/screenshots';

interface Page<T> {
  items: T[];
}

describe('sample data, practice and the phone', () => {
  const app = useApp();

  it('marks the sample as sample wherever it shows', async () => {
    const { page } = app().browser;
    await page.goto('/');
    await page.getByRole('button', { name: 'Load sample data' }).click();
    const banner = page.getByRole('region', { name: 'Sample data' });
    await expect
      .poll(() => banner.textContent())
      .toContain('20 invented applications and 100 invented people');

    await page.goto('/pipeline');
    const cards = page.locator('[data-application-id]');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    expect(await cards.first().getByRole('img', { name: 'Sample' }).count()).toBe(1);
    await page.goto('/contacts');
    await expect
      .poll(() => page.locator('[data-contact]').first().textContent())
      .toMatch(/^.*Sample · /);
    const apps = await app().server.api<Page<{ id: string }>>('GET', '/applications?limit=1');
    await page.goto(`/applications/${apps.items[0]?.id}`);
    await expect.poll(() => page.locator('[data-sample-badge]').textContent()).toBe('Sample');
    expect(await reviewPage(page, 'sample-application')).toEqual([]);
  });

  it('confirms a practice rating where it can be seen and heard, in words that agree', async () => {
    const { page } = app().browser;
    await page.goto('/practice');
    const question = (await page.locator('[data-card-question]').textContent()) ?? '';
    expect(question).not.toBe('');
    await page.locator('body').press('Space');
    await expect.poll(() => page.locator('[data-card-answer]').isVisible()).toBe(true);
    await page.keyboard.press('3');
    const status = page.getByRole('status').filter({ hasText: 'Recorded' });
    await expect
      .poll(() => status.textContent())
      .toMatch(
        new RegExp(
          `^Recorded “Good” for “${question.replace(/[.?]/g, '\\$&')}”\\. It comes back in .+\\.$`,
        ),
      );
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const deck = page.locator('[data-deck]');
    await expect.poll(() => deck.textContent()).toContain('Practised 1 time');
    expect(await page.locator('main').textContent()).not.toMatch(/\b1 times\b/);
    expect(await reviewPage(page, 'practice-rated')).toEqual([]);
  });

  it('fits the deck on a phone and leaves the keyboard-shortcut button off its header', async () => {
    const { page } = app().browser;
    await page.setViewportSize(PHONE);
    await page.goto('/practice');
    const deck = page.locator('[data-deck]');
    await expect.poll(() => deck.count()).toBe(1);
    const box = await deck.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(PHONE.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    expect(await page.getByRole('button', { name: 'Keyboard shortcuts' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Add application' }).isVisible()).toBe(true);
    await page.setViewportSize(DESKTOP);
    expect(await page.getByRole('button', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
  });

  it('names the close button of every dialog', async () => {
    const { page } = app().browser;
    const contacts = await app().server.api<Page<{ id: string }>>('GET', '/contacts?limit=1');
    const apps = await app().server.api<Page<{ id: string }>>('GET', '/applications?limit=1');
    const dialogs: [string, () => Promise<void>, string][] = [
      ['/', () => page.locator('body').press('n'), 'Add an application'],
      ['/', () => page.locator('body').press('Shift+?'), 'Keyboard shortcuts'],
      [
        `/applications/${apps.items[0]?.id}`,
        () => page.getByRole('button', { name: 'Log interview' }).click(),
        'Log an interview',
      ],
      [
        `/contacts/${contacts.items[0]?.id}`,
        () => page.getByRole('button', { name: 'Edit' }).click(),
        'Edit',
      ],
      ['/contacts', () => page.getByRole('button', { name: 'Add person' }).click(), 'Add a person'],
    ];
    for (const [path, open, title] of dialogs) {
      await page.goto(path);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
      await open();
      const dialog = page.getByRole('dialog', { name: new RegExp(`^${title}`) });
      await expect.poll(() => dialog.getByRole('button', { name: 'Close' }).count()).toBe(1);
      expect(await seriousViolations(page, '[role="dialog"]'), title).toEqual([]);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
    }
  });

  it('removes the sample in one step, and keeps your own records', async () => {
    const { server, browser } = app();
    const { page } = browser;
    const own = await server.api<{ id: string }>('POST', '/applications', {
      company: 'My Own Co',
      role: 'Analyst',
    });
    await page.goto('/');
    const banner = page.getByRole('region', { name: 'Sample data' });
    await banner.getByRole('button', { name: 'Remove sample data' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove the sample data?' });
    await confirm.getByRole('button', { name: 'Remove sample data' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    const left = await server.api<Page<{ id: string; sample: boolean }>>(
      'GET',
      '/applications?limit=100',
    );
    expect(left.items.map((a) => a.id)).toEqual([own.id]);
    expect(await server.api('GET', '/demo')).toEqual({ applications: 0, contacts: 0 });
    expect(app().pageErrors).toEqual([]);
  });
});
