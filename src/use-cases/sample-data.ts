import { refreshStatistics } from '../storage/connect';
import {
  countSampleRecords,
  deleteSampleRecords,
  type SampleCounts,
  type SampleRemoval,
} from '../storage/repositories/sample-data';
import { inTransaction, type UseCaseDeps } from './deps';

export type { SampleCounts, SampleRemoval };

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
  const removed = await inTransaction(deps.db, (trx) => deleteSampleRecords(trx, deps.workspaceId));
  if (removed.applications + removed.contacts > 0) await refreshStatistics(deps.db);
  return removed;
}
