import type { PaceView } from '../core/wellbeing/pacing';
import type { Win } from '../core/wellbeing/win';
import type { FreshRejection } from '../use-cases/wellbeing/letters';

/** The gentle lines Today ends with: an offer to write a fresh "no" out, and this week. */
export function formatWellbeing({
  fresh,
  pace,
}: {
  fresh: readonly FreshRejection[];
  pace: PaceView;
}): string {
  const lines: string[] = [];
  for (const item of fresh.filter((f) => f.letters === 0)) {
    lines.push(
      `A “no” from ${item.company} this week can sting. If it helps, write it out first, just for you: rebound letter write --application ${item.applicationId}`,
    );
  }
  if (pace.paused) lines.push(`This week: paused until ${pace.pausedUntil}.`);
  else if (pace.items.length > 0) {
    lines.push(`This week: ${pace.items.map((i) => i.text).join(' · ')}. ${pace.summary}`);
  }
  return lines.join('\n');
}

/** The wins line under the insights: what went right, beside the losses. */
export function formatWinsLine(total: number, recent: readonly Win[]): string {
  if (total === 0) return 'Wins: none kept yet. A good answer counts: rebound wins add "…"';
  const latest = recent[0] ? ` Latest: ${recent[0].text}.` : '';
  return `Wins: ${total} kept.${latest} (rebound wins)`;
}
