import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import {
  cadenceCutoff,
  countUnansweredTouches,
  keepInTouchStatus,
  type CadenceFacts,
} from './keep-in-touch';
import { resolveRecoverySettings } from './settings';
import { localDayOf } from './zoned-time';

const settings = resolveRecoverySettings({ timeZone: 'America/New_York' });
const NOW = '2026-11-26T15:00:00.000Z';
const facts = (overrides: Partial<CadenceFacts> = {}): CadenceFacts => ({
  relationship: 'recruiter',
  keepInTouchDays: null,
  lastInteractionAt: '2026-09-01T14:00:00.000Z',
  keepInTouchSnoozedUntil: null,
  unansweredTouches: 0,
  ...overrides,
});

describe('keeping in touch', () => {
  it('counts the relationship’s cadence from the last interaction', () => {
    const status = keepInTouchStatus(facts(), settings, NOW);
    expect(status).toMatchObject({
      state: 'scheduled',
      cadenceDays: 90,
      cadenceIsDefault: true,
      dueOn: '2026-11-30',
    });
    expect(status.dueAt).toBe('2026-11-30T14:00:00.000Z');
    expect(status.reason).toContain('(The Ladders)');
  });

  it.each([
    [{ keepInTouchDays: 30 }, 'due', '2026-10-01'],
    [{ keepInTouchDays: 0 }, 'off', null],
    [{ lastInteractionAt: null }, 'not_started', null],
    [{ unansweredTouches: 3 }, 'resting', null],
    [{ unansweredTouches: 2 }, 'scheduled', '2026-11-30'],
    [{ keepInTouchSnoozedUntil: '2026-12-07T14:00:00.000Z' }, 'scheduled', '2026-12-07'],
    [{ keepInTouchSnoozedUntil: '2026-10-07T14:00:00.000Z' }, 'scheduled', '2026-11-30'],
    [{ relationship: 'mentor' as const }, 'due', '2026-10-31'],
  ])('with %j the state is %s, due %s', (overrides, state, dueOn) => {
    const status = keepInTouchStatus(facts(overrides), settings, NOW);
    expect(status.state).toBe(state);
    expect(status.dueOn).toBe(dueOn);
  });

  it('warns on the last follow-up before letting it rest', () => {
    const status = keepInTouchStatus(facts({ unansweredTouches: 2 }), settings, NOW);
    expect(status.reason).toContain(
      'No reply to your last 2 attempts; this is the last follow-up before letting it rest (Versique)',
    );
  });

  it('says nothing of a missing reply while the wait for one is not over', () => {
    const wait = settings.timing.feedbackWaitDays;
    const sentAt = (daysAgo: number) =>
      new Date(Date.parse(NOW) - daysAgo * 86_400_000).toISOString();
    const reason = (unansweredTouches: number, daysAgo: number) =>
      keepInTouchStatus(
        facts({ unansweredTouches, lastInteractionAt: sentAt(daysAgo) }),
        settings,
        NOW,
      ).reason;
    // Minutes after a thank-you, nobody has failed to answer it.
    expect(reason(1, 0)).not.toMatch(/reply/i);
    expect(reason(1, wait - 1)).not.toMatch(/reply/i);
    expect(reason(1, wait)).toContain('No reply to your last attempt;');
    expect(reason(2, 1)).toContain('No reply to the attempt before your latest;');
  });

  it('says how often you reached out when a relationship rests, not that they ignored it', () => {
    const status = keepInTouchStatus(facts({ unansweredTouches: 3 }), settings, NOW);
    expect(status.reason).toMatch(/^You reached out 3 times since they last wrote back\./);
  });

  it('finds exactly the contacts due by a day with a plain comparison on the last interaction', () => {
    const zones = ['America/New_York', 'Europe/London', 'Pacific/Tongatapu', 'UTC'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 400; i += 1) {
      const zone = zones[i % zones.length] as string;
      const zoned = resolveRecoverySettings({ timeZone: zone });
      const cadence = 1 + Math.floor(random() * 120);
      const last = new Date(Date.UTC(2026, 0, 1) + random() * 360 * 86_400_000).toISOString();
      const day = addDays(localDayOf(last, zone), Math.floor(random() * 240) - 20);
      const status = keepInTouchStatus(
        facts({ keepInTouchDays: cadence, lastInteractionAt: last }),
        zoned,
        NOW,
      );
      const dueByDay = (status.dueOn as string) <= day;
      expect(
        last < cadenceCutoff(day, cadence, zone),
        `${zone} ${last} +${cadence} by ${day}`,
      ).toBe(dueByDay);
    }
  });

  it.each([
    ['no interactions', [], 0],
    [
      'they wrote last',
      [
        ['2026-11-20', 'inbound'],
        ['2026-11-01', 'outbound'],
      ],
      0,
    ],
    [
      'one note',
      [
        ['2026-11-20', 'outbound'],
        ['2026-11-01', 'inbound'],
      ],
      1,
    ],
    [
      'a burst in one week is one attempt',
      [
        ['2026-11-24', 'outbound'],
        ['2026-11-22', 'outbound'],
        ['2026-11-20', 'outbound'],
      ],
      1,
    ],
    [
      'three attempts weeks apart',
      [
        ['2026-11-24', 'outbound'],
        ['2026-10-20', 'outbound'],
        ['2026-09-10', 'outbound'],
        ['2026-08-01', 'inbound'],
      ],
      3,
    ],
  ] as const)('%s: %d unanswered', (_name, touches, expected) => {
    const list = touches.map(([day, direction]) => ({
      occurredAt: `${day}T12:00:00.000Z`,
      direction,
    }));
    expect(countUnansweredTouches(list)).toBe(expected);
  });
});
