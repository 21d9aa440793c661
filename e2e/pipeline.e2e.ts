import { describe, expect, it } from 'vitest';
import { useApp } from './support/app';
import { reviewPage } from './support/screenshots';

interface Application {
  id: string;
  company: string;
  role: string;
  stage: string;
}

describe('the pipeline', () => {
  const app = useApp();
  const apps: Record<string, Application> = {};

  const stageOf = async (id: string) =>
    (await app().server.api<{ application: Application }>('GET', `/applications/${id}`)).application
      .stage;

  it('shows each application in its stage, closed ones folded away', async () => {
    const { server, browser } = app();
    for (const [company, stage] of [
      ['Acme', 'applied'],
      ['Borealis', 'applied'],
      ['Cobalt', 'screen'],
      ['Dunmore', 'rejected'],
    ] as const) {
      apps[company] = await server.api<Application>('POST', '/applications', {
        company,
        role: 'Data Analyst',
        stage,
      });
    }
    const { page } = browser;
    await page.goto('/pipeline');
    const applied = page.locator('section[data-stage="applied"]');
    await expect.poll(() => applied.locator('[data-application-id]').count()).toBe(2);
    expect(await page.locator('section[data-stage="rejected"]').count()).toBe(0);
    await expect.poll(() => page.getByText('Dunmore').count()).toBe(0);

    await page.getByRole('button', { name: 'Rejected 1, show closed applications' }).click();
    const rejected = page.locator('section[data-stage="rejected"]');
    await expect.poll(() => rejected.getByText('Dunmore').count()).toBe(1);
    expect(page.url()).toContain('closed=1');
    await page.getByRole('switch', { name: /Show closed/ }).click();
    await expect.poll(() => page.locator('section[data-stage="rejected"]').count()).toBe(0);
  });

  it('moves a card to another stage by dragging it with the mouse', async () => {
    const { page } = app().browser;
    await page.goto('/pipeline');
    const card = page.locator(`[data-application-id="${apps.Acme?.id}"]`);
    const target = page.locator('section[data-stage="screen"]');
    const from = await card.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('card or column not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    // Several steps, as a hand would: the drag starts after a few pixels of movement.
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 12 });
    // The board notes which column is under the card on the next frame; a hand lets go later.
    await expect
      .poll(() => page.locator('[id^="DndLiveRegion"]').textContent())
      .toContain('is over Screen');
    await page.mouse.up();
    await expect.poll(() => target.getByText('Acme').count()).toBe(1);
    await expect.poll(() => stageOf(apps.Acme?.id ?? '')).toBe('screen');
  });

  it('moves a card with the keyboard alone and says what happened', async () => {
    const { page } = app().browser;
    const handle = page.getByRole('button', { name: 'Move Borealis, Data Analyst' });
    await handle.focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.locator('[id^="DndLiveRegion"]').textContent())
      .toContain('Picked up Borealis, Data Analyst, in Applied');
    // The sensor listens for arrow keys from the task after the pick-up, as a person would press.
    await page.waitForTimeout(100);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('[id^="DndLiveRegion"]').textContent())
      .toContain('is over Screen');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('[id^="DndLiveRegion"]').textContent())
      .toContain('is over Interviewing');
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.locator('[id^="DndLiveRegion"]').textContent())
      .toContain('dropped in Interviewing');
    await expect.poll(() => stageOf(apps.Borealis?.id ?? '')).toBe('interview');
    await expect
      .poll(() => page.locator('section[data-stage="interview"]').getByText('Borealis').count())
      .toBe(1);

    // Escape puts a picked-up card back where it was.
    await page.getByRole('button', { name: 'Move Cobalt, Data Analyst' }).focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(100);
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.locator('[id^="DndLiveRegion"]').textContent())
      .toContain('Cobalt, Data Analyst is over Applied');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('[id^="DndLiveRegion"]').textContent())
      .toContain('Move cancelled');
    await expect.poll(() => stageOf(apps.Cobalt?.id ?? '')).toBe('screen');
  });

  it('lists applications in a table with search, stage filter and sorting', async () => {
    const { page } = app().browser;
    await page.getByText('Table', { exact: true }).click();
    await expect.poll(() => page.url()).toContain('view=table');
    const rows = page.locator('tbody tr[aria-rowindex]');
    await expect.poll(() => rows.count()).toBe(3);

    await page.getByRole('button', { name: /^Company/ }).click();
    await expect
      .poll(() => rows.locator('td:first-child').allTextContents())
      .toEqual(['Acme', 'Borealis', 'Cobalt']);
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toBe('Company');
    await page.getByRole('button', { name: /^Company/ }).click();
    await expect
      .poll(() => rows.locator('td:first-child').allTextContents())
      .toEqual(['Cobalt', 'Borealis', 'Acme']);

    await page.getByRole('searchbox', { name: 'Search applications' }).fill('bore');
    await expect.poll(() => rows.locator('td:first-child').allTextContents()).toEqual(['Borealis']);
    await page.getByRole('searchbox', { name: 'Search applications' }).fill('');

    await page.getByRole('combobox', { name: 'Filter by stage' }).click();
    await page.getByRole('listbox').getByRole('option', { name: 'Screen' }).click();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => rows.locator('td:first-child').allTextContents())
      .toEqual(['Cobalt', 'Acme']);
  });

  it('adds an application from anywhere with the n shortcut, with errors next to the field', async () => {
    const { page } = app().browser;
    await page.goto('/pipeline');
    // Shortcuts work once the app is on screen.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Pipeline');
    await page.locator('body').press('n');
    const dialog = page.getByRole('dialog', { name: 'Add an application' });
    await dialog.getByLabel('Company').fill('Evergreen');
    await dialog.getByLabel('Role').fill('Analyst');
    await dialog.getByLabel('Link to the posting').fill('not a link');
    await dialog.getByRole('button', { name: 'Add application' }).click();
    await expect
      .poll(() =>
        dialog.getByText('Must be a web address starting with http:// or https://').count(),
      )
      .toBe(1);
    await dialog.getByLabel('Link to the posting').fill('https://evergreen.example/jobs/1');
    await dialog.getByRole('button', { name: 'Add application' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(() => page.locator('section[data-stage="applied"]').getByText('Evergreen').count())
      .toBe(1);
  });

  it('scrolls the board while a card is held at its edge, to reach a column out of sight', async () => {
    const { page } = app().browser;
    await page.goto('/pipeline');
    const card = page.locator('section[data-stage="applied"] [data-application-id]', {
      hasText: 'Evergreen',
    });
    const board = page.locator('[data-board]');
    const from = await card.boundingBox();
    const edge = await board.boundingBox();
    if (!from || !edge) throw new Error('card or board not on screen');
    expect(await board.evaluate((b) => b.scrollLeft)).toBe(0);
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 4 });
    await page.mouse.move(edge.x + edge.width - 12, from.y + from.height / 2, { steps: 12 });
    await expect.poll(() => board.evaluate((b) => b.scrollLeft)).toBeGreaterThan(300);
    const offer = await page.locator('section[data-stage="offer"]').boundingBox();
    if (!offer) throw new Error('no offer column');
    await page.mouse.move(offer.x + offer.width / 2, offer.y + 150, { steps: 6 });
    await expect
      .poll(() => page.locator('[id^="DndLiveRegion"]').textContent())
      .toContain('is over Offer');
    await page.mouse.up();
    await expect
      .poll(() => page.locator('section[data-stage="offer"]').getByText('Evergreen').count())
      .toBe(1);
  });

  it('has no serious accessibility problems and is captured for review', async () => {
    const { page } = app().browser;
    await page.goto('/pipeline');
    expect(await reviewPage(page, 'pipeline-board')).toEqual([]);
    await page.goto('/pipeline?view=table&closed=1');
    expect(await reviewPage(page, 'pipeline-table')).toEqual([]);
    expect(app().pageErrors).toEqual([]);
  });
});
