import { describe, expect, it } from 'vitest';
import { feedDate, readFeed } from './feed-document';
import { htmlToText, plainText } from './html-text';
import { readOpml, writeOpml } from './opml';
import { readPageMetadata } from './page-metadata';

const NOW = '2026-12-08T12:00:00.000Z';
const FEED_URL = 'https://tinkerers.example/feed.xml';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>Tinkerers &amp; Makers</title><link>https://tinkerers.example/</link><description>Notes</description>
  <item>
    <title>Servo tuning, &lt;em&gt;properly&lt;/em&gt;</title>
    <link>/posts/servo-tuning#comments</link>
    <description>&lt;p&gt;Why &lt;b&gt;PID&lt;/b&gt; loops drift.&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;&lt;p&gt;And how to fix it.&lt;/p&gt;</description>
    <pubDate>Mon, 07 Dec 2026 08:30:00 +0100</pubDate>
  </item>
  <item><guid isPermaLink="true">https://tinkerers.example/posts/guid-only</guid><description>No title here, only words.</description></item>
  <item><title>No address at all</title></item>
  <item><title>From the future</title><link>https://tinkerers.example/posts/future</link><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Fleet Notes</title><id>urn:fleet</id><updated>2026-12-01T00:00:00Z</updated>
  <link rel="self" href="https://fleet.example/atom.xml"/><link rel="alternate" href="https://fleet.example/"/>
  <entry>
    <title type="html">Route planning &amp;amp; weather</title><id>urn:1</id>
    <updated>2026-12-02T00:00:00Z</updated><published>2026-11-30T10:00:00Z</published>
    <link rel="alternate" href="https://fleet.example/routes"/><link rel="enclosure" href="https://fleet.example/r.mp3"/>
    <summary type="html">&lt;i&gt;Storms&lt;/i&gt; move freight.</summary>
  </entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Quiet Data',
  home_page_url: 'https://quiet.example/',
  items: [
    {
      id: '1',
      url: 'https://quiet.example/p/1',
      title: 'Sampling without bias',
      content_text: 'Plain text body.',
      date_published: '2026-12-05T09:00:00Z',
    },
    { id: '2', external_url: 'https://elsewhere.example/q', content_html: '<p>Untitled link</p>' },
  ],
});

describe('readFeed', () => {
  it('reads RSS: absolute addresses, plain-text summaries, dates in UTC', () => {
    const result = readFeed(RSS, { feedUrl: FEED_URL, now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      format: 'rss',
      title: 'Tinkerers & Makers',
      siteUrl: 'https://tinkerers.example/',
    });
    expect(result.value.items).toEqual([
      {
        url: 'https://tinkerers.example/posts/servo-tuning',
        title: 'Servo tuning, properly',
        summary: 'Why PID loops drift. And how to fix it.',
        publishedAt: '2026-12-07T07:30:00.000Z',
      },
      {
        url: 'https://tinkerers.example/posts/guid-only',
        title: 'No title here, only words.',
        summary: 'No title here, only words.',
        publishedAt: null,
      },
      {
        url: 'https://tinkerers.example/posts/future',
        title: 'From the future',
        summary: null,
        publishedAt: NOW,
      },
    ]);
  });

  it('reads Atom, taking the alternate link and the published date', () => {
    const result = readFeed(ATOM, { feedUrl: 'https://fleet.example/atom.xml', now: NOW });
    expect(result).toMatchObject({
      ok: true,
      value: {
        format: 'atom',
        title: 'Fleet Notes',
        siteUrl: 'https://fleet.example/',
        items: [
          {
            url: 'https://fleet.example/routes',
            title: 'Route planning & weather',
            summary: 'Storms move freight.',
            publishedAt: '2026-11-30T10:00:00.000Z',
          },
        ],
      },
    });
  });

  it('reads JSON Feed, with external addresses and HTML content', () => {
    const result = readFeed(JSON_FEED, { feedUrl: 'https://quiet.example/feed.json', now: NOW });
    expect(result.ok && result.value.items).toEqual([
      {
        url: 'https://quiet.example/p/1',
        title: 'Sampling without bias',
        summary: 'Plain text body.',
        publishedAt: '2026-12-05T09:00:00.000Z',
      },
      {
        url: 'https://elsewhere.example/q',
        title: 'Untitled link',
        summary: 'Untitled link',
        publishedAt: null,
      },
    ]);
  });

  it.each([
    [
      '<!doctype html><html><body><p>A page</p></body></html>',
      'is not a feed (RSS, Atom or JSON Feed)',
    ],
    ['plain words', 'is not a feed (RSS, Atom or JSON Feed)'],
    [
      '<rss version="2.0"><channel><title>Cut off',
      'is a feed that cannot be read: it is not well-formed',
    ],
  ])('says what is wrong with %j', (text, message) => {
    expect(readFeed(text, { feedUrl: FEED_URL, now: NOW })).toEqual({ ok: false, error: message });
  });
});

describe('feedDate', () => {
  it.each([
    ['Tue, 01 Dec 2026 10:00:00 GMT', '2026-12-01T10:00:00.000Z'],
    ['2026-12-01T10:00:00+02:00', '2026-12-01T08:00:00.000Z'],
    ['yesterday-ish', null],
    ['', null],
    [undefined, null],
    ['1900-01-01T00:00:00Z', null],
  ])('%j → %j', (raw, expected) => {
    expect(feedDate(raw, NOW)).toBe(expected);
  });
});

