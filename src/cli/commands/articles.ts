import type { Command } from 'commander';
import { z } from 'zod';
import { AppError } from '../../core/app-error';
import {
  articleSearchText,
  MAX_SUGGESTIONS,
  saveArticleInputSchema,
} from '../../core/reading/article';
import { listArticles, saveArticle } from '../../use-cases/reading/articles';
import { suggestArticles } from '../../use-cases/reading/suggestions';
import { commandContext, intFlag, parseFlags, withWorkspace } from '../context';
import { type Io, printJson } from '../output';
import { formatArticles, formatSuggestions } from '../reading-output';
import { withFetcher } from './feeds';

type Flags = Record<string, string | undefined>;

function registerList(articles: Command, io: Io) {
  articles
    .command('list')
    .description('Stored articles, newest first')
    .option('--search <text>', 'words in the title, summary or site')
    .option('--source <id>', 'only from this source (fds_…)')
    .option('--limit <n>', 'how many (default 50)')
    .option('--offset <n>', 'skip this many')
    .action(async (opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const limit = intFlag(opts.limit, '--limit') ?? 50;
      const offset = intFlag(opts.offset, '--offset') ?? 0;
      if (limit < 1 || limit > 200) throw AppError.validation('--limit', 'must be from 1 to 200');
      if (offset < 0) throw AppError.validation('--offset', 'must not be negative');
      const { search } = parseFlags(z.object({ search: articleSearchText.optional() }), {
        search: opts.search,
      });
      const page = await withWorkspace(context, (deps) =>
        listArticles(deps, {
          limit,
          offset,
          ...(search !== undefined && { search }),
          ...(opts.source !== undefined && { sourceId: opts.source }),
        }),
      );
      if (context.json) return printJson(io, page);
      io.out(formatArticles(page));
    });
}

function registerSave(articles: Command, io: Io) {
  articles
    .command('save')
    .description(
      'Save one article by its address (title, description, site and date from its page)',
    )
    .argument('<url>', 'the article’s address')
    .action(async (url: string, _opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const input = parseFlags(saveArticleInputSchema, { url }, { url: 'URL' });
      const result = await withFetcher(
        context,
        (deps, fetcher) => saveArticle(deps, { url: input.url, fetcher }),
        { url: 'URL' },
      );
      if (context.json) return printJson(io, result);
      io.out(
        `${result.created ? 'Saved' : 'Already saved'}: “${result.article.title}” (${result.article.id})`,
      );
    });
}

function registerSuggest(articles: Command, io: Io) {
  articles
    .command('suggest')
    .description('The articles most worth sending to a person, each with the reason')
    .requiredOption('--contact <id>', 'the person (con_…)')
    .option('--application <id>', 'the application the message is about (app_…)')
    .option('--limit <n>', `how many (default 3, at most ${MAX_SUGGESTIONS})`)
    .action(async (opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const limit = intFlag(opts.limit, '--limit') ?? 3;
      const result = await withWorkspace(
        context,
        (deps) =>
          suggestArticles(deps, {
            contactId: opts.contact ?? null,
            applicationId: opts.application ?? null,
            limit,
          }),
        { contactId: '--contact', applicationId: '--application', limit: '--limit' },
      );
      if (context.json) return printJson(io, result);
      io.out(formatSuggestions(result.items));
    });
}

/** `rebound articles …`: the reading list, and what to send to whom. */
export function registerArticleCommands(program: Command, io: Io) {
  const articles = program
    .command('articles')
    .description('Articles from your sources: list and search, save one, suggest for a person');
  registerList(articles, io);
  registerSave(articles, io);
  registerSuggest(articles, io);
}
