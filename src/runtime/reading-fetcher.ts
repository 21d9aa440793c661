import { addressPolicy } from './address-policy';
import type { RuntimeConfig } from './config';
import { type ClosableFeedFetcher, createFeedFetcher } from './feed-fetcher';

/** The fetcher for feeds and articles, with the address policy the configuration asks for. */
export function createReadingFetcher(
  config: Pick<RuntimeConfig, 'fetchPrivate'>,
): ClosableFeedFetcher {
  return createFeedFetcher({ policy: addressPolicy({ allowPrivate: config.fetchPrivate }) });
}