describe('html text', () => {
  it.each([
    ['<p>One</p><p>two &amp; three</p>', 'One two & three'],
    ['<style>p{}</style>Kept<script>gone()</script>', 'Kept'],
    ['Tom &lt; Jerry', 'Tom < Jerry'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('cuts long text at a word with an ellipsis', () => {
    expect(plainText('alpha beta gamma delta', 12)).toBe('alpha beta…');
    expect(plainText('   ', 10)).toBeNull();
  });
});

describe('readPageMetadata', () => {
  const page = `<!doctype html><html><head>
    <base href="https://blog.example/sub/">
    <title>Fallback title</title>
    <meta property="og:title" content="Hiring in a downturn">
    <meta name="description" content="What recruiters see &amp; say.">
    <meta property="og:site_name" content="The Hiring Blog">
    <meta property="article:published_time" content="2026-11-20T08:00:00Z">
    <link rel="alternate" type="application/rss+xml" title="Posts" href="feed.xml">
    <link rel="alternate" type="application/atom+xml" href="https://blog.example/atom.xml">
    <link rel="alternate" hreflang="de" href="https://blog.example/de/">
    <link rel="stylesheet" type="text/css" href="style.css">
  </head><body><h1>Heading</h1></body></html>`;

  it('reads title, description, site, date and feed links', () => {
    expect(readPageMetadata(page, { pageUrl: 'https://blog.example/post', now: NOW })).toEqual({
      title: 'Hiring in a downturn',
      description: 'What recruiters see & say.',
      siteName: 'The Hiring Blog',
      publishedAt: '2026-11-20T08:00:00.000Z',
      feeds: [
        { url: 'https://blog.example/sub/feed.xml', type: 'application/rss+xml', title: 'Posts' },
        { url: 'https://blog.example/atom.xml', type: 'application/atom+xml', title: null },
      ],
    });
  });

  it('falls back to <title> and JSON-LD', () => {
    const html = `<html><head><title> Plain  title </title>
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-10-01"}</script>
      <script type="application/ld+json">{broken</script></head></html>`;
    expect(readPageMetadata(html, { pageUrl: 'https://x.example/', now: NOW })).toMatchObject({
      title: 'Plain title',
      description: null,
      siteName: null,
      publishedAt: '2026-10-01T00:00:00.000Z',
      feeds: [],
    });
  });
});

describe('OPML', () => {
  it('reads feeds from nested folders and names outlines it cannot use', () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
      <outline text="Tech">
        <outline text="Fleet" type="rss" xmlUrl="https://fleet.example/atom.xml" htmlUrl="https://fleet.example/"/>
        <outline text="Broken" type="rss" xmlUrl="javascript:alert(1)"/>
      </outline>
      <outline text="Fleet again" type="rss" xmlUrl="https://fleet.example/atom.xml"/>
      <outline title="Quiet" xmlUrl="quiet.example/feed.json"/>
    </body></opml>`;
    expect(readOpml(opml)).toEqual({
      ok: true,
      value: {
        feeds: [
          { url: 'https://fleet.example/atom.xml', title: 'Fleet', where: 'outline 2 ("Fleet")' },
          { url: 'https://quiet.example/feed.json', title: 'Quiet', where: 'outline 5 ("Quiet")' },
        ],
        problems: [
          {
            where: 'outline 3 ("Broken")',
            message: 'xmlUrl "javascript:alert(1)" is not a web address',
          },
        ],
      },
    });
  });

  it.each([
    ['not xml', 'is not an OPML file (the list of feeds feed readers export)'],
    [
      '<opml version="2.0"><body><outline text="Folder"/></body></opml>',
      'has no feeds: no outline carries an xmlUrl',
    ],
  ])('refuses %j', (text, message) => {
    expect(readOpml(text)).toEqual({ ok: false, error: message });
  });

  it('writes a file that reads back to the same feeds', () => {
    const source = {
      id: 'src_1',
      url: 'https://a.example/feed?x=1&y=2',
      siteUrl: 'https://a.example/',
      title: 'A & B',
      lastCheckedAt: null,
      lastSuccessAt: null,
      lastError: null,
      failureCount: 0,
      nextCheckAt: NOW,
      etag: null,
      lastModified: null,
      createdAt: NOW,
      updatedAt: NOW,
    };
    const text = writeOpml([source], { title: 'Rebound sources' });
    expect(text).toContain('<title>Rebound sources</title>');
    expect(readOpml(text)).toMatchObject({
      ok: true,
      value: { feeds: [{ url: source.url, title: 'A & B' }], problems: [] },
    });
  });

  it('writes a well-formed OPML file when nobody follows anything yet', () => {
    const text = writeOpml([], { title: 'Mine <& yours>' });
    expect(text).toContain('<title>Mine &#60;&#38; yours&#62;</title>');
    expect(readOpml(text)).toEqual({
      ok: false,
      error: 'has no feeds: no outline carries an xmlUrl',
    });
  });
});
