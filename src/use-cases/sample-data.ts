import { refreshStatistics } from '../storage/connect';
import type { Db } from '../storage/database';
import { releaseArticlesOfSource } from '../storage/repositories/articles';
import { deleteFeedSourceRow, findFeedSourcesByUrl } from '../storage/repositories/feed-sources';
import {
  countSampleRecords,
  deleteSampleRecords,
  type SampleCounts,
  type SampleRemoval as SampleRecordsRemoval,
} from '../storage/repositories/sample-data';
import { SAMPLE_FEED_URLS } from './demo-reading';
import { inTransaction, type UseCaseDeps } from './deps';

export type { SampleCounts };

export interface SampleRemoval extends SampleRecordsRemoval {
  /** The sample's reading sources; their articles go too, unless shared with one of yours. */
  feedSources: number;
}

/**
 * The sample's reading sources, after its people (and what was shared with them) went: an
 * article shared with one of the user's own people stays, as a saved article.
 */
async function deleteSampleSources(trx: Db, ws: string): Promise<number> {
  const sources = await findFeedSourcesByUrl(trx, ws, SAMPLE_FEED_URLS);
  for (const source of sources) {
    await releaseArticlesOfSource(trx, ws, source.id);
    await deleteFeedSourceRow(trx, ws, source.id);
  }
  return sources.length;
}

/** How much of the workspace is the invented sample search (`demo`); zeros when none. */
export async function getSampleData(deps: UseCaseDeps): Promise<SampleCounts> {
  return countSampleRecords(deps.db, deps.workspaceId);
}

/**
 * Removes the invented sample search and everything recorded about it, in one transaction,
 * keeping every application and person of the user's own: links from theirs to the sample are
 * dropped, the records stay (docs/decisions/0017-sample-data.md). Running it again removes
 * nothing.
 */
export async function removeSampleData(deps: UseCaseDeps): Promise<SampleRemoval> {
  const removed = await inTransaction(deps.db, async (trx) => {
    const records = await deleteSampleRecords(trx, deps.workspaceId);
    return { ...records, feedSources: await deleteSampleSources(trx, deps.workspaceId) };
  });
  if (removed.applications + removed.contacts > 0) await refreshStatistics(deps.db);
  return removed;
}
