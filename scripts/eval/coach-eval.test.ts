import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coachDetector, GOALS, score, splitItems } from './coach-eval';

const root = path.resolve('.');

/**
 * Where the held-out figures stand below PRODUCT.md's bar of 0.9, the floor is the level reached
 * (rounded down), so that a regression fails while the goal stays in view. Measured with the tone
 * model trained through batch 53 and the rules of decision 0026's last entry: tone 0.897 (130 of
 * 145), accuracy 0.893 (25 of 28), three false alarms in 192 clean messages.
 */
const REACHED: Partial<Record<string, number>> = { tone: 0.88, accuracy: 0.85 };

/**
 * A regression guard on the held-out messages, which the rules and the model are never tuned
 * on. Speed is measured by the benchmark, not here.
 */
describe('coach evaluation on held-out messages', () => {
  const items = splitItems(root, 'held-out');
  const result = score(items, coachDetector);

  it('has a held-out set worth measuring', () => {
    expect(items.length).toBeGreaterThanOrEqual(100);
    expect(result.clean).toBeGreaterThanOrEqual(30);
  });

  it.each(GOALS.groups)('finds the %s problems at least as often as the floor says', (group) => {
    const recall = result.recall[group];
    expect(recall, `no held-out messages for ${group}`).toBeDefined();
    expect(recall?.rate, `missed: ${result.missed.join(', ')}`).toBeGreaterThanOrEqual(
      REACHED[group] ?? GOALS.recall,
    );
  });

  it('raises at most 5% false alarms on clean messages', () => {
    expect(
      result.falseAlarmRate,
      `false alarms: ${result.falseAlarms.join(', ')}`,
    ).toBeLessThanOrEqual(GOALS.falseAlarmRate);
  });
});
