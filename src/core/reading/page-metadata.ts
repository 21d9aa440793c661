import { DomUtils, parseDocument } from 'htmlparser2';
import type { Instant } from '../dates';
import { normalizeWebAddress } from './article';
import { feedDate } from './feed-document';
import { plainText } from './html-text';

/** A feed a page points to with `<link rel="alternate">`. */
export interface FeedLink {
  url: string;
  type: string;
  title: string | null;
}

/** What a page says about itself, read from its own metadata. */
export interface PageMetadata {
  title: string | null;
  description: string | null;
  siteName: string | null;
  publishedAt: Instant | null;
  feeds: FeedLink[];
}

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/rdf+xml',
]);

type Document = ReturnType<typeof parseDocument>;

/** The first non-empty `content` of the metas named (by `property` or `name`), in that order. */
function metaContent(metas: ReturnType<typeof DomUtils.getElementsByTagName>, names: string[]) {
  for (const name of names) {
    for (const meta of metas) {
      const key = (meta.attribs.property ?? meta.attribs.name ?? meta.attribs.itemprop ?? '')
        .trim()
        .toLowerCase();
      const content = meta.attribs.content?.trim();
      if (key === name && content) return content;
    }
  }
  return undefined;
}

/** `datePublished` of the page's JSON-LD, the structured data most news and blog pages carry. */
function jsonLdDate(document: Document): string | undefined {
  const scripts = DomUtils.getElementsByTagName('script', document).filter(
    (s) => (s.attribs.type ?? '').toLowerCase() === 'application/ld+json',
  );
  for (const script of scripts) {
    try {
      const data: unknown = JSON.parse(DomUtils.textContent(script));
      for (const node of Array.isArray(data) ? data : [data]) {
        const value = (node as Record<string, unknown> | null)?.datePublished;
        if (typeof value === 'string') return value;
      }
    } catch {
      // Broken structured data is common and says nothing: the other sources of a date remain.
    }
  }
  return undefined;
}

function baseOf(document: Document, pageUrl: string): string {
  const href = DomUtils.getElementsByTagName('base', document)[0]?.attribs.href;
  if (href === undefined) return pageUrl;
  try {
    return new URL(href, pageUrl).toString();
  } catch {
    return pageUrl;
  }
}

function feedLinks(document: Document, base: string): FeedLink[] {
  const links: FeedLink[] = [];
  for (const link of DomUtils.getElementsByTagName('link', document)) {
    const rel = (link.attribs.rel ?? '').toLowerCase().split(/\s+/);
    const type = (link.attribs.type ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
    if (!rel.includes('alternate') || !FEED_TYPES.has(type) || !link.attribs.href) continue;
    let url: string | undefined;
    try {
      url = normalizeWebAddress(new URL(link.attribs.href, base).toString());
    } catch {
      url = undefined;
    }
    if (url === undefined || links.some((l) => l.url === url)) continue;
    links.push({ url, type, title: plainText(link.attribs.title, 200) });
  }
  return links;
}

/**
 * Reads a page's title, description, site name and date (Open Graph, the usual `<meta>` names,
 * JSON-LD, then `<title>`), and the feeds it links to, with an HTML parser.
 */
export function readPageMetadata(
  html: string,
  { pageUrl, now }: { pageUrl: string; now: Instant },
): PageMetadata {
  const document = parseDocument(html, { decodeEntities: true });
  const metas = DomUtils.getElementsByTagName('meta', document);
  const titleElement = DomUtils.getElementsByTagName('title', document)[0];
  const heading = DomUtils.getElementsByTagName('h1', document)[0];
  const title =
    metaContent(metas, ['og:title', 'twitter:title']) ??
    (titleElement && DomUtils.textContent(titleElement)) ??
    (heading && DomUtils.textContent(heading));
  const date =
    metaContent(metas, [
      'article:published_time',
      'datepublished',
      'date',
      'dc.date',
      'dcterms.created',
      'pubdate',
    ]) ?? jsonLdDate(document);
  return {
    title: plainText(title, 300),
    description: plainText(
      metaContent(metas, ['og:description', 'description', 'twitter:description']),
      600,
    ),
    siteName: plainText(metaContent(metas, ['og:site_name', 'application-name']), 200),
    publishedAt: feedDate(date, now),
    feeds: feedLinks(document, baseOf(document, pageUrl)),
  };
}
