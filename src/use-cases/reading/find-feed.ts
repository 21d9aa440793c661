import { AppError } from '../../core/app-error';
import type { Instant } from '../../core/dates';
import { readFeed, type ParsedFeed } from '../../core/reading/feed-document';
import { readPageMetadata } from '../../core/reading/page-metadata';
import { type FeedFetcher, type FetchedDocument, isFetchFailure } from './fetch-port';

/** A feed found from an address, with the answer it came in (for its validators). */
export interface FoundFeed {
  document: FetchedDocument;
  feed: ParsedFeed;
}

/** A page linking many feeds (comments, tags) is tried for its first few only. */
const MAX_LINKED_FEEDS = 3;

const looksLikeHtml = (document: FetchedDocument) =>
  document.contentType === 'text/html' ||
  document.contentType === 'application/xhtml+xml' ||
  /^\s*(<!doctype html|<html)/i.test(document.text.slice(0, 512));

/** Fetches a full answer or throws a validation error that names the address and the failure. */
export async function fetchDocument(
  fetcher: FeedFetcher,
  url: string,
  field = 'url',
): Promise<FetchedDocument> {
  try {
    const result = await fetcher.fetch({ url });
    // Asked without validators, a server has nothing to answer "not modified" to.
    if (result.status !== 'ok') throw new Error(`${url} answered "not modified" unasked`);
    return result;
  } catch (error) {
    if (isFetchFailure(error)) throw AppError.validation(field, `${url} ${error.message}`);
    throw error;
  }
}

/**
 * The feed behind an address: the address itself when it is a feed, otherwise the first feed
 * its page links to with `<link rel="alternate">`. Fails with a message naming the address and
 * what was found there instead.
 */
export async function findFeed(
  fetcher: FeedFetcher,
  url: string,
  now: Instant,
): Promise<FoundFeed> {
  const document = await fetchDocument(fetcher, url);
  const direct = readFeed(document.text, { feedUrl: document.url, now });
  if (direct.ok) return { document, feed: direct.value };
  if (!looksLikeHtml(document)) throw AppError.validation('url', `${url} ${direct.error}`);
  const page = readPageMetadata(document.text, { pageUrl: document.url, now });
  if (page.feeds.length === 0) {
    throw AppError.validation(
      'url',
      `no feed found at ${url}: the page links to no RSS, Atom or JSON feed; paste the feed's own address`,
    );
  }
  const reasons: string[] = [];
  for (const link of page.feeds.slice(0, MAX_LINKED_FEEDS)) {
    let linked: FetchedDocument;
    try {
      linked = await fetchDocument(fetcher, link.url);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      reasons.push(error.message.replace(/^url: /, ''));
      continue;
    }
    const feed = readFeed(linked.text, { feedUrl: linked.url, now });
    if (feed.ok) return { document: linked, feed: feed.value };
    reasons.push(`${link.url} ${feed.error}`);
  }
  throw AppError.validation('url', `no feed found at ${url}: ${reasons.join('; ')}`);
}
