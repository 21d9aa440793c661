import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { htmlPage, rssFeed } from '../../test/feed-documents';
import { HTML, RSS, startFeedServer, type TestFeedServer } from '../../test/feed-server';
import { createTestClient } from '../../test/http';
import { addressPolicy } from '../runtime/address-policy';
import { type ClosableFeedFetcher, createFeedFetcher } from '../runtime/feed-fetcher';
import {
  AddSourceResultSchema,
  ArticlePageSchema,
  FeedSourceListSchema,
  OpmlImportReportSchema,
  RefreshResultSchema,
  SentArticleListSchema,
  ShareArticleResultSchema,
  SuggestionListSchema,
} from './reading-schemas';

let server: TestFeedServer;
let fetcher: ClosableFeedFetcher;
const recent = new Date(Date.parse('2026-12-08T09:00:00Z') - 86_400_000).toISOString();

beforeAll(async () => {
  server = await startFeedServer();
  fetcher = createFeedFetcher({ policy: addressPolicy({ allowPrivate: true }) });
  server.set('/news.xml', {
    headers: RSS,
    etag: '"n1"',
    body: rssFeed('Robotics News', 'https://news.example/', [
      { title: 'Acme Robotics expands', link: 'https://news.example/acme', date: recent },
      { title: 'Bread for beginners', link: 'https://news.example/bread', date: recent },
    ]),
  });
  server.set('/page', { headers: HTML, body: htmlPage({ title: 'A page with no feed' }) });
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

type Client = Awaited<ReturnType<typeof createTestClient>>;

describeEachDialect('the reading API', (db) => {
  let api: Client;
  beforeEach(async () => {
    db().clock.set('2026-12-08T09:00:00.000Z');
    api = await createTestClient(db(), `ws_${Math.random().toString(36).slice(2, 10)}`, {
      fetcher,
    });
  });

  it('follows a source, lists it, searches its articles and refreshes it', async () => {
    const added = await api.post('/api/feeds', { url: server.url('/news.xml') });
    expect(added.status).toBe(201);
    expect(AddSourceResultSchema.parse(added.body)).toMatchObject({ added: 2 });
    const list = FeedSourceListSchema.parse((await api.get('/api/feeds')).body);
    expect(list.items).toMatchObject([{ title: 'Robotics News', articleCount: 2 }]);
    expect(list.items[0]).not.toHaveProperty('etag');
    const found = ArticlePageSchema.parse((await api.get('/api/articles?search=expan')).body);
    expect(found.items.map((a) => a.title)).toEqual(['Acme Robotics expands']);
    const refreshed = await api.post('/api/feeds/refresh', {});
    expect(RefreshResultSchema.parse(refreshed.body).outcomes).toMatchObject([
      { status: 'not_modified', added: 0, error: null },
    ]);
    const opml = await api.get('/api/feeds/opml');
    expect(opml.headers.get('content-type')).toContain('text/x-opml');
    expect(opml.body).toContain(`xmlUrl="${server.url('/news.xml')}"`);
    const removed = await api.delete(`/api/feeds/${list.items[0]?.id ?? ''}`);
    expect(removed.body).toEqual({ deleted: 2, kept: 0 });
    expect(api.errors).toEqual([]);
  });

  it('names the address when there is no feed, and the field for bad input', async () => {
    const url = server.url('/page');
    const none = await api.post('/api/feeds', { url });
    expect(none.status).toBe(400);
    expect(none.body).toMatchObject({
      error: { code: 'validation', field: 'url', message: expect.stringContaining(url) },
    });
    const bad = await api.post('/api/feeds', { url: 'javascript:alert(1)' });
    expect(bad.body).toMatchObject({ error: { field: 'url' } });
    const query = await api.get('/api/articles/suggestions?limit=500');
    expect(query.body).toMatchObject({ error: { field: 'limit' } });
    const opml = await api.post('/api/feeds/opml/import', { content: 'not opml' });
    expect(opml.body).toMatchObject({ error: { field: 'content' } });
  });

  it('suggests, shares and records what was sent', async () => {
    await api.post('/api/feeds', { url: server.url('/news.xml') });
    const contact = await api.post('/api/contacts', {
      name: 'Helen Cho',
      company: 'Acme Robotics',
    });
    const suggested = await api.get(`/api/articles/suggestions?contactId=${contact.body.id}`);
    const [top] = SuggestionListSchema.parse(suggested.body).items;
    expect(top).toMatchObject({
      title: 'Acme Robotics expands',
      reason: 'Mentions Acme Robotics, where Helen works',
    });
    const shared = await api.post(`/api/articles/${top?.id ?? ''}/share`, {
      contactId: contact.body.id,
    });
    const { message } = ShareArticleResultSchema.parse(shared.body);
    expect(message.body).toContain('https://news.example/acme');
    await api.post(`/api/messages/${message.id}/sent`, {});
    const sent = SentArticleListSchema.parse(
      (await api.get(`/api/articles/sent?contactId=${contact.body.id}`)).body,
    );
    expect(sent.items).toMatchObject([{ title: 'Acme Robotics expands', status: 'sent' }]);
    expect((await api.get(`/api/articles/suggestions?contactId=${contact.body.id}`)).body).toEqual({
      items: [],
    });
  });

  it('imports OPML and says when fetching is not available', async () => {
    const report = await api.post('/api/feeds/opml/import', {
      content: `<opml version="2.0"><body><outline text="N" xmlUrl="${server.url('/news.xml')}"/></body></opml>`,
    });
    expect(OpmlImportReportSchema.parse(report.body).added).toHaveLength(1);
    const offline = await createTestClient(db(), 'ws_no_fetcher');
    const refused = await offline.post('/api/feeds', { url: server.url('/news.xml') });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'conflict' } });
  });
});
