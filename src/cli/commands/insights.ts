import type { Command } from 'commander';
import { getInsights } from '../../use-cases/insights';
import { commandContext, withWorkspace } from '../context';
import { formatInsights } from '../insights-output';
import { type Io, printJson } from '../output';
import { formatWinsLine } from '../wellbeing-output';
import { listWins } from '../../use-cases/wellbeing/wins';

/** `rebound insights`: what the rejections add up to. */
export function registerInsightsCommands(program: Command, io: Io) {
  program
    .command('insights')
    .description(
      'What your rejections add up to: lessons, the funnel, recurring themes, follow-through, practice',
    )
    .action(async (_opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const { insights, wins } = await withWorkspace(context, async (deps) => ({
        insights: await getInsights(deps),
        wins: await listWins(deps, { limit: 1, offset: 0 }),
      }));
      if (context.json) return printJson(io, insights);
      io.out(formatInsights(insights));
      io.out(`\n${formatWinsLine(wins.total, wins.items)}`);
    });
}
