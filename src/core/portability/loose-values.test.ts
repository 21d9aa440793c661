import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLooseDay, readLooseInstant, readLooseSalary } from './loose-values';

describe('readLooseDay', () => {
  it.each([
    ['26 Nov 2026', '2026-11-26'],
    ['3 September 2019', '2019-09-03'],
    ['Nov 26, 2026', '2026-11-26'],
    ['2026-11-26', '2026-11-26'],
    ['2026-11-26T23:30:00-05:00', '2026-11-27'],
    ['11/26/2026', '2026-11-26'],
    ['26/11/2026', '2026-11-26'],
    ['26.11.2026', '2026-11-26'],
    ['1/2/26', '2026-01-02'],
    ['  7 Feb 2024 ', '2024-02-07'],
  ])('reads %s as %s', (text, day) => {
    expect(readLooseDay(text)).toBe(day);
  });

  it.each([
    '',
    '30 Feb 2026',
    '2026-13-01',
    'yesterday',
    '13/13/2026',
    '26 Nox 2026',
    '2026-11-26T99:00',
  ])('refuses %j', (text) => {
    expect(readLooseDay(text)).toBeUndefined();
  });
});

describe('readLooseInstant', () => {
  it("reads a time without an offset, or a bare date (at noon), in the user's zone", () => {
    expect(readLooseInstant('2026-11-26 14:30', 'Asia/Tokyo')).toBe('2026-11-26T05:30:00.000Z');
    expect(readLooseInstant('2026-06-15T10:00', 'America/New_York')).toBe(
      '2026-06-15T14:00:00.000Z',
    );
    expect(readLooseInstant('2026-11-26T14:30:00Z', 'Asia/Tokyo')).toBe('2026-11-26T14:30:00.000Z');
    expect(readLooseInstant('26 Nov 2026', 'Europe/Berlin')).toBe('2026-11-26T11:00:00.000Z');
    expect(readLooseInstant('26 Nov 2026', 'UTC')).toBe('2026-11-26T12:00:00.000Z');
  });

  it.each(['2026-02-30', '2025-02-29', '2026-02-30T10:00', '2026-04-31 09:00', '2026-06-15T24:00'])(
    'refuses the impossible %s',
    (text) => {
      expect(readLooseInstant(text, 'UTC')).toBeUndefined();
    },
  );
});

describe('readLooseSalary', () => {
  it.each([
    ['85000', { min: 85000, max: 85000, currency: null }],
    ['$80k - $95k', { min: 80000, max: 95000, currency: 'USD' }],
    ['€60.000–70.000', { min: 60000, max: 70000, currency: 'EUR' }],
    ['90,000 USD', { min: 90000, max: 90000, currency: 'USD' }],
    ['£45k to £50k per year', { min: 45000, max: 50000, currency: 'GBP' }],
    ['C$120k/yr', { min: 120000, max: 120000, currency: 'CAD' }],
    ['1.2M', { min: 1200000, max: 1200000, currency: null }],
    ['', { min: null, max: null, currency: null }],
  ])('reads %j', (text, salary) => {
    expect(readLooseSalary(text)).toEqual(salary);
  });

  it.each(['competitive', 'DOE', '80k-90k-100k', '$'])('refuses %j', (text) => {
    expect(readLooseSalary(text)).toBeUndefined();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 60 }),
          // Near-dates reach the deeper branches: "2026-10-020T10:00", "12/31/99x".
          fc.stringMatching(/^\d{4}-\d{1,3}-\d{1,3}[T ]?[\d:.Z+-]{0,12}$/),
          fc.stringMatching(/^\d{1,2}[./ ]\w{1,9}[./ ,]{1,2}\d{1,4}$/),
        ),
        (text) => {
          readLooseSalary(text);
          readLooseDay(text);
          readLooseInstant(text, 'Europe/London');
        },
      ),
      { numRuns: 3000 },
    );
  });
});
