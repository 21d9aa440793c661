import { describe, expect, it } from 'vitest';
import { useApp } from './support/app';
import { reviewPage, settle } from './support/screenshots';

interface CardPage {
  due: number;
  total: number;
  items: { id: string; question: string; isDue: boolean; schedule: { reps: number } }[];
}

describe('insights and practice', () => {
  const app = useApp();

  it('says what a new search will show before there is anything to show', async () => {
    const { page } = app().browser;
    await page.goto('/insights');
    await expect
      .poll(() => page.locator('#lessons').textContent())
      .toContain('Lessons appear once you have sent a few applications');
    await page.goto('/practice');
    await expect.poll(() => page.getByText('Your deck is empty').count()).toBe(1);
    expect(await page.locator('[data-deck]').count()).toBe(0);
    expect(await page.locator('[data-all-done]').count()).toBe(1);
  });

  it('shows lessons, charts with their numbers as tables, themes and follow-through', async () => {
    const { server, browser } = app();
    const { page } = browser;
    await server.api('POST', '/demo', { replace: true });
    await page.goto('/insights');
    const lessons = page.locator('[data-lesson]');
    await expect.poll(() => lessons.count()).toBeGreaterThanOrEqual(4);
    expect(await lessons.first().getAttribute('data-lesson')).toBe('encouragement');
    expect(await page.locator('[data-lesson="win"]').count()).toBeGreaterThan(0);

    const stages = page.getByRole('figure', { name: 'Stages reached' });
    expect(await stages.locator('svg.recharts-surface').count()).toBe(1);
    await stages.getByText('Table', { exact: true }).click();
    const table = stages.locator('[data-chart-table]');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(5);
    expect(await table.locator('tbody tr').first().textContent()).toContain('Applied19');

    for (const heading of [
      'Skills they wanted',
      'Questions that tripped you up',
      'Experiences you forgot to mention',
      'Going back after a no',
    ]) {
      expect(await page.getByRole('heading', { name: heading }).count()).toBe(1);
    }
    expect(
      await page.getByRole('link', { name: 'Practise this question' }).count(),
    ).toBeGreaterThan(0);
    await settle(page);
    expect(await reviewPage(page, 'insights')).toEqual([]);
    expect(app().pageErrors).toEqual([]);
  });

  it('practises the cards due today from Today, by keyboard: turn, rate, next', async () => {
    const { server, browser } = app();
    const { page } = browser;
    const before = await server.api<CardPage>('GET', '/practice/cards');
    expect(before.due).toBeGreaterThan(0);

    await page.goto('/');
    const offer = page.locator('[data-practice-due]');
    await expect.poll(() => offer.textContent()).toContain(`Practise ${before.due} question`);
    await offer.getByRole('link', { name: 'Start practising' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/practice');

    const question = page.locator('[data-card-question]');
    await expect.poll(() => question.textContent()).toBe(before.items[0]?.question);
    await page.locator('body').press('Space');
    const answer = page.locator('[data-card-answer]');
    await expect.poll(() => answer.isVisible()).toBe(true);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-card-answer')))
      .toBe(true);
    expect(await reviewPage(page, 'practice')).toEqual([]);

    await page.keyboard.press('4');
    await expect
      .poll(async () => (await server.api<CardPage>('GET', '/practice/cards')).due)
      .toBe(before.due - 1);
    const rated = await server.api<{ reviews: { rating: string }[] }>(
      'GET',
      `/practice/cards/${before.items[0]?.id}`,
    );
    expect(rated.reviews.at(-1)?.rating).toBe('easy');
    expect(app().pageErrors).toEqual([]);
  });

  it('writes a better answer with the STAR prompts, and says which field is wrong', async () => {
    const { server, browser } = app();
    const { page } = browser;
    const deck = await server.api<CardPage>('GET', '/practice/cards?filter=all');
    const card = deck.items[0];
    await page.goto(`/practice?card=${card?.id}`);
    await page.getByRole('button', { name: 'Show my answer' }).click();
    await page.getByRole('button', { name: /Edit answer/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Your answer' });
    await dialog.getByLabel('The question').fill(' ');
    await dialog.getByLabel('Situation').fill('Our launch slipped a quarter at Acme.');
    await dialog.getByRole('button', { name: 'Save answer' }).click();
    await expect
      .poll(() => dialog.getByLabel('The question').getAttribute('aria-invalid'))
      .toBe('true');
    expect(await dialog.textContent()).toMatch(/must not be empty/i);
    await dialog.getByLabel('The question').fill('Tell me about a launch that slipped');
    await dialog.getByRole('button', { name: 'Save answer' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const saved = await server.api<{ question: string; situation: string }>(
      'GET',
      `/practice/cards/${card?.id}`,
    );
    expect(saved).toMatchObject({
      question: 'Tell me about a launch that slipped',
      situation: 'Our launch slipped a quarter at Acme.',
    });
    await expect
      .poll(() => page.locator('[data-card-answer]').textContent())
      .toBe('Tell me about a launch that slipped');
    expect(app().pageErrors).toEqual([]);
  });
});
