import { describe, expect, it } from 'vitest';
import { useApp } from './support/app';
import { reviewPage, settle } from './support/screenshots';

const VENT =
  'Honestly furious. Four rounds and a form email. I never want to hear from them again.';

interface Created {
  id: string;
}

/**
 * After a "no": the letter you won't send, the way from it to the gracious note, the wins kept
 * beside the losses and a gentle weekly rhythm, each page checked with axe in light and dark.
 */
describe('the letter, wins and pacing', () => {
  const app = useApp();
  let applicationId = '';

  it('offers to write it out on Today when a no is fresh, with the week and the wins', async () => {
    const { server, browser } = app();
    const { page } = browser;
    const application = await server.api<Created>('POST', '/applications', {
      company: 'Initech',
      role: 'Data Analyst',
      stage: 'final',
    });
    applicationId = application.id;
    const contact = await server.api<Created>('POST', '/contacts', {
      name: 'Helen Cho',
      email: 'helen.cho@initech.example',
      relationship: 'hiring_manager',
      applicationIds: [applicationId],
    });
    await server.api('POST', `/applications/${applicationId}/interviews`, {
      scheduledAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
      round: 3,
      contactIds: [contact.id],
      topics: ['the churn dashboard'],
    });
    await server.api('POST', `/applications/${applicationId}/rejection`, {
      contactId: contact.id,
      feeling: 'angry',
    });
    await server.api('PATCH', `/applications/${applicationId}/reflection`, {
      missingSkills: ['dbt'],
    });
    await server.api('POST', '/wins', { applicationId, text: 'Reached the final round' });

    await page.goto('/');
    const offer = page.getByRole('region', { name: 'A “no” this week can sting' });
    await expect.poll(() => offer.textContent()).toContain('Initech, Data Analyst');
    await expect.poll(() => page.locator('[data-pace]').count()).toBe(1);
    await expect
      .poll(() => page.getByRole('region', { name: 'Recent wins' }).textContent())
      .toContain('Reached the final round');
    await settle(page);
    expect(await reviewPage(page, 'today-wellbeing')).toEqual([]);
    await offer.getByRole('link', { name: 'Write it out' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/letters');
  });

  it('keeps the letter private: no coach, nothing to send or copy', async () => {
    const { server, browser } = app();
    const { page } = browser;
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('The letter you won’t send');
    expect(await page.locator('[data-letter-private]').textContent()).toContain(
      'Only you will read this',
    );
    await page.getByLabel('Your letter').fill(VENT);
    await page.getByRole('button', { name: 'Keep this letter' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('letter')).toMatch(/^ltr_/);
    await expect
      .poll(() => page.getByRole('region', { name: 'Your letters' }).textContent())
      .toContain('Honestly furious');
    // No coach reads along, and nothing here sends, copies or exports the text.
    expect(await page.locator('[data-coach-editor], [data-findings]').count()).toBe(0);
    expect(await page.getByRole('button', { name: /send|copy|export|share/i }).count()).toBe(0);
    const stored = await server.api<{ items: { body: string; visibility: string }[] }>(
      'GET',
      '/letters',
    );
    expect(stored.items).toEqual([expect.objectContaining({ body: VENT, visibility: 'private' })]);
    await settle(page);
    expect(await reviewPage(page, 'letter')).toEqual([]);
  });

  it('leads to the thank-you with what was learned, never the letter', async () => {
    const { page } = app().browser;
    const note = page.getByRole('region', { name: 'Now the note you will send' });
    await expect.poll(() => note.textContent()).toContain('Reached the final round');
    await note.getByRole('button', { name: 'Write the thank-you' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Thank-you note');
    expect(new URL(page.url()).searchParams.get('from')).toBe('letter');
    const learned = page.getByRole('region', { name: 'What you learned' });
    await expect.poll(() => learned.textContent()).toContain('Something to build: dbt');
    const editor = page.locator('[data-coach-editor] .cm-content');
    await expect.poll(() => editor.textContent()).toContain('Helen');
    expect(await page.locator('body').textContent()).not.toContain('Honestly furious');
    expect(app().pageErrors).toEqual([]);
  });

  it('deletes the letter for good', async () => {
    const { server, browser } = app();
    const { page } = browser;
    const { items } = await server.api<{ items: Created[] }>('GET', '/letters');
    await page.goto(`/letters?application=${applicationId}&letter=${items[0]?.id}`);
    await page.getByRole('button', { name: 'Delete for good' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this letter for good?' });
    expect(await reviewPage(page, 'letter-delete')).toEqual([]);
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('letter')).toBeNull();
    expect((await server.api<{ items: unknown[] }>('GET', '/letters')).items).toEqual([]);
  });

  it('sets a weekly rhythm, shows the week kindly, pauses and resumes', async () => {
    const { page } = app().browser;
    await page.goto('/');
    const pace = page.getByRole('region', { name: 'This week', exact: true });
    await pace.getByRole('button', { name: 'Set a rhythm' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your weekly rhythm' });
    await dialog.getByLabel('Applications').fill('3');
    expect(await reviewPage(page, 'pace-rhythm')).toEqual([]);
    await dialog.getByRole('button', { name: 'Save rhythm' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => pace.textContent()).toContain('of 3 applications');
    expect(await pace.textContent()).not.toMatch(/streak|missed|behind/i);
    await pace.getByRole('button', { name: 'Pause this week' }).click();
    await expect.poll(() => pace.textContent()).toContain('Paused');
    await settle(page);
    expect(await reviewPage(page, 'today-paused')).toEqual([]);
    await pace.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => pace.textContent()).toContain('of 3 applications');
  });

  it('keeps a win from Insights and turns it into a practice story', async () => {
    const { server, browser } = app();
    const { page } = browser;
    await page.goto('/insights');
    const wins = page.getByRole('region', { name: 'Your wins' });
    await wins.getByLabel('What went right?').fill('A kind interviewer at Initech');
    await wins.getByRole('button', { name: 'Keep it' }).click();
    const row = wins.locator('[data-win]', { hasText: 'A kind interviewer at Initech' });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('button', { name: 'Practise telling it' }).click();
    await expect.poll(() => row.getByRole('link', { name: 'In your deck' }).count()).toBe(1);
    const deck = await server.api<{ items: { question: string }[] }>(
      'GET',
      '/practice/cards?filter=all',
    );
    expect(deck.items.map((c) => c.question)).toContain(
      'Tell the story of this win: A kind interviewer at Initech',
    );
    await settle(page);
    expect(await reviewPage(page, 'insights-wins')).toEqual([]);
    expect(app().pageErrors).toEqual([]);
  });
});
