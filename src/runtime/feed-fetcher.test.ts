import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rssFeed } from '../../test/feed-documents';
import { RSS, startFeedServer, type TestFeedServer } from '../../test/feed-server';
import { FetchFailure } from '../use-cases/reading/fetch-port';
import { addressPolicy, isPublicAddress, type AddressPolicy } from './address-policy';
import { type ClosableFeedFetcher, createFeedFetcher } from './feed-fetcher';

let server: TestFeedServer;
const fetchers: ClosableFeedFetcher[] = [];
const FEED = rssFeed('Test', 'https://site.example/', [
  { title: 'One', link: 'https://site.example/1' },
]);

function fetcher(options: Partial<Parameters<typeof createFeedFetcher>[0]> = {}) {
  const made = createFeedFetcher({ policy: addressPolicy({ allowPrivate: true }), ...options });
  fetchers.push(made);
  return made;
}

async function failure(promise: Promise<unknown>): Promise<FetchFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchFailure);
  return error as FetchFailure;
}

beforeAll(async () => {
  server = await startFeedServer();
  server.set('/feed.xml', { headers: RSS, body: FEED });
  server.set('/etag.xml', { headers: RSS, body: FEED, etag: '"v1"' });
  server.set('/dated.xml', {
    headers: RSS,
    body: FEED,
    lastModified: 'Mon, 07 Dec 2026 10:00:00 GMT',
  });
  server.set('/moved', { status: 301, headers: { location: '/feed.xml' } });
  server.set('/loop-a', { status: 302, headers: { location: '/loop-b' } });
  server.set('/loop-b', { status: 302, headers: { location: '/loop-a' } });
  for (let i = 0; i < 8; i += 1)
    server.set(`/chain/${i}`, { status: 307, headers: { location: `/chain/${i + 1}` } });
  server.set('/chain/8', { headers: RSS, body: FEED });
  server.set('/to-other-host', {
    status: 302,
    headers: { location: `http://127.0.0.2:${server.port}/feed.xml` },
  });
  server.set('/to-ftp', { status: 302, headers: { location: 'ftp://files.example/feed' } });
  server.set('/slow.xml', { headers: RSS, body: FEED, delayMs: 3_000 });
  server.set('/huge.xml', { headers: RSS, body: '<rss>', fillerBytes: 3 * 1024 * 1024 });
  server.set('/huge-declared.xml', {
    headers: { ...RSS, 'content-length': String(50 * 1024 * 1024) },
    body: '<rss>',
  });
  server.set('/busy', { status: 503, headers: { 'retry-after': '120' } });
  server.set('/latin1.xml', {
    headers: { 'content-type': 'application/rss+xml; charset=iso-8859-1' },
    body: Buffer.from(rssFeed('Café Crème', 'https://site.example/', []), 'latin1'),
  });
});

afterAll(async () => {
  await Promise.all(fetchers.map((f) => f.close()));
  await server.close();
});

