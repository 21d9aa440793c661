import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app';
import { seriousViolations } from './support/axe';
import { reviewPage } from './support/screenshots';

interface Application {
  id: string;
  company: string;
  stage: string;
  source: string | null;
  link: string | null;
  stageChangedAt: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The 10th of last month in the browser's zone, as the calendar names it and as YYYY-MM-DD. */
/** Selects an element's text the way a drag of the mouse would, through the page's own selection. */
async function selectText(page: Page, target: Locator) {
  const handle = await target.elementHandle();
  await page.evaluate((element) => {
    if (!element) return;
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, handle);
}

async function tenthOfLastMonth(page: Page) {
  const [year, month] = await page.evaluate(() => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth()];
  });
  const last = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, 10));
  const y = last.getUTCFullYear();
  const m = last.getUTCMonth();
  return { label: `10 ${MONTHS[m]} ${y}`, day: `${y}-${String(m + 1).padStart(2, '0')}-10` };
}

/** Where every card on the board sits against the board's visible width, once scrolling stops. */
async function cardsOnBoard(page: Page) {
  const board = page.locator('[data-board]');
  let last = -1;
  await expect
    .poll(async () => {
      const now = await board.evaluate((b) => b.scrollLeft);
      const settled = now === last;
      last = now;
      return settled;
    })
    .toBe(true);
  return page.evaluate(() => {
    const edge = document.querySelector('[data-board]')?.getBoundingClientRect();
    if (!edge) return [];
    return Array.from(document.querySelectorAll<HTMLElement>('[data-application-id]'), (card) => {
      const box = card.getBoundingClientRect();
      return {
        company: card.querySelector('a')?.textContent ?? '',
        inView: box.right > edge.left + 1 && box.left < edge.right - 1,
        whole: box.left >= edge.left - 0.5 && box.right <= edge.right + 0.5,
      };
    });
  });
}

const whollyInView = async (page: Page, company: string) =>
  (await cardsOnBoard(page)).find((c) => c.company.startsWith(company))?.whole ?? false;

