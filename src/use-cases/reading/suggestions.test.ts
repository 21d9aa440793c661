import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDialect, type TestDatabase } from '../../../test/databases';
import { applicationInput, contactInput } from '../../../test/factories';
import { htmlPage, rssFeed } from '../../../test/feed-documents';
import { HTML, RSS, startFeedServer, type TestFeedServer } from '../../../test/feed-server';
import { newId } from '../../core/ids';
import { interviewInputSchema } from '../../core/interview';
import type { Article } from '../../core/reading/article';
import { addressPolicy } from '../../runtime/address-policy';
import { type ClosableFeedFetcher, createFeedFetcher } from '../../runtime/feed-fetcher';
import { selectWorkspaceRows } from '../../storage/bulk';
import { insertNewArticles } from '../../storage/repositories/articles';
import { createApplication } from '../applications';
import { createContact, deleteContact, getContactDetail } from '../contacts';
import type { UseCaseDeps } from '../deps';
import { addInterview } from '../interviews';
import { deleteMessage, markMessageSent, updateMessage } from '../messages';
import { deleteArticle, listArticles, saveArticle } from './articles';
import { listArticlesSentTo, shareArticle } from './shares';
import { addSource, removeSource } from './sources';
import { suggestArticles } from './suggestions';

let server: TestFeedServer;
let fetcher: ClosableFeedFetcher;
const NOW = '2026-12-08T09:00:00.000Z';
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();

