import type { Command } from 'commander';
import { addSourceInputSchema, opmlImportSchema } from '../../core/reading/article';
import { createReadingFetcher } from '../../runtime/reading-fetcher';
import type { UseCaseDeps } from '../../use-cases/deps';
import type { FeedFetcher } from '../../use-cases/reading/fetch-port';
import { exportOpml, importOpml } from '../../use-cases/reading/opml';
import { refreshSources } from '../../use-cases/reading/refresh';
import { addSource, listSources, removeSource } from '../../use-cases/reading/sources';
import { type CommandContext, commandContext, parseFlags, withWorkspace } from '../context';
import { readInputFile, writeFileAtomically } from '../files';
import { type Io, printJson } from '../output';
import { formatOutcomes, formatSources } from '../reading-output';

/** Runs `work` with the workspace and a fetcher, closing both after. */
export async function withFetcher<T>(
  context: CommandContext,
  work: (deps: UseCaseDeps, fetcher: FeedFetcher) => Promise<T>,
  flags: Record<string, string> = {},
): Promise<T> {
  const fetcher = createReadingFetcher(context.config);
  try {
    return await withWorkspace(context, (deps) => work(deps, fetcher), flags);
  } finally {
    await fetcher.close();
  }
}

function registerAdd(feeds: Command, io: Io) {
  feeds
    .command('add')
    .description('Follow a feed: its address, or a page that links to it (RSS, Atom, JSON Feed)')
    .argument('<url>', 'the feed or page address')
    .action(async (url: string, _opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const input = parseFlags(addSourceInputSchema, { url }, { url: 'URL' });
      const result = await withFetcher(
        context,
        (deps, fetcher) => addSource(deps, { url: input.url, fetcher }),
        { url: 'URL' },
      );
      if (context.json) return printJson(io, result);
      io.out(
        `Following “${result.source.title}” (${result.source.id}) at ${result.source.url}: ${result.added} article${result.added === 1 ? '' : 's'}.`,
      );
    });
}

function registerList(feeds: Command, io: Io) {
  feeds
    .command('list')
    .description('The sources you follow, with their last refresh and any error')
    .action(async (_opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const sources = await withWorkspace(context, (deps) => listSources(deps));
      if (context.json) return printJson(io, { items: sources });
      io.out(formatSources(sources));
    });
}

function registerRefresh(feeds: Command, io: Io) {
  feeds
    .command('refresh')
    .description('Refresh sources now; a failing one is named and the rest still refresh')
    .argument('[ids...]', 'only these sources (fds_…)')
    .action(async (ids: string[], _opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const outcomes = await withFetcher(
        context,
        (deps, fetcher) =>
          refreshSources(deps, { fetcher, ...(ids.length > 0 && { sourceIds: ids }) }),
        { sourceIds: 'ID' },
      );
      if (context.json) return printJson(io, { outcomes });
      io.out(formatOutcomes(outcomes));
    });
}

function registerRemove(feeds: Command, io: Io) {
  feeds
    .command('remove')
    .description('Stop following a source; its articles go, except those shared with someone')
    .argument('<id>', 'a source id (fds_…)')
    .action(async (id: string, _opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const result = await withWorkspace(context, (deps) => removeSource(deps, { id }));
      if (context.json) return printJson(io, result);
      io.out(
        `Removed. ${result.deleted} article(s) went with it${result.kept > 0 ? `; ${result.kept} you shared stay` : ''}.`,
      );
    });
}

function registerOpml(feeds: Command, io: Io) {
  feeds
    .command('import-opml')
    .description('Follow the feeds of an OPML file (a feed reader’s export; - for stdin)')
    .argument('<file>', 'the .opml file')
    .option('--skip-bad', 'import the usable feeds and list the others (default: refuse the file)')
    .action(async (file: string, opts: { skipBad?: boolean }, command: Command) => {
      const context = commandContext(command, io);
      const content = await readInputFile(io, file);
      const input = parseFlags(
        opmlImportSchema,
        { content, partial: opts.skipBad === true },
        {
          content: 'FILE',
        },
      );
      const report = await withWorkspace(context, (deps) => importOpml(deps, input), {
        content: 'FILE',
      });
      if (context.json) return printJson(io, report);
      const lines = [
        `Added ${report.added.length} source(s); ${report.skipped.length} already followed.`,
        ...report.problems.map((p) => `Skipped ${p.where}: ${p.message}`),
      ];
      if (report.added.length > 0)
        lines.push(
          'They are fetched on the next refresh: run `rebound feeds refresh` to do it now.',
        );
      io.out(lines.join('\n'));
    });

  feeds
    .command('export-opml')
    .description('Every source as an OPML file, for another feed reader')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts: { out?: string }, command: Command) => {
      const context = commandContext(command, io);
      const text = await withWorkspace(context, (deps) => exportOpml(deps));
      if (opts.out === undefined) return io.raw(text);
      const written = writeFileAtomically(opts.out, text);
      if (context.json) return printJson(io, { file: written });
      io.out(`Wrote ${written}`);
    });
}

/** `rebound feeds …`: the sources articles come from. */
export function registerFeedCommands(program: Command, io: Io) {
  const feeds = program
    .command('feeds')
    .description('Follow feeds for articles worth sharing: add, list, refresh, remove, OPML');
  registerAdd(feeds, io);
  registerList(feeds, io);
  registerRefresh(feeds, io);
  registerRemove(feeds, io);
  registerOpml(feeds, io);
}
