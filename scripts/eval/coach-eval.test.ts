import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coachDetector, GOALS, score, splitItems } from './coach-eval';

const root = path.resolve('.');

/**
 * A regression guard on the held-out messages, which the rules are never tuned on: the coach
 * must keep PRODUCT.md's bars there. Speed is measured by the benchmark, not here.
 */
describe('coach evaluation on held-out messages', () => {
  const items = splitItems(root, 'held-out');
  const result = score(items, coachDetector);

  it('has a held-out set worth measuring', () => {
    expect(items.length).toBeGreaterThanOrEqual(100);
    expect(result.clean).toBeGreaterThanOrEqual(30);
  });

  it.each(GOALS.groups)('finds at least 90%% of the %s problems', (group) => {
    const recall = result.recall[group];
    expect(recall, `no held-out messages for ${group}`).toBeDefined();
    expect(recall?.rate, `missed: ${result.missed.join(', ')}`).toBeGreaterThanOrEqual(
      GOALS.recall,
    );
  });

  it('raises at most 5% false alarms on clean messages', () => {
    expect(
      result.falseAlarmRate,
      `false alarms: ${result.falseAlarms.join(', ')}`,
    ).toBeLessThanOrEqual(GOALS.falseAlarmRate);
  });
});
