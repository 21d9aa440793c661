import { describe, expect, it } from 'vitest';
import { agendaSection, taskTitle, whenText } from './agenda';
import { instantAtLocalTime, localDayOf } from './zoned-time';

/** "Due tomorrow" as a user in `zone` sees a step due at 09:00 local on `dueDay` at `now`. */
function seen(zone: string, now: string, dueDay: string) {
  const dueAt = instantAtLocalTime(dueDay, '09:00', zone);
  return whenText(localDayOf(dueAt, zone), localDayOf(now, zone));
}

describe('when a step is due, in the user’s zone', () => {
  it.each([
    // Around midnight: one minute either side changes the answer.
    ['Europe/London', '2026-06-10T22:59:00.000Z', '2026-06-11', 'Due tomorrow'],
    ['Europe/London', '2026-06-10T23:00:00.000Z', '2026-06-11', 'Due today'],
    // New York, the night the clocks go forward (8 March 2026) and back (1 November 2026).
    ['America/New_York', '2026-03-08T04:59:00.000Z', '2026-03-08', 'Due tomorrow'],
    ['America/New_York', '2026-03-08T05:00:00.000Z', '2026-03-08', 'Due today'],
    ['America/New_York', '2026-03-08T05:00:00.000Z', '2026-03-09', 'Due tomorrow'],
    ['America/New_York', '2026-03-09T03:59:00.000Z', '2026-03-09', 'Due tomorrow'],
    ['America/New_York', '2026-03-09T04:00:00.000Z', '2026-03-09', 'Due today'],
    ['America/New_York', '2026-11-01T03:59:00.000Z', '2026-11-01', 'Due tomorrow'],
    ['America/New_York', '2026-11-02T04:59:00.000Z', '2026-11-02', 'Due tomorrow'],
    ['America/New_York', '2026-11-02T05:00:00.000Z', '2026-11-02', 'Due today'],
    // London, either side of its changes (29 March and 25 October 2026).
    ['Europe/London', '2026-03-28T23:59:00.000Z', '2026-03-29', 'Due tomorrow'],
    ['Europe/London', '2026-03-29T23:00:00.000Z', '2026-03-30', 'Due today'],
    ['Europe/London', '2026-10-24T22:59:00.000Z', '2026-10-25', 'Due tomorrow'],
    ['Europe/London', '2026-10-25T23:59:00.000Z', '2026-10-26', 'Due tomorrow'],
    // UTC+13: most of the local day is still "yesterday" in UTC.
    ['Pacific/Tongatapu', '2026-06-15T10:30:00.000Z', '2026-06-16', 'Due tomorrow'],
    ['Pacific/Tongatapu', '2026-06-15T11:00:00.000Z', '2026-06-16', 'Due today'],
    ['Pacific/Auckland', '2026-01-10T10:59:00.000Z', '2026-01-11', 'Due tomorrow'],
    ['Pacific/Auckland', '2026-01-10T11:00:00.000Z', '2026-01-11', 'Due today'],
    ['Pacific/Auckland', '2026-01-10T11:00:00.000Z', '2026-01-10', 'Overdue by 1 day'],
  ])('in %s at %s a step due %s reads "%s"', (zone, now, dueDay, expected) => {
    expect(seen(zone, now, dueDay)).toBe(expected);
  });

  it('names the weekday within a week and the date after', () => {
    expect(whenText('2026-11-27', '2026-11-26')).toBe('Due tomorrow');
    expect(whenText('2026-11-30', '2026-11-26')).toBe('Due Monday');
    expect(whenText('2026-12-08', '2026-11-26')).toBe('Due Tue 8 Dec');
    expect(whenText('2026-11-20', '2026-11-26')).toBe('Overdue by 6 days');
  });

  it('sorts into sections by local day', () => {
    expect(agendaSection('2026-11-25', '2026-11-26')).toBe('overdue');
    expect(agendaSection('2026-11-26', '2026-11-26')).toBe('today');
    expect(agendaSection('2026-11-27', '2026-11-26')).toBe('upcoming');
  });

  it.each([
    ['thank_you', 'Ana Okafor', 'Acme', 'Send a thank-you note to Ana Okafor (Acme)'],
    ['thank_you', null, 'Acme', 'Send a thank-you note to someone at Acme'],
    ['feedback_request', 'Ana Okafor', 'Acme', 'Ask Ana Okafor (Acme) for feedback, once'],
    ['linkedin_note', 'Ben Park', null, 'Connect with Ben Park on LinkedIn'],
    ['reflect', null, 'Acme', 'Reflect on the Acme rejection'],
    ['reapply', null, 'Acme', 'Consider re-applying to Acme'],
  ] as const)('titles a %s step', (kind, contactName, company, title) => {
    expect(taskTitle({ kind, contactName, company })).toBe(title);
  });
});