describe('createFeedFetcher', () => {
  it('fetches a document with its type, validators and final address', async () => {
    const result = await fetcher().fetch({ url: server.url('/moved') });
    expect(result).toMatchObject({
      status: 'ok',
      url: server.url('/feed.xml'),
      contentType: 'application/rss+xml',
      etag: null,
      lastModified: null,
    });
    expect(result.status === 'ok' && result.text).toBe(FEED);
  });

  it('asks conditionally and reports "not modified"', async () => {
    const f = fetcher();
    const first = await f.fetch({ url: server.url('/etag.xml') });
    expect(first).toMatchObject({ status: 'ok', etag: '"v1"' });
    expect(await f.fetch({ url: server.url('/etag.xml'), etag: '"v1"' })).toEqual({
      status: 'not_modified',
      url: server.url('/etag.xml'),
    });
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
    const dated = await f.fetch({ url: server.url('/dated.xml') });
    expect(dated).toMatchObject({ lastModified: 'Mon, 07 Dec 2026 10:00:00 GMT' });
    expect(
      await f.fetch({
        url: server.url('/dated.xml'),
        lastModified: 'Mon, 07 Dec 2026 10:00:00 GMT',
      }),
    ).toMatchObject({ status: 'not_modified' });
  });

  it('decodes the charset the server names', async () => {
    const result = await fetcher().fetch({ url: server.url('/latin1.xml') });
    expect(result.status === 'ok' && result.text).toContain('<title>Café Crème</title>');
  });

  it.each([
    ['/loop-a', 'redirects in a loop'],
    ['/chain/0', 'redirects more than 5 times'],
    ['/to-ftp', 'redirects to an address Rebound cannot fetch'],
    ['/missing', 'answered 404 (Not Found)'],
    ['/huge.xml', 'is larger than 1 MB, more than Rebound reads'],
    ['/huge-declared.xml', 'is larger than 1 MB, more than Rebound reads'],
  ])('%s %s', async (path, message) => {
    const error = await failure(
      fetcher({ maxBytes: 1024 * 1024 }).fetch({ url: server.url(path) }),
    );
    expect(error.message).toBe(message);
  });

  it('gives up on a server that does not answer in time', async () => {
    const error = await failure(
      fetcher({ timeoutMs: 500 }).fetch({ url: server.url('/slow.xml') }),
    );
    expect(error.message).toBe('did not answer within 500 ms');
  });

  it('passes on how long a busy server asked to be left alone', async () => {
    const error = await failure(fetcher().fetch({ url: server.url('/busy') }));
    expect(error.message).toBe('answered 503 (Service Unavailable)');
    expect(error.retryAfterSeconds).toBe(120);
  });

  it('says when nothing listens at the address', async () => {
    const closed = await startFeedServer();
    const url = closed.url('/feed.xml');
    await closed.close();
    const error = await failure(fetcher().fetch({ url }));
    expect(error.message).toBe('could not be reached: the server refused the connection');
  });
});

describe('the address policy', () => {
  it.each([
    ['93.184.216.34', true],
    ['2606:4700:4700::1111', true],
    ['::ffff:93.184.216.34', true],
    ['10.1.2.3', false],
    ['172.16.5.4', false],
    ['192.168.1.10', false],
    ['127.0.0.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['::1', false],
    ['fe80::1', false],
    ['fd12:3456::1', false],
    ['::ffff:10.0.0.1', false],
    ['2001:db8::1', false],
    ['not-an-address', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  const refusing = () => fetcher({ policy: addressPolicy({ allowPrivate: false }) });
  const refusal = 'is on a private or local network, which this Rebound server does not fetch from';

  it.each([
    ['an address written out', () => server.url('/feed.xml')],
    ['a name that resolves to loopback', () => `http://localhost:${server.port}/feed.xml`],
    ['an IPv6 loopback address', () => `http://[::1]:${server.port}/feed.xml`],
  ])('refuses %s when private addresses are refused', async (_what, url) => {
    const error = await failure(refusing().fetch({ url: url() }));
    expect(error.message).toBe(refusal);
  });

  it('checks every redirect, not only the first address', async () => {
    const onlyFirst: AddressPolicy = { allows: (ip) => ip === '127.0.0.1', refusal: 'refused' };
    const f = fetcher({ policy: onlyFirst });
    expect(await f.fetch({ url: server.url('/feed.xml') })).toMatchObject({ status: 'ok' });
    const before = server.requests.length;
    const error = await failure(f.fetch({ url: server.url('/to-other-host') }));
    expect(error.message).toBe('refused');
    // The redirect itself was fetched; the address it pointed to never was.
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(['/to-other-host']);
  });

  it('allows private addresses in local use', async () => {
    expect(
      await fetcher().fetch({ url: `http://localhost:${server.port}/feed.xml` }),
    ).toMatchObject({ status: 'ok' });
  });
});
