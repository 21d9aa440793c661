import { describe, expect, it } from 'vitest';
import {
  addMonthsToDay,
  daysBetween,
  formatDay,
  instantAtLocalTime,
  isValidTimeZone,
  localDayOf,
  machineTimeZone,
  nextMonday,
  startOfLocalDay,
} from './zoned-time';

describe('zoned time', () => {
  it.each([
    // zone, instant, local day
    ['America/New_York', '2026-03-08T04:59:00.000Z', '2026-03-07'],
    ['America/New_York', '2026-03-08T05:00:00.000Z', '2026-03-08'],
    ['America/New_York', '2026-11-02T04:30:00.000Z', '2026-11-01'],
    ['Europe/London', '2026-03-29T00:30:00.000Z', '2026-03-29'],
    ['Europe/London', '2026-07-01T23:30:00.000Z', '2026-07-02'],
    ['Pacific/Tongatapu', '2026-06-15T10:59:00.000Z', '2026-06-15'],
    ['Pacific/Tongatapu', '2026-06-15T11:00:00.000Z', '2026-06-16'],
    ['Pacific/Auckland', '2026-01-10T11:00:00.000Z', '2026-01-11'],
  ])('in %s, %s falls on %s', (zone, instant, day) => {
    expect(localDayOf(instant, zone)).toBe(day);
  });

  it.each([
    // The same wall-clock time maps to different UTC hours either side of a clock change.
    ['America/New_York', '2026-03-07', '09:00', '2026-03-07T14:00:00.000Z'],
    ['America/New_York', '2026-03-08', '09:00', '2026-03-08T13:00:00.000Z'],
    ['America/New_York', '2026-10-31', '09:00', '2026-10-31T13:00:00.000Z'],
    ['America/New_York', '2026-11-01', '09:00', '2026-11-01T14:00:00.000Z'],
    ['Europe/London', '2026-03-28', '09:00', '2026-03-28T09:00:00.000Z'],
    ['Europe/London', '2026-03-29', '09:00', '2026-03-29T08:00:00.000Z'],
    ['Europe/London', '2026-10-25', '09:00', '2026-10-25T09:00:00.000Z'],
    ['Pacific/Tongatapu', '2026-06-16', '09:00', '2026-06-15T20:00:00.000Z'],
    ['Pacific/Auckland', '2026-01-11', '09:00', '2026-01-10T20:00:00.000Z'],
    // 02:30 does not exist in New York on 8 March 2026: it moves to 03:30 EDT.
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00.000Z'],
  ])('in %s, %s at %s is %s', (zone, day, time, instant) => {
    const result = instantAtLocalTime(day, time, zone);
    expect(result).toBe(instant);
    expect(localDayOf(result, zone)).toBe(day);
  });

  it('agrees with Intl on the local day of any instant, in zones with odd offsets and skipped days', () => {
    const zones = [
      'UTC',
      'America/New_York',
      'America/Santiago',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'Pacific/Apia',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
    ];
    const intlDay = (instant: string, zone: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: zone, dateStyle: 'short' }).format(
        Date.parse(instant),
      );
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const from = Date.UTC(2011, 11, 29);
    for (const zone of zones) {
      for (let i = 0; i < 400; i += 1) {
        // Every quarter hour of the days around Samoa's skipped day, then anywhere in 15 years.
        const at = i < 200 ? from + i * 900_000 : from + random() * 15 * 365 * 86_400_000;
        const instant = new Date(Math.floor(at)).toISOString();
        expect([zone, instant, localDayOf(instant, zone)]).toEqual([
          zone,
          instant,
          intlDay(instant, zone),
        ]);
      }
    }
  });

  it('finds the start of a local day, also on the 23- and 25-hour days', () => {
    expect(startOfLocalDay('2026-03-08', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfLocalDay('2026-03-09', 'America/New_York')).toBe('2026-03-09T04:00:00.000Z');
    expect(startOfLocalDay('2026-11-01', 'America/New_York')).toBe('2026-11-01T04:00:00.000Z');
    expect(startOfLocalDay('2026-11-02', 'America/New_York')).toBe('2026-11-02T05:00:00.000Z');
  });

  it('does calendar arithmetic on days', () => {
    expect(daysBetween('2026-11-26', '2026-12-03')).toBe(7);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-12-03', '2026-11-26')).toBe(-7);
    expect(addMonthsToDay('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToDay('2026-08-15', 6)).toBe('2027-02-15');
    expect(nextMonday('2026-11-26')).toBe('2026-11-30');
    expect(nextMonday('2026-11-30')).toBe('2026-12-07');
    expect(nextMonday('2026-11-29')).toBe('2026-11-30');
    expect(formatDay('2026-12-01', 2026)).toBe('Tue 1 Dec');
    expect(formatDay('2027-01-05', 2026)).toBe('Tue 5 Jan 2027');
  });

  it('knows real zones from made-up ones', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(machineTimeZone())).toBe(true);
  });
});
