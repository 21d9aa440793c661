import { describe, expect, it } from 'vitest';
import { count, nounFor, outOf, times } from './words';

describe('counting words', () => {
  it.each([
    [0, 'question', '0 questions'],
    [1, 'question', '1 question'],
    [2, 'question', '2 questions'],
    [1, 'time', '1 time'],
    [21, 'application', '21 applications'],
  ])('count(%i, %s) is "%s"', (n, word, expected) => {
    expect(count(n, word)).toBe(expected);
  });

  it('takes an irregular plural', () => {
    expect(count(1, 'person', 'people')).toBe('1 person');
    expect(count(4, 'person', 'people')).toBe('4 people');
    expect(count(2, 'piece of feedback', 'pieces of feedback')).toBe('2 pieces of feedback');
  });

  it('agrees the noun with the whole in "part of whole"', () => {
    expect(outOf(1, 1, 'application')).toBe('1 of 1 application');
    expect(outOf(0, 1, 'application')).toBe('0 of 1 application');
    expect(outOf(3, 10, 'application')).toBe('3 of 10 applications');
    expect(outOf(3, 10)).toBe('3 of 10');
  });

  it('names the noun alone and says once and twice', () => {
    expect(nounFor(1, 'day')).toBe('day');
    expect(nounFor(0, 'day')).toBe('days');
    expect([1, 2, 3].map(times)).toEqual(['once', 'twice', '3 times']);
  });
});
