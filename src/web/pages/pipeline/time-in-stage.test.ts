import { describe, expect, it } from 'vitest';
import { timeInStage } from './time-in-stage';

describe('time in stage on a card', () => {
  const now = new Date('2026-12-07T10:00:00Z');
  it.each([
    ['2026-12-07T08:00:00Z', 'Moved here today'],
    ['2026-12-06T10:00:00Z', '1 day in stage'],
    ['2026-11-27T10:00:00Z', '10 days in stage'],
    ['2026-11-16T10:00:00Z', '3 weeks in stage'],
    ['2026-10-01T10:00:00Z', '2 months in stage'],
    ['2025-11-20T10:00:00Z', '12 months in stage'],
    ['2023-12-01T10:00:00Z', '3 years in stage'],
  ])('since %s reads "%s"', (since, words) => {
    expect(timeInStage(since, now, 'UTC')).toBe(words);
  });

  it('counts the day the user applied, not the day it was added', () => {
    // Applied on 20 November, added to Rebound today.
    expect(timeInStage('2026-11-20T12:00:00Z', now, 'Europe/Berlin')).toBe('2 weeks in stage');
  });
});
