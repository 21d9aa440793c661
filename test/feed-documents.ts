/** Feeds and pages for tests, written here: every format Rebound reads, built from plain data. */

export interface TestItem {
  title: string;
  link: string;
  summary?: string;
  /** ISO-8601. */
  date?: string;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function rssFeed(title: string, site: string, items: readonly TestItem[]): string {
  const entries = items
    .map(
      (item) => `<item>
  <title>${escape(item.title)}</title>
  <link>${escape(item.link)}</link>
  ${item.summary === undefined ? '' : `<description>${escape(item.summary)}</description>`}
  ${item.date === undefined ? '' : `<pubDate>${new Date(item.date).toUTCString()}</pubDate>`}
</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>${escape(title)}</title><link>${escape(site)}</link><description>Test feed</description>
${entries}
</channel></rss>`;
}

export function atomFeed(title: string, site: string, items: readonly TestItem[]): string {
  const entries = items
    .map(
      (item, index) => `<entry>
  <title>${escape(item.title)}</title><id>urn:test:${index}</id>
  <link rel="alternate" href="${escape(item.link)}"/>
  <updated>${item.date ?? '2026-01-01T00:00:00Z'}</updated>
  ${item.summary === undefined ? '' : `<summary type="html">${escape(item.summary)}</summary>`}
</entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${escape(title)}</title><id>urn:test</id><updated>2026-01-01T00:00:00Z</updated>
<link rel="alternate" href="${escape(site)}"/>
${entries}
</feed>`;
}

export function jsonFeed(title: string, site: string, items: readonly TestItem[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: site,
    items: items.map((item, index) => ({
      id: String(index),
      url: item.link,
      title: item.title,
      ...(item.summary !== undefined && { content_text: item.summary }),
      ...(item.date !== undefined && { date_published: item.date }),
    })),
  });
}

/** An HTML page with its own metadata and, optionally, `<link rel="alternate">` feeds. */
export function htmlPage({
  title,
  description,
  siteName,
  published,
  feeds = [],
}: {
  title: string;
  description?: string;
  siteName?: string;
  published?: string;
  feeds?: { href: string; type: string }[];
}): string {
  const metas = [
    `<meta property="og:title" content="${escape(title)}">`,
    description && `<meta name="description" content="${escape(description)}">`,
    siteName && `<meta property="og:site_name" content="${escape(siteName)}">`,
    published && `<meta property="article:published_time" content="${published}">`,
    ...feeds.map((f) => `<link rel="alternate" type="${f.type}" href="${escape(f.href)}">`),
  ]
    .filter(Boolean)
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title>
${metas}</head><body><h1>${escape(title)}</h1><p>${escape(description ?? '')}</p></body></html>`;
}
