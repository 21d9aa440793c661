import type { Command } from 'commander';
import { getInsights } from '../../use-cases/insights';
import { commandContext, withWorkspace } from '../context';
import { formatInsights } from '../insights-output';
import { type Io, printJson } from '../output';

/** `rebound insights`: what the rejections add up to. */
export function registerInsightsCommands(program: Command, io: Io) {
  program
    .command('insights')
    .description(
      'What your rejections add up to: lessons, the funnel, recurring themes, follow-through, practice',
    )
    .action(async (_opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const insights = await withWorkspace(context, (deps) => getInsights(deps));
      if (context.json) return printJson(io, insights);
      io.out(formatInsights(insights));
    });
}
