import type { Article } from '../core/reading/article';
import type { Suggestion } from '../core/reading/suggest';
import type { Page } from '../use-cases/paging';
import type { RefreshOutcome } from '../use-cases/reading/refresh';
import type { FeedSourceView } from '../use-cases/reading/sources';
import { formatTable } from './output';

const day = (instant: string | null) => (instant === null ? '—' : instant.slice(0, 10));
const when = (instant: string | null) =>
  instant === null ? 'never' : `${instant.slice(0, 10)} ${instant.slice(11, 16)}`;

/** Sources as a table, each failing one followed by what went wrong. */
export function formatSources(sources: readonly FeedSourceView[]): string {
  if (sources.length === 0)
    return 'You follow no sources yet. Add one with `rebound feeds add URL`.';
  const table = formatTable(
    ['ID', 'Title', 'Articles', 'Last checked', 'Status'],
    sources.map((s) => [
      s.id,
      s.title,
      String(s.articleCount),
      when(s.lastCheckedAt),
      s.lastError === null
        ? s.lastCheckedAt === null
          ? 'not fetched yet'
          : 'ok'
        : `failing (${s.failureCount}×)`,
    ]),
  );
  const errors = sources
    .filter((s) => s.lastError !== null)
    .map((s) => `${s.title}: ${s.lastError ?? ''}`);
  return [table, ...(errors.length > 0 ? ['', ...errors] : [])].join('\n');
}

/** One line per source refreshed. */
export function formatOutcomes(outcomes: readonly RefreshOutcome[]): string {
  if (outcomes.length === 0) return 'No sources to refresh.';
  return outcomes
    .map((o) =>
      o.status === 'failed'
        ? `✗ ${o.title}: ${o.error ?? 'failed'} (next try ${when(o.nextCheckAt)})`
        : o.status === 'not_modified'
          ? `✓ ${o.title}: not changed`
          : `✓ ${o.title}: ${o.added} new article${o.added === 1 ? '' : 's'}`,
    )
    .join('\n');
}

export function formatArticles(page: Page<Article>): string {
  if (page.items.length === 0) return 'No articles.';
  const table = formatTable(
    ['ID', 'Published', 'Title', 'Site'],
    page.items.map((a) => [a.id, day(a.publishedAt), a.title, a.siteName ?? '']),
    60,
  );
  return page.nextOffset === null ? table : `${table}\n\nMore: --offset ${page.nextOffset}`;
}

export function formatSuggestions(items: readonly Omit<Suggestion, 'score'>[]): string {
  if (items.length === 0)
    return 'Nothing to suggest yet: follow sources that write about their company or field.';
  return items
    .map((s, i) => `${i + 1}. ${s.title} (${day(s.published)})\n   ${s.url}\n   ${s.reason}`)
    .join('\n');
}
