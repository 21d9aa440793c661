import { describe, expect, it } from 'vitest';
import { useApp } from './support/app';
import { reviewPage } from './support/screenshots';

interface Contact {
  id: string;
  name: string;
  lastInteractionAt: string | null;
}

describe('contacts', () => {
  const app = useApp();
  let helen: Contact;

  it('lists people with when they were last in touch, and finds them by name', async () => {
    const { server, browser } = app();
    const application = await server.api<{ id: string }>('POST', '/applications', {
      company: 'Acme',
      role: 'Data Analyst',
    });
    helen = await server.api<Contact>('POST', '/contacts', {
      name: 'Helen Cho',
      title: 'Engineering Manager',
      company: 'Acme',
      relationship: 'hiring_manager',
      email: 'helen.cho@acme.example',
      applicationIds: [application.id],
    });
    await server.api('POST', '/contacts', { name: 'Ravi Patel', company: 'Borealis' });
    const { page } = browser;
    await page.goto('/contacts');
    const rows = page.locator('[data-contact]');
    await expect.poll(() => rows.count()).toBe(2);
    await expect
      .poll(() => page.locator(`[data-contact="${helen.id}"]`).textContent())
      .toContain('Not in touch yet');
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill('helen');
    await expect.poll(() => rows.count()).toBe(1);
    expect(page.url()).toContain('q=helen');
  });

  it('logs a touchpoint in two clicks', async () => {
    const { page } = app().browser;
    const row = page.locator(`[data-contact="${helen.id}"]`);
    await row.getByRole('button', { name: 'Log touchpoint with Helen Cho' }).click();
    await page.getByRole('menuitem', { name: 'Call', exact: true }).click();
    await expect.poll(() => row.textContent()).toContain('In touch today');
    const detail = await app().server.api<{ interactions: { channel: string }[] }>(
      'GET',
      `/contacts/${helen.id}`,
    );
    expect(detail.interactions.map((i) => i.channel)).toEqual(['call']);
  });

  it('shows one person’s story across applications, and logs with a note', async () => {
    const { page } = app().browser;
    await page.getByRole('link', { name: 'Helen Cho' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Helen Cho');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect.poll(() => timeline.textContent()).toContain('You reached out · Call');
    await expect
      .poll(() => page.getByRole('region', { name: 'Applications' }).textContent())
      .toContain('Acme');

    await page.getByRole('button', { name: 'Log touchpoint with Helen Cho' }).click();
    await page.getByRole('menuitem', { name: 'With a note…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log a touchpoint with Helen Cho' });
    await dialog.getByLabel('How', { exact: true }).selectOption('linkedin');
    await dialog.getByLabel('Who reached out').selectOption('inbound');
    await dialog.getByLabel('What you talked about').fill('She shared a post about the data team');
    await dialog.getByRole('button', { name: 'Log it' }).click();
    await expect
      .poll(() => timeline.textContent())
      .toContain('They reached out · LinkedIn: She shared a post about the data team');
  });

  it('adds a person, with a wrong email named next to its field', async () => {
    const { page } = app().browser;
    await page.goto('/contacts');
    await page.getByRole('button', { name: 'Add person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a person' });
    await dialog.getByLabel('Name').fill('Lena Ortiz');
    await dialog.getByLabel('Email').fill('lena at example');
    await dialog.getByRole('button', { name: 'Add person' }).click();
    const email = dialog.getByLabel('Email');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => dialog.getByText('Must be an email address such as ana@example.com').count())
      .toBe(1);
    await email.fill('lena@example.com');
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('[data-contact]').count()).toBe(3);
  });

  it('has no serious accessibility problems and is captured for review', async () => {
    const { page } = app().browser;
    for (const [path, name] of [
      ['/contacts', 'contacts'],
      [`/contacts/${helen.id}`, 'contact'],
    ] as const) {
      await page.goto(path);
      expect(await reviewPage(page, name)).toEqual([]);
    }
    expect(app().pageErrors).toEqual([]);
  });
});