describe('a new user’s first steps', () => {
  const app = useApp();
  let acme: Application;

  it('adds the first application with the day applied and the source, then sees it on the board', async () => {
    const { page } = app().browser;
    await page.goto('/');
    await page.getByRole('button', { name: 'Add your first application' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an application' });
    await expect.poll(() => dialog.getByRole('button', { name: 'Close' }).count()).toBe(1);
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);

    // Submitting with the company left empty takes the focus there.
    await dialog.getByLabel('Role').fill('Data Analyst');
    await dialog.getByRole('button', { name: 'Add application' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-path')))
      .toBe('company');
    await dialog.getByLabel('Company').fill('Acme Analytics');

    // A link without https:// is completed where it is typed.
    const link = dialog.getByLabel('Link to the posting');
    await link.fill('acme.example/jobs/42');
    await link.blur();
    await expect.poll(() => link.inputValue()).toBe('https://acme.example/jobs/42');

    const applied = await tenthOfLastMonth(page);
    await dialog.getByLabel('Applied on').click();
    await page.getByRole('button', { name: 'Previous month' }).click();
    await page.getByRole('button', { name: applied.label, exact: true }).click();
    expect(await dialog.getByLabel('Applied on').textContent()).toMatch(
      new RegExp(`^10 ${MONTHS[Number(applied.day.slice(5, 7)) - 1]?.slice(0, 3)} \\d{4}$`),
    );
    await dialog.getByLabel('Where you found it').fill('Refer');
    await page.getByRole('option', { name: 'Referral' }).click();
    await dialog.getByRole('button', { name: 'Add application' }).click();

    // The board opens with the new card in view, marked and focused.
    await expect.poll(() => new URL(page.url()).pathname).toBe('/pipeline');
    const list = await app().server.api<{ items: Application[] }>('GET', '/applications?limit=10');
    acme = list.items[0] as Application;
    expect(acme).toMatchObject({
      company: 'Acme Analytics',
      source: 'Referral',
      link: 'https://acme.example/jobs/42',
    });
    expect(acme.stageChangedAt.slice(0, 10)).toBe(applied.day);
    const card = page.locator(`[data-application-id="${acme.id}"]`);
    await expect.poll(() => card.getAttribute('data-added')).toBe('true');
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement
            ?.closest('[data-application-id]')
            ?.getAttribute('data-application-id'),
        ),
      )
      .toBe(acme.id);
    expect(await card.textContent()).toMatch(/\d+ (days|weeks?|months?) in stage/);
    expect(await whollyInView(page, 'Acme Analytics')).toBe(true);
  });

  it('shows whole columns at 1280 px, a final-round card among them, and scrolls to a card added out of sight', async () => {
    const { server, browser } = app();
    const { page } = browser;
    for (const [company, stage] of [
      ['Borealis', 'screen'],
      ['Cobalt', 'interview'],
      ['Dunmore', 'final'],
      ['Evergreen', 'saved'],
    ] as const) {
      await server.api('POST', '/applications', { company, role: 'Analyst', stage });
    }
    await page.goto('/pipeline');
    await expect.poll(() => page.locator('[data-application-id]').count()).toBe(5);
    const cards = await cardsOnBoard(page);
    expect(cards.filter((c) => c.inView && !c.whole)).toEqual([]);
    expect(await whollyInView(page, 'Dunmore')).toBe(true);

    // An offer is in the sixth column, out of sight at this width: the board goes to it.
    await page.locator('body').press('n');
    const dialog = page.getByRole('dialog', { name: 'Add an application' });
    await dialog.getByLabel('Company').fill('Fjord');
    await dialog.getByLabel('Role').fill('Analyst');
    await dialog.getByLabel('Stage').selectOption('offer');
    await dialog.getByRole('button', { name: 'Add application' }).click();
    await expect.poll(() => whollyInView(page, 'Fjord')).toBe(true);
    const after = await cardsOnBoard(page);
    expect(after.filter((c) => c.inView && !c.whole)).toEqual([]);
    expect(await reviewPage(page, 'pipeline-added')).toEqual([]);

    // Moved on by keyboard, the new card keeps its mark but does not pull the focus back.
    await page.getByRole('button', { name: 'Move Fjord, Analyst' }).focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(100);
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.locator('[id^="DndLiveRegion"]').textContent())
      .toContain('is over Final round');
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.locator('section[data-stage="final"]').getByText('Fjord').count())
      .toBe(1);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('A');
  });

  it('logs an interview whose time names the month, and its questions come back in the reflection', async () => {
    const { page } = app().browser;
    await page.goto(`/applications/${acme.id}`);
    await page.getByRole('button', { name: 'Log interview' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log an interview' });
    expect(await dialog.getByLabel('When').textContent()).toMatch(
      /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}, \d{2}:\d{2}$/,
    );
    // Saving with the person's name empty takes the focus to it.
    await dialog.getByRole('button', { name: 'Save interview' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-path')))
      .toBe('people.0.name');
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Helen Cho');
    await dialog.getByLabel('Relationship').selectOption('hiring_manager');
    await dialog.getByLabel('Email').fill('helen.cho@acme.example');
    await dialog
      .getByLabel('Questions they asked')
      .fill('How would you explain a p-value to a marketer?\nWhy Acme?');
    await dialog.getByRole('button', { name: 'Save interview' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // A thank-you due the day the news came: saying you are angry moves it, and the plan says so.
    await app().server.api('PATCH', '/settings', { timing: { thankYouDays: 0 } });
    await page.getByRole('link', { name: 'They said no' }).click();
    await page.getByLabel('How did the news come?').selectOption('email');
    await page.getByLabel('Who told you?').selectOption({ label: 'Helen Cho' });
    await page.getByText('Angry', { exact: true }).click();
    await page.getByRole('button', { name: 'Record it and continue' }).click();
    await expect.poll(() => page.getByText('Question 1 of 7').count()).toBe(1);
    await page.getByRole('button', { name: 'Skip' }).click();
    const skills = page.getByLabel(/Which skills or qualifications/);
    await skills.fill('D3.js data visualization');
    await skills.press('Enter');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    for (const n of [3, 4]) {
      await expect.poll(() => page.getByText(`Question ${n} of 7`).count()).toBe(1);
      await page.getByRole('button', { name: 'Skip' }).click();
    }
    await expect.poll(() => page.getByText('Question 5 of 7').count()).toBe(1);
    const logged = page.locator('[data-logged-questions]');
    await expect.poll(() => logged.textContent()).toContain('Why Acme?');
    await logged.getByText('How would you explain a p-value to a marketer?').click();
    await expect
      .poll(() =>
        logged
          .getByRole('checkbox', { name: 'How would you explain a p-value to a marketer?' })
          .isChecked(),
      )
      .toBe(true);
    await page.getByRole('button', { name: 'Save and continue' }).click();
    for (const n of [6, 7]) {
      await expect.poll(() => page.getByText(`Question ${n} of 7`).count()).toBe(1);
      await page.getByRole('button', { name: 'Skip' }).click();
    }
    const detail = await app().server.api<{
      rejection: { reflection: { hardQuestions: { question: string }[] } };
    }>('GET', `/applications/${acme.id}`);
    expect(detail.rejection.reflection.hardQuestions.map((q) => q.question)).toEqual([
      'How would you explain a p-value to a marketer?',
    ]);
  });

  it('words the first step to wait while the user is angry, and mentions no length nobody gave', async () => {
    const { page } = app().browser;
    const first = page.locator('[data-first-step]');
    await expect.poll(() => first.textContent()).toContain('You said you feel angry');
    expect(await first.getAttribute('data-cooling-off')).toBe('true');
    expect(await first.textContent()).not.toContain('Write it now');
    expect(
      await first.getByRole('link', { name: /^Wait until \d{1,2} \w{3} \d{4}$/ }).count(),
    ).toBe(1);
    const plan = await page.locator('[data-plan]').textContent();
    expect(plan).toContain('the person you met (1 interview)');
    expect(plan).not.toMatch(/\d+ min\)/);
    // One date format on a line: a step's date line is its date, and nothing else.
    const dateLines = await page
      .locator('[data-plan] [data-status="open"] [data-step-date]')
      .allTextContents();
    expect(dateLines.length).toBeGreaterThan(2);
    for (const line of dateLines) expect(line).toMatch(/^\d{1,2} \w{3} \d{4}$/);
    expect(await reviewPage(page, 'plan-cooling-off')).toEqual([]);
  });

  it('marks the thank-you sent without saying "Draft saved", and the contact page says what comes next', async () => {
    const { page } = app().browser;
    await page.getByRole('button', { name: 'Draft it now, send it later' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Thank-you note');
    const editor = page.locator('[data-coach-editor] .cm-content');
    await expect.poll(() => editor.textContent()).toContain('Helen');
    // The draft leaves rooms for the user's own words; the first one is selected already.
    await page.keyboard.type('the churn dashboard your team is building');
    const rooms = page.locator('[data-coach-editor] .cm-draft-room');
    await expect.poll(() => rooms.count()).toBe(1);
    await selectText(page, rooms.first());
    await page.keyboard.type('Meeting you made me want the job even more.');
    await expect.poll(() => rooms.count()).toBe(0);
    const saveLine = page.locator('[data-save-state]');
    await expect.poll(() => saveLine.textContent()).toBe('Draft saved');
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await expect.poll(() => page.locator('[data-sent-notice]').count()).toBe(1);
    await expect.poll(() => saveLine.textContent()).toBe('');

    const contacts = await app().server.api<{ items: { id: string; name: string }[] }>(
      'GET',
      '/contacts?limit=10',
    );
    const helen = contacts.items.find((c) => c.name === 'Helen Cho');
    await page.goto(`/contacts/${helen?.id}`);
    const keeping = page.locator('#keep-in-touch');
    await expect
      .poll(() => keeping.locator('[data-next-check-in]').textContent())
      .toMatch(
        /Next in the planAsk Helen Cho \(Acme Analytics\) for feedback, once, \d{1,2} \w{3} \d{4}/,
      );
    // Minutes after the thank-you, nobody has failed to reply to it.
    expect(await keeping.textContent()).not.toMatch(/no reply/i);
    expect(await reviewPage(page, 'contact-next-step')).toEqual([]);
  });

  it('tells the application’s story once each, in order', async () => {
    const { page } = app().browser;
    await page.goto(`/applications/${acme.id}`);
    const history = page.getByRole('region', { name: 'History' });
    await expect.poll(() => history.textContent()).toContain('Sent a thank-you note to Helen Cho');
    const entries = await history.locator('.mantine-Timeline-itemTitle').allTextContents();
    const rejected = entries.filter((e) => e.startsWith('Rejected after'));
    const sent = entries.filter((e) => e.startsWith('Sent a thank-you note'));
    expect(rejected).toHaveLength(1);
    expect(sent).toHaveLength(1);
    expect(entries.some((e) => e === 'Moved to Rejected')).toBe(false);
    expect(entries.some((e) => e.includes('Sent a thank-you note') && e.startsWith('To '))).toBe(
      false,
    );
    expect(entries.indexOf(rejected[0] ?? '')).toBeLessThan(entries.indexOf(sent[0] ?? ''));
  });

  it('counts in words that agree, and one skill however it was put', async () => {
    const { server, browser } = app();
    const { page } = browser;
    const other = await server.api<Application>('POST', '/applications', {
      company: 'Northwind',
      role: 'Analyst',
      stage: 'interview',
    });
    await server.api('POST', `/applications/${other.id}/rejection`, { channel: 'email' });
    await server.api('PATCH', `/applications/${other.id}/reflection`, {
      missingSkills: ['Data visualization'],
    });
    await page.goto('/insights');
    const skills = page.getByRole('region', { name: 'Skills they wanted' });
    await expect.poll(() => skills.textContent()).toContain('Data visualization');
    expect((await skills.textContent())?.match(/visuali[sz]ation/gi)?.length).toBe(2);
    expect(await skills.textContent()).toContain('Also put as');
    const bySource = page.getByRole('figure', { name: 'By source' });
    await bySource.getByText('Table', { exact: true }).click();
    await expect
      .poll(() => bySource.locator('[data-chart-table]').textContent())
      .toContain('Referral');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('1 question in your practice deck');
    expect(text).not.toMatch(/\b1 (questions|applications|times|days|rejections|reflections)\b/);
    expect(text).not.toMatch(/Of 1 applications/);
    expect(app().pageErrors).toEqual([]);
  });
});

describe('a day where the user lives', () => {
  // Kiritimati is always a day or more ahead of Pago Pago, where the user's settings say they live.
  const app = useApp({ timezoneId: 'Pacific/Kiritimati' });

  it('is the day the form offers, whatever day the browser’s clock says', async () => {
    const { server, browser } = app();
    await server.api('PATCH', '/settings', { timeZone: 'Pacific/Pago_Pago' });
    const created = await server.api<Application>('POST', '/applications', {
      company: 'Borealis',
      role: 'Analyst',
      stage: 'interview',
    });
    const { page } = browser;
    await page.goto(`/applications/${created.id}/rejection`);
    const pagoPago = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Pacific/Pago_Pago',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(new Date());
    const field = page.getByLabel('When did you hear?');
    await expect.poll(() => field.textContent()).toBe(pagoPago);
    await page.getByRole('button', { name: 'Record it and continue' }).click();
    await expect.poll(() => page.getByText('Question 1 of 7').count()).toBe(1);
    expect(app().pageErrors).toEqual([]);
  });

  it('is named in the format the field shows when the server refuses a day, and the field gets the focus', async () => {
    const { server, browser } = app();
    await server.api('PATCH', '/settings', { timeZone: 'Pacific/Kiritimati' });
    const created = await server.api<Application>('POST', '/applications', {
      company: 'Acme',
      role: 'Analyst',
      stage: 'interview',
    });
    const { page } = browser;
    await page.goto(`/applications/${created.id}/rejection`);
    const field = page.getByLabel('When did you hear?');
    await expect.poll(() => field.textContent()).toMatch(/^\d{1,2} \w{3} \d{4}$/);
    // The zone changes elsewhere (another tab) after this page read the settings.
    await server.api('PATCH', '/settings', { timeZone: 'Pacific/Pago_Pago' });
    await page.getByRole('button', { name: 'Record it and continue' }).click();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const shown = (await field.textContent()) ?? '';
    expect(shown).toMatch(/^\d{1,2} \w{3} \d{4}$/);
    const error = (await page.locator('.mantine-InputWrapper-error').first().textContent()) ?? '';
    expect(error).toMatch(/today is \d{1,2} \w{3} \d{4} in Pacific\/Pago_Pago/);
    expect(error).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-path')))
      .toBe('date');
  });
});
