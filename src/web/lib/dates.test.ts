import { describe, expect, it } from 'vitest';
import { dayIn, daysBetween, formatDay, formatRelativeDay } from './dates';

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

  it('shows a calendar day as that day in every zone', () => {
    expect(formatDay('2026-11-26', 'Pacific/Kiritimati')).toMatch(/26/);
  });
});