beforeAll(async () => {
  server = await startFeedServer();
  fetcher = createFeedFetcher({ policy: addressPolicy({ allowPrivate: true }) });
  server.set('/essay', {
    headers: HTML,
    body: htmlPage({
      title: 'Why warehouse robots need better motor controllers',
      description: 'A look at servo drives.',
      siteName: 'Automation Weekly',
      published: '2026-12-01T07:00:00Z',
    }),
  });
  server.set('/a-feed.xml', { headers: RSS, body: rssFeed('Feed', 'https://x.example/', []) });
  server.set('/report.pdf', { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.7' });
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

function article(title: string, ageDays: number | null, summary: string | null = null): Article {
  return {
    id: newId('art'),
    sourceId: null,
    url: `https://news.example/${title.toLowerCase().replace(/\W+/g, '-')}`,
    title,
    summary,
    siteName: 'News',
    publishedAt: ageDays === null ? null : daysAgo(ageDays),
    addedAt: daysAgo(1),
  };
}

/** Helen: works at Acme Robotics, interviewed you about motor controllers, tagged "logistics". */
async function helen(deps: UseCaseDeps) {
  const contact = await createContact(
    deps,
    contactInput({
      name: 'Helen Cho',
      company: 'Acme Robotics',
      title: 'Engineering Manager',
      tags: ['logistics'],
    }),
  );
  const application = await createApplication(
    deps,
    applicationInput({ company: 'Acme Robotics', role: 'Firmware Engineer' }),
  );
  await addInterview(deps, {
    applicationId: application.id,
    input: interviewInputSchema.parse({
      scheduledAt: '2026-11-02T10:00:00Z',
      topics: ['motor controller bring-up'],
      contactIds: [contact.id],
    }),
  });
  return { contact, application };
}

function suite(db: () => TestDatabase) {
  beforeEach(() => db().clock.set(NOW));

  it('suggests the articles worth sending, fresh and relevant first, each with its reason', async () => {
    const deps = await db().deps('ws_suggest');
    const { contact } = await helen(deps);
    const articles = [
      article('Acme Robotics opens a plant in Ohio', 400),
      article('Tuning motor controllers for quiet servos', 3),
      article('Acme Robotics raises a new round', 2, 'The company behind warehouse arms.'),
      article('Logistics hiring picks up', 10),
      article('A recipe for sourdough', 1),
      article('Engineering managers and the hiring freeze', 5),
    ];
    await insertNewArticles(deps.db, deps.workspaceId, articles);
    const { items } = await suggestArticles(deps, { contactId: contact.id, limit: 5 });
    expect(items.map((i) => [i.title, i.reason])).toEqual([
      ['Acme Robotics raises a new round', 'Mentions Acme Robotics, where Helen works'],
      [
        'Tuning motor controllers for quiet servos',
        'About motor controller bring-up, which you discussed in your Acme Robotics interview',
      ],
      ['Logistics hiring picks up', 'Fits “logistics”, a tag you gave Helen'],
      [
        'Engineering managers and the hiring freeze',
        'Close to Helen’s work as Engineering Manager',
      ],
      ['Acme Robotics opens a plant in Ohio', 'Mentions Acme Robotics, where Helen works'],
    ]);
    expect(items[0]).toEqual({
      id: articles[2]?.id,
      title: 'Acme Robotics raises a new round',
      url: articles[2]?.url,
      published: daysAgo(2),
      reason: 'Mentions Acme Robotics, where Helen works',
    });
  });

  it('suggests for an application alone, and names a missing person or application', async () => {
    const deps = await db().deps('ws_suggest_app');
    const { application } = await helen(deps);
    await insertNewArticles(deps.db, deps.workspaceId, [article('Firmware engineer pay', 4)]);
    const { items } = await suggestArticles(deps, { applicationId: application.id });
    expect(items.map((i) => i.reason)).toEqual([
      'Close to the Firmware Engineer role at Acme Robotics',
    ]);
    await expect(suggestArticles(deps, { contactId: 'con_000000000000' })).rejects.toMatchObject({
      code: 'not_found',
      field: 'contactId',
    });
    await expect(suggestArticles(deps, {})).rejects.toMatchObject({ field: 'contactId' });
  });

  it('shares an article as a draft; sending it records the share, logs the touchpoint and drops the article from suggestions', async () => {
    const deps = await db().deps('ws_share');
    const { contact, application } = await helen(deps);
    const fresh = article('Acme Robotics raises a new round', 2);
    const other = article('Acme Robotics hires a new CTO', 6);
    await insertNewArticles(deps.db, deps.workspaceId, [fresh, other]);
    const { message, share } = await shareArticle(deps, {
      articleId: fresh.id,
      contactId: contact.id,
      applicationId: application.id,
      channel: 'email',
    });
    expect(message).toMatchObject({
      kind: 'keep_in_touch',
      status: 'draft',
      contactId: contact.id,
      applicationId: application.id,
      subject: fresh.title,
    });
    expect(message.body).toContain(fresh.url);
    expect(message.body).toContain('[[Your words: why this made you think of them]]');
    expect(message.body.startsWith('Hi Helen,')).toBe(true);
    expect(share).toMatchObject({ status: 'draft', sharedAt: null, messageId: message.id });
    // A draft is not a share yet: it is still suggested.
    expect((await suggestArticles(deps, { contactId: contact.id })).items[0]?.id).toBe(fresh.id);

    await updateMessage(deps, {
      id: message.id,
      patch: {
        body: message.body.replace(/\[\[[^\]]*\]\]/, 'It made me think of your Ohio plans.'),
      },
    });
    db().clock.set('2026-12-08T10:00:00.000Z');
    const sent = await markMessageSent(deps, { id: message.id });
    expect(sent.interaction).toMatchObject({ contactId: contact.id, direction: 'outbound' });
    const shared = await listArticlesSentTo(deps, { contactId: contact.id });
    expect(shared).toMatchObject([
      {
        articleId: fresh.id,
        status: 'sent',
        sharedAt: '2026-12-08T10:00:00.000Z',
        title: fresh.title,
      },
    ]);
    const detail = await getContactDetail(deps, { id: contact.id });
    expect(detail.contact.lastInteractionAt).toBe('2026-12-08T10:00:00.000Z');
    const after = await suggestArticles(deps, { contactId: contact.id });
    expect(after.items.map((i) => i.id)).toEqual([other.id]);
  });

  it('puts an article into a draft being written, once', async () => {
    const deps = await db().deps('ws_share_into');
    const { contact } = await helen(deps);
    const a = article('Acme Robotics in the news', 1);
    await insertNewArticles(deps.db, deps.workspaceId, [a]);
    const { message } = await shareArticle(deps, {
      articleId: a.id,
      contactId: contact.id,
      applicationId: null,
      channel: 'email',
    });
    const again = await shareArticle(deps, {
      articleId: a.id,
      contactId: contact.id,
      applicationId: null,
      messageId: message.id,
      channel: 'email',
    });
    expect(again.message.id).toBe(message.id);
    const rows = await selectWorkspaceRows(deps.db, 'article_shares', deps.workspaceId);
    expect(rows).toHaveLength(1);
    await markMessageSent(deps, { id: message.id });
    await expect(
      shareArticle(deps, {
        articleId: a.id,
        contactId: contact.id,
        applicationId: null,
        messageId: message.id,
        channel: 'email',
      }),
    ).rejects.toMatchObject({ code: 'conflict', field: 'messageId' });
  });

  it('forgets a share planned in a deleted draft, keeps one that was sent, and keeps shared articles when their source goes', async () => {
    const deps = await db().deps('ws_share_delete');
    const { contact } = await helen(deps);
    server.set('/acme.xml', {
      headers: RSS,
      body: rssFeed('Acme news', 'https://acme.example/', [
        { title: 'Acme Robotics one', link: 'https://acme.example/1', date: daysAgo(1) },
        { title: 'Acme Robotics two', link: 'https://acme.example/2', date: daysAgo(2) },
        { title: 'Acme Robotics three', link: 'https://acme.example/3', date: daysAgo(3) },
      ]),
    });
    const { source } = await addSource(deps, { url: server.url('/acme.xml'), fetcher });
    const { items } = await listArticles(deps, { limit: 10, offset: 0 });
    const [one, two] = items;
    const draft = await shareArticle(deps, {
      articleId: one?.id ?? '',
      contactId: contact.id,
      applicationId: null,
      channel: 'email',
    });
    await deleteMessage(deps, { id: draft.message.id });
    expect(await selectWorkspaceRows(deps.db, 'article_shares', deps.workspaceId)).toEqual([]);
    const sent = await shareArticle(deps, {
      articleId: two?.id ?? '',
      contactId: contact.id,
      applicationId: null,
      channel: 'linkedin',
    });
    await markMessageSent(deps, { id: sent.message.id });
    await deleteMessage(deps, { id: sent.message.id });
    expect(await listArticlesSentTo(deps, { contactId: contact.id })).toMatchObject([
      { articleId: two?.id, messageId: null, status: 'sent' },
    ]);
    expect(await removeSource(deps, { id: source.id })).toEqual({ deleted: 2, kept: 1 });
    const left = await listArticles(deps, { limit: 10, offset: 0 });
    expect(left.items).toMatchObject([{ id: two?.id, sourceId: null }]);
    await deleteContact(deps, { id: contact.id });
    expect(await selectWorkspaceRows(deps.db, 'article_shares', deps.workspaceId)).toEqual([]);
  });

  it('saves one article from its page’s own metadata, once', async () => {
    const deps = await db().deps('ws_save');
    const first = await saveArticle(deps, { url: server.url('/essay'), fetcher });
    expect(first).toMatchObject({
      created: true,
      article: {
        url: server.url('/essay'),
        title: 'Why warehouse robots need better motor controllers',
        summary: 'A look at servo drives.',
        siteName: 'Automation Weekly',
        publishedAt: '2026-12-01T07:00:00.000Z',
        sourceId: null,
        addedAt: NOW,
      },
    });
    const second = await saveArticle(deps, { url: server.url('/essay'), fetcher });
    expect(second).toEqual({ created: false, article: first.article });
    await expect(
      saveArticle(deps, { url: server.url('/a-feed.xml'), fetcher }),
    ).rejects.toMatchObject({
      message: `url: ${server.url('/a-feed.xml')} is a feed, not an article: add it as a source`,
    });
    await expect(
      saveArticle(deps, { url: server.url('/report.pdf'), fetcher }),
    ).rejects.toMatchObject({
      message: `url: ${server.url('/report.pdf')} is not a web page (it is application/pdf)`,
    });
  });

  it('searches articles by word stems and word starts, newest first, page by page', async () => {
    const deps = await db().deps('ws_search');
    await insertNewArticles(deps.db, deps.workspaceId, [
      article('Controlling servo drives', 5),
      article('Motor controller basics', 2, 'Why robots need them'),
      article('Baking bread', 1),
      article('Robotics funding', 3, 'Money for controllers'),
    ]);
    const titles = async (search: string, limit = 10, offset = 0) =>
      (await listArticles(deps, { search, limit, offset })).items.map((a) => a.title);
    // Stems meet: "controllers", "controller" and "controlling" are one word to the index.
    expect(await titles('controllers')).toEqual([
      'Motor controller basics',
      'Robotics funding',
      'Controlling servo drives',
    ]);
    expect(await titles('robot')).toEqual(['Motor controller basics', 'Robotics funding']);
    expect(await titles('servo drive')).toEqual(['Controlling servo drives']);
    // Quotes and operators are dropped: only the words are looked for, and nothing is changed.
    expect(await titles('"); drop table articles; -- OR * NEAR(')).toEqual([]);
    expect(await titles('')).toHaveLength(4);
    expect(await titles('nothing-like-this')).toEqual([]);
    const page = await listArticles(deps, { limit: 2, offset: 0 });
    expect(page.nextOffset).toBe(2);
    expect(page.items.map((a) => a.title)).toEqual(['Baking bread', 'Motor controller basics']);
    const [bread] = page.items;
    await deleteArticle(deps, { id: bread?.id ?? '' });
    expect(await titles('bread')).toEqual([]);
  });
}

describeEachDialect('suggesting and sharing articles', suite);
