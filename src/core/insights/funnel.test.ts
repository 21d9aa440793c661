import { describe, expect, it } from 'vitest';
import { computeFunnel, furthestFunnelStage, type FunnelApplication } from './funnel';
import { addMonths, localMonthOf, monthLabel, monthsBetween } from './months';

let n = 0;
function app(overrides: Partial<FunnelApplication> = {}): FunnelApplication {
  n += 1;
  return {
    id: `app_${n}`,
    source: 'LinkedIn',
    stage: 'applied',
    startedAt: '2026-10-05T10:00:00.000Z',
    furthestInHistory: null,
    rejectedAfter: null,
    ...overrides,
  };
}

const options = { zone: 'Europe/London', currentMonth: '2026-11' };
const steps = (apps: FunnelApplication[]) =>
  Object.fromEntries(
    computeFunnel(apps, options).overall.steps.map((s) => [
      s.stage,
      [s.reached, s.rejected, s.ghosted, s.withdrawn, s.open],
    ]),
  );

describe('the furthest stage reached', () => {
  it.each<[Partial<FunnelApplication>, string | undefined]>([
    [{ stage: 'saved' }, undefined],
    [{ stage: 'withdrawn', furthestInHistory: 'saved' }, undefined],
    [{ stage: 'rejected' }, 'applied'],
    [{ stage: 'ghosted' }, 'applied'],
    [{ stage: 'rejected', furthestInHistory: 'final' }, 'final'],
    [{ stage: 'rejected', furthestInHistory: 'screen', rejectedAfter: 'interview' }, 'interview'],
    [{ stage: 'screen', furthestInHistory: 'interview' }, 'interview'],
    [{ stage: 'offer' }, 'offer'],
  ])('%j reached %s', (overrides, expected) => {
    expect(furthestFunnelStage(app(overrides))).toBe(expected);
  });
});

describe('the funnel', () => {
  it('is empty with no applications, and leaves saved ones out', () => {
    const funnel = computeFunnel([app({ stage: 'saved' })], options);
    expect(funnel.overall.applications).toBe(0);
    expect(funnel.overall.steps.map((s) => [s.reached, s.conversion, s.fromApplied])).toEqual(
      Array.from({ length: 5 }, () => [0, null, null]),
    );
    expect(funnel.byMonth).toEqual([]);
    expect(funnel.bySource).toEqual([]);
    expect(funnel.savedOnly).toBe(1);
  });

  it('counts one rejection after a screen at the screen, from the history', () => {
    expect(steps([app({ stage: 'rejected', furthestInHistory: 'screen' })])).toEqual({
      applied: [1, 0, 0, 0, 0],
      screen: [1, 1, 0, 0, 0],
      interview: [0, 0, 0, 0, 0],
      final: [0, 0, 0, 0, 0],
      offer: [0, 0, 0, 0, 0],
    });
  });

  it('says how applications ended at the stage they got to, and converts stage to stage', () => {
    const funnel = computeFunnel(
      [
        app({ stage: 'rejected', furthestInHistory: 'final' }),
        app({ stage: 'ghosted', furthestInHistory: 'screen' }),
        app({ stage: 'withdrawn', furthestInHistory: 'interview' }),
        app({ stage: 'interview' }),
        app({ stage: 'applied' }),
      ],
      options,
    );
    const byStage = Object.fromEntries(funnel.overall.steps.map((s) => [s.stage, s]));
    expect(byStage.applied).toMatchObject({ reached: 5, conversion: 1, open: 1 });
    expect(byStage.screen).toMatchObject({ reached: 4, conversion: 0.8, ghosted: 1 });
    expect(byStage.interview).toMatchObject({
      reached: 3,
      conversion: 0.75,
      withdrawn: 1,
      open: 1,
    });
    expect(byStage.final).toMatchObject({ reached: 1, rejected: 1, fromApplied: 0.2 });
    expect(byStage.offer).toMatchObject({ reached: 0, conversion: 0 });
    expect(funnel.overall.rejections).toBe(1);
  });

  it('goes month by month in the user’s zone, quiet months included, up to this month', () => {
    const funnel = computeFunnel(
      [
        // 23:30 UTC on 31 July is 00:30 on 1 August in London (summer time).
        app({ startedAt: '2026-07-31T23:30:00.000Z' }),
        app({ startedAt: '2026-07-15T12:00:00.000Z', stage: 'rejected' }),
        app({ startedAt: '2026-10-01T09:00:00.000Z' }),
      ],
      options,
    );
    expect(funnel.byMonth.map((m) => [m.key, m.label, m.applications, m.rejections])).toEqual([
      ['2026-07', 'Jul 2026', 1, 1],
      ['2026-08', 'Aug 2026', 1, 0],
      ['2026-09', 'Sep 2026', 0, 0],
      ['2026-10', 'Oct 2026', 1, 0],
      ['2026-11', 'Nov 2026', 0, 0],
    ]);
  });

  it('groups sources ignoring case and spacing, names each by its commonest spelling, unknown last', () => {
    const funnel = computeFunnel(
      [
        app({ source: 'Referral' }),
        app({ source: null }),
        app({ source: ' referral ' }),
        app({ source: 'Referral' }),
        app({ source: '' }),
        app({ source: 'Indeed' }),
        app({ source: 'Indeed', stage: 'screen' }),
      ],
      options,
    );
    expect(funnel.bySource.map((s) => [s.key, s.label, s.applications])).toEqual([
      ['referral', 'Referral', 3],
      ['indeed', 'Indeed', 2],
      ['', 'Not recorded', 2],
    ]);
  });

  it('breaks ties between sources by name', () => {
    const funnel = computeFunnel([app({ source: 'Zeta' }), app({ source: 'Alpha' })], options);
    expect(funnel.bySource.map((s) => s.label)).toEqual(['Alpha', 'Zeta']);
  });
});

describe('months', () => {
  it.each([
    ['2026-03-31T23:30:00.000Z', 'Europe/London', '2026-04'],
    ['2026-03-31T23:30:00.000Z', 'America/New_York', '2026-03'],
    ['2026-01-01T03:00:00.000Z', 'America/Los_Angeles', '2025-12'],
    ['2025-12-31T20:00:00.000Z', 'Asia/Kolkata', '2026-01'],
    ['2026-06-15T12:00:00.000Z', 'UTC', '2026-06'],
  ])('%s is in %s month %s', (instant, zone, month) => {
    expect(localMonthOf(instant, zone)).toBe(month);
  });

  it('steps, lists and names months across years', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthsBetween('2025-11', '2026-02')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsBetween('2026-02', '2026-01')).toEqual([]);
    expect(monthLabel('2026-09')).toBe('Sep 2026');
  });
});
