import { DetectError, parseFeed, type AnyFeed } from 'feedsmith';
import type { Instant } from '../dates';
import { err, ok, type Result } from '../result';
import { normalizeWebAddress } from './article';
import { plainText } from './html-text';

/** One entry of a feed, reduced to what Rebound keeps. */
export interface FeedItem {
  url: string;
  title: string;
  summary: string | null;
  publishedAt: Instant | null;
}

export interface ParsedFeed {
  format: AnyFeed['format'];
  title: string | null;
  siteUrl: string | null;
  items: FeedItem[];
}

/** A feed's newest entries are what matter; a feed with its whole archive is cut here. */
export const MAX_ITEMS_PER_FEED = 200;
const MAX_TITLE = 300;
const MAX_SUMMARY = 600;

/**
 * A feed's date as an instant. Feeds write RFC 822 (RSS) or ISO 8601 (Atom, JSON Feed); a date
 * in the future is a publisher's mistake and is read as now, so it cannot stay on top for ever.
 */
export function feedDate(raw: string | undefined, now: Instant): Instant | null {
  if (raw === undefined || raw.trim() === '') return null;
  const time = Date.parse(raw.trim());
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  if (date.getUTCFullYear() < 1970) return null;
  const iso = date.toISOString();
  return iso > now ? now : iso;
}

/** An address from a feed, made absolute against the feed's own; undefined when unusable. */
function absolute(link: string | undefined, base: string): string | undefined {
  if (link === undefined || link.trim() === '') return undefined;
  try {
    return normalizeWebAddress(new URL(link.trim(), base).toString());
  } catch {
    return undefined;
  }
}

interface RawItem {
  link: string | undefined;
  title: string | undefined;
  summary: string | undefined;
  date: string | undefined;
}

/** The fields that matter, from whichever format the feed is in. */
function rawItems(parsed: AnyFeed): { title?: string; site?: string; items: RawItem[] } {
  switch (parsed.format) {
    case 'rss': {
      const { feed } = parsed;
      return {
        title: feed.title,
        site: feed.link,
        items: (feed.items ?? []).map((item) => ({
          link: item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined),
          title: item.title,
          summary: item.description ?? item.content?.encoded,
          date: item.pubDate ?? item.dc?.dates?.[0],
        })),
      };
    }
    case 'atom': {
      const { feed } = parsed;
      const alternate = (links: typeof feed.links) =>
        (links ?? []).find((l) => l.rel === undefined || l.rel === 'alternate')?.href;
      return {
        title: feed.title?.value,
        site: alternate(feed.links),
        items: (feed.entries ?? []).map((entry) => ({
          link: alternate(entry.links),
          title: entry.title?.value,
          summary: entry.summary?.value ?? entry.content?.value,
          date: entry.published ?? entry.updated,
        })),
      };
    }
    case 'json': {
      const { feed } = parsed;
      return {
        title: feed.title,
        site: feed.home_page_url,
        items: (feed.items ?? []).map((item) => ({
          link: item.url ?? item.external_url,
          title: item.title,
          summary: item.summary ?? item.content_text ?? item.content_html,
          date: item.date_published ?? item.date_modified,
        })),
      };
    }
    case 'rdf': {
      const { feed } = parsed;
      return {
        title: feed.title,
        site: feed.link,
        items: (feed.items ?? []).map((item) => ({
          link: item.link,
          title: item.title,
          summary: item.description,
          date: item.dc?.dates?.[0],
        })),
      };
    }
  }
}

/**
 * Reads a feed (RSS 2.0 and 0.9x, Atom, JSON Feed, RDF) with feedsmith. Entries without an
 * address are left out, since an article is shared by its link; an entry without a title is
 * named by its summary or address. The error, when there is one, is a phrase about the document.
 */
export function readFeed(
  text: string,
  { feedUrl, now }: { feedUrl: string; now: Instant },
): Result<ParsedFeed, string> {
  let parsed: AnyFeed;
  try {
    parsed = parseFeed(text, { maxItems: MAX_ITEMS_PER_FEED });
  } catch (error) {
    return err(
      error instanceof DetectError
        ? 'is not a feed (RSS, Atom or JSON Feed)'
        : 'is a feed that cannot be read: it is not well-formed',
    );
  }
  const raw = rawItems(parsed);
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const item of raw.items) {
    const url = absolute(item.link, feedUrl);
    if (url === undefined || seen.has(url)) continue;
    seen.add(url);
    const summary = plainText(item.summary, MAX_SUMMARY);
    items.push({
      url,
      title: plainText(item.title, MAX_TITLE) ?? summary?.slice(0, 120) ?? url,
      summary,
      publishedAt: feedDate(item.date, now),
    });
  }
  return ok({
    format: parsed.format,
    title: plainText(raw.title, MAX_TITLE),
    siteUrl: absolute(raw.site, feedUrl) ?? null,
    items,
  });
}
