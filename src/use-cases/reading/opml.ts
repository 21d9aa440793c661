import { AppError } from '../../core/app-error';
import { newId } from '../../core/ids';
import type { FeedSource } from '../../core/reading/article';
import { readOpml, writeOpml, type OpmlProblem } from '../../core/reading/opml';
import {
  findFeedSourcesByUrl,
  insertFeedSources,
  listFeedSourcesById,
} from '../../storage/repositories/feed-sources';
import { inTransaction, nowInstant, type UseCaseDeps } from '../deps';
import { hostOf } from './sources';

export interface ImportOpmlOptions {
  /** The text of the OPML file. */
  content: string;
  /** Import the usable feeds and report the others, instead of refusing the file. */
  partial?: boolean;
}

export interface OpmlImportReport {
  added: { id: string; title: string; url: string }[];
  /** Feeds already followed. */
  skipped: { url: string; title: string }[];
  /** Outlines that could not be used, with why (only with `partial`). */
  problems: OpmlProblem[];
}

/**
 * Follows the feeds an OPML file lists (a feed reader's export), in one transaction. They are
 * fetched by the next refresh, scheduled or asked for. A file with an unusable outline is refused,
 * naming the outline, unless `partial` asks for the rest to be imported.
 */
export async function importOpml(
  deps: UseCaseDeps,
  { content, partial = false }: ImportOpmlOptions,
): Promise<OpmlImportReport> {
  const read = readOpml(content);
  if (!read.ok) throw AppError.validation('content', `the file ${read.error}`);
  const { feeds, problems } = read.value;
  const [problem] = problems;
  if (problem !== undefined && !partial) {
    throw AppError.validation('content', `${problem.where}: ${problem.message}`);
  }
  const now = nowInstant(deps);
  return inTransaction(deps.db, async (trx) => {
    const followed = await findFeedSourcesByUrl(
      trx,
      deps.workspaceId,
      feeds.map((f) => f.url),
    );
    const known = new Map(followed.map((s) => [s.url, s]));
    const fresh: FeedSource[] = feeds
      .filter((f) => !known.has(f.url))
      .map((f) => ({
        id: newId('fds'),
        url: f.url,
        siteUrl: null,
        title: f.title ?? hostOf(f.url),
        lastCheckedAt: null,
        lastSuccessAt: null,
        lastError: null,
        failureCount: 0,
        // Due at once: the scheduled refresh (or `feeds refresh`) fetches them.
        nextCheckAt: now,
        etag: null,
        lastModified: null,
        createdAt: now,
        updatedAt: now,
      }));
    await insertFeedSources(trx, deps.workspaceId, fresh);
    return {
      added: fresh.map(({ id, title, url }) => ({ id, title, url })),
      skipped: feeds
        .filter((f) => known.has(f.url))
        .map((f) => ({ url: f.url, title: known.get(f.url)?.title ?? f.url })),
      problems,
    };
  });
}

/** Every source as an OPML file, for another feed reader. */
export async function exportOpml(deps: UseCaseDeps): Promise<string> {
  const sources = await listFeedSourcesById(deps.db, deps.workspaceId, undefined);
  return writeOpml(sources, { title: 'Rebound reading sources' });
}
