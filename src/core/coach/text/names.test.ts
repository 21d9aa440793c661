import { describe, expect, it } from 'vitest';
import { isMisspelling, nameParts, sameName } from './names';

describe('names', () => {
  it.each([
    ['Helen', 'helen'],
    ['Zoe', 'Zoë'],
    ['Bob', 'Robert'],
    ['Kate', 'Katherine'],
    ['Alex', 'Alexandra'],
    ['Chris', 'Christopher'],
  ])('%s and %s are the same person', (a, b) => {
    expect(sameName(a, b)).toBe(true);
    expect(isMisspelling(a, b)).toBe(false);
  });

  it.each([
    ['Ellen', 'Helen'],
    ['Jonh', 'John'],
    ['Benn', 'Ben'],
    ['Tomas', 'Tomasz'],
    ['Catherine', 'Katherine'],
  ])('%s is a slip for %s', (a, b) => {
    expect(isMisspelling(a, b)).toBe(true);
  });

  it.each([
    ['Owen', 'Helen'],
    ['Priya', 'Rachel'],
  ])('%s is someone else, not %s misspelled', (a, b) => {
    expect(sameName(a, b)).toBe(false);
    expect(isMisspelling(a, b)).toBe(false);
  });

  it('splits a name into first and last, without titles', () => {
    expect(nameParts('Dr. Helen Cho')).toEqual({
      first: 'helen',
      last: 'cho',
      all: ['helen', 'cho'],
    });
    expect(nameParts('  ')).toBeNull();
  });
});
