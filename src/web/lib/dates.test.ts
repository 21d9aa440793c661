import { describe, expect, it } from 'vitest';
import {
  dayIn,
  daysBetween,
  dueWords,
  formatDay,
  formatDayTime,
  formatRelativeDay,
  withReadableDays,
} from './dates';

describe('dates as a person reads them', () => {
  it('finds the calendar day of an instant in a time zone, across midnight', () => {
    expect(dayIn('2026-11-26T23:30:00Z', 'Europe/Berlin')).toBe('2026-11-27');
    expect(dayIn('2026-11-26T23:30:00Z', 'America/New_York')).toBe('2026-11-26');
  });

  it('counts calendar days, not 24-hour periods, across a daylight-saving change', () => {
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('says today, yesterday and in a few days relative to now in the zone', () => {
    const now = new Date('2026-11-26T10:00:00Z');
    expect(formatRelativeDay('2026-11-26T08:00:00Z', now, 'UTC')).toBe('today');
    expect(formatRelativeDay('2026-11-25', now, 'UTC')).toBe('yesterday');
    expect(formatRelativeDay('2026-11-29', now, 'UTC')).toBe('in 3 days');
    expect(formatRelativeDay('2026-09-27', now, 'UTC')).toBe('2 months ago');
  });

  it('writes every date one way: day, short month, year', () => {
    expect(formatDay('2026-12-07')).toBe('7 Dec 2026');
    expect(formatDay('2026-12-07T23:30:00Z', 'Europe/Berlin')).toBe('8 Dec 2026');
    expect(formatDayTime('2026-12-07T13:05:00Z', 'Europe/Berlin')).toBe('7 Dec 2026, 14:05');
  });

  it('writes the days in a server message the way the page writes dates', () => {
    expect(
      withReadableDays('date: must not be in the future (today is 2026-12-07 in Europe/Berlin)'),
    ).toBe('date: must not be in the future (today is 7 Dec 2026 in Europe/Berlin)');
    // Not a day: a time stamp, or digits that only look like one.
    expect(withReadableDays('at 2026-12-07T10:00:00Z')).toBe('at 2026-12-07T10:00:00Z');
    expect(withReadableDays('code 2026-13-45')).toBe('code 2026-13-45');
  });

  it('says when a step is due in words, leaving the date to be written once', () => {
    expect(dueWords('2026-12-07', '2026-12-07')).toBe('Due today');
    expect(dueWords('2026-12-08', '2026-12-07')).toBe('Due tomorrow');
    expect(dueWords('2026-12-10', '2026-12-07')).toBe('Due in 3 days');
    expect(dueWords('2027-01-04', '2026-12-07')).toBe('Due in 4 weeks');
    expect(dueWords('2026-12-06', '2026-12-07')).toBe('Overdue by 1 day');
    expect(dueWords('2026-12-04', '2026-12-07')).toBe('Overdue by 3 days');
  });

  it('shows a calendar day as that day in every zone', () => {
    expect(formatDay('2026-11-26', 'Pacific/Kiritimati')).toMatch(/26/);
  });
});
