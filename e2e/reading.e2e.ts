import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPage, rssFeed } from '../test/feed-documents';
import { HTML, RSS, startFeedServer, type TestFeedServer } from '../test/feed-server';
import { useApp } from './support/app';
import { reviewPage } from './support/screenshots';

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();

describe('reading and sharing', () => {
  const app = useApp();
  let feeds: TestFeedServer;
  let helen: { id: string };

  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.set('/robots.xml', {
      headers: RSS,
      body: rssFeed('Robot Weekly', 'https://robots.example/', [
        {
          title: 'Acme Robotics opens a second plant',
          link: 'https://robots.example/acme-plant',
          summary: 'Two hundred jobs in Ohio.',
          date: day(2),
        },
        {
          title: 'Servo tuning for warehouse arms',
          link: 'https://robots.example/servo',
          date: day(5),
        },
      ]),
    });
    feeds.set('/blog', {
      headers: HTML,
      body: htmlPage({
        title: 'Robot Weekly',
        feeds: [{ href: '/robots.xml', type: 'application/rss+xml' }],
      }),
    });
    feeds.set('/flaky.xml', {
      headers: RSS,
      body: rssFeed('Flaky Notes', 'https://f.example/', []),
    });
    feeds.set('/essay', {
      headers: HTML,
      body: htmlPage({
        title: 'Hiring managers on the second interview',
        description: 'What they listen for.',
        siteName: 'Careers Quarterly',
        published: day(3),
      }),
    });
  });

  afterAll(async () => {
    await feeds.close();
  });

  it('follows a site through its feed link, saves an article, searches, and shows a failing source', async () => {
    const { page } = app().browser;
    await page.goto('/reading');
    const follow = page.getByLabel('Follow a site or feed');
    await follow.fill(feeds.url('/blog'));
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    const sources = page.getByRole('region', { name: 'Sources' });
    await expect.poll(() => sources.textContent()).toContain('Robot Weekly');
    await expect.poll(() => sources.textContent()).toContain('2 articles');

    await follow.fill(feeds.url('/nothing-here'));
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await expect
      .poll(() => sources.textContent())
      .toContain(`${feeds.url('/nothing-here')} answered 404 (Not Found)`);

    await follow.fill(feeds.url('/flaky.xml'));
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await expect.poll(() => page.locator('[data-source]').count()).toBe(2);
    feeds.set('/flaky.xml', { status: 503 });
    await page.getByRole('button', { name: 'Refresh all' }).click();
    await expect
      .poll(() => sources.textContent())
      .toContain(`${feeds.url('/flaky.xml')} answered 503 (Service Unavailable)`);

    await page.getByLabel('Save one article').fill(feeds.url('/essay'));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const articles = page.getByRole('region', { name: 'Articles' });
    await expect
      .poll(() => articles.textContent())
      .toContain('Hiring managers on the second interview');
    await expect.poll(() => articles.textContent()).toContain('Careers Quarterly');

    await page.getByRole('searchbox', { name: 'Search articles' }).fill('servo');
    await expect
      .poll(() => articles.locator('li').allTextContents())
      .toEqual([expect.stringContaining('Servo tuning for warehouse arms')]);
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('');
    await expect.poll(() => articles.locator('li').count()).toBe(3);
    // Reviewed once the refresh's note has gone, so the page itself is what is checked.
    await expect
      .poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 10_000 })
      .toBe(0);
    expect(await reviewPage(page, 'reading')).toEqual([]);
    expect(app().pageErrors).toEqual([]);
  });

  it('suggests an article on the contact page with its reason, and shares it through the composer', async () => {
    const { page } = app().browser;
    const server = app().server;
    helen = await server.api<{ id: string }>('POST', '/contacts', {
      name: 'Helen Cho',
      company: 'Acme Robotics',
      relationship: 'recruiter',
      email: 'helen.cho@acme.example',
    });
    await page.goto(`/contacts/${helen.id}`);
    const sharing = page.getByRole('region', { name: 'Worth sharing' });
    await expect.poll(() => sharing.textContent()).toContain('Acme Robotics opens a second plant');
    await expect
      .poll(() => sharing.textContent())
      .toContain('Mentions Acme Robotics, where Helen works');
    expect(await reviewPage(page, 'contact-sharing')).toEqual([]);

    await sharing
      .getByRole('button', { name: 'Share: Acme Robotics opens a second plant' })
      .click();
    await expect.poll(() => page.url()).toMatch(/\/messages\/msg_/);
    const editor = page.locator('[data-coach-editor] .cm-content');
    await expect.poll(() => editor.textContent()).toContain('https://robots.example/acme-plant');
    await expect.poll(() => editor.textContent()).toContain('[[Your words');
    // The room is selected: typing replaces it with the user's own line.
    await page.keyboard.type('It made me think of the Ohio expansion you mentioned on our call.');
    await expect.poll(() => editor.textContent()).not.toContain('[[Your words');
    // The composer offers more to share, but not the article the message already carries.
    await expect
      .poll(() => page.getByRole('region', { name: 'Worth sharing' }).textContent())
      .toContain('Nothing more to suggest');
    expect(await reviewPage(page, 'composer-sharing')).toEqual([]);
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await expect.poll(() => page.locator('[data-sent-notice]').count()).toBe(1);

    await page.goto(`/contacts/${helen.id}`);
    await expect.poll(() => sharing.textContent()).toContain('Sent to them');
    const suggested = sharing.locator('[data-suggestion]');
    await expect
      .poll(() => suggested.allTextContents())
      .not.toContainEqual(expect.stringContaining('Acme Robotics opens a second plant'));
    const detail = await server.api<{ contact: { lastInteractionAt: string | null } }>(
      'GET',
      `/contacts/${helen.id}`,
    );
    expect(detail.contact.lastInteractionAt).not.toBeNull();
    expect(app().pageErrors).toEqual([]);
  });

  it('adds a suggestion to a message being written', async () => {
    const { page } = app().browser;
    const ravi = await app().server.api<{ id: string }>('POST', '/contacts', {
      name: 'Ravi Patel',
      company: 'Acme Robotics',
      title: 'Warehouse Automation Lead',
    });
    const draft = await app().server.api<{ id: string }>('POST', '/messages', {
      kind: 'keep_in_touch',
      contactId: ravi.id,
      body: 'Hi Ravi,\n\nHope the new season is going well.\n\nBest,\nSam',
    });
    await page.goto(`/messages/${draft.id}`);
    const panel = page.getByRole('region', { name: 'Worth sharing' });
    await panel.getByRole('button', { name: 'Add: Acme Robotics opens a second plant' }).click();
    const editor = page.locator('[data-coach-editor] .cm-content');
    await expect.poll(() => editor.textContent()).toContain('https://robots.example/acme-plant');
    await expect.poll(() => editor.textContent()).toMatch(/acme-plant.*Best,/);
    await expect.poll(() => panel.locator('[data-suggestion]').count()).toBe(0);
  });

  it('shows what to share beside a keep-in-touch step on Today', async () => {
    const { page } = app().browser;
    const mira = await app().server.api<{ id: string }>('POST', '/contacts', {
      name: 'Mira Okafor',
      company: 'Acme Robotics',
      relationship: 'recruiter',
    });
    // Last in touch four months ago: a recruiter's quarterly check-in is due.
    await app().server.api('POST', '/interactions', {
      contactId: mira.id,
      channel: 'email',
      occurredAt: day(120),
    });
    await page.goto('/');
    const item = page.locator(`[data-agenda-item="keep-in-touch:${mira.id}"]`);
    await expect
      .poll(() => item.locator('[data-agenda-suggestions]').textContent())
      .toContain('Acme Robotics opens a second plant');
    await expect.poll(() => item.textContent()).toContain('where Mira works');
  });
});
