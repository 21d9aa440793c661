import { describe, expect, it } from 'vitest';
import { asNounPhrase } from './noun-phrase';

describe('asNounPhrase', () => {
  it.each([
    ['quarterly planning process', 'the quarterly planning process'],
    ['depot audit.', 'the depot audit'],
    ['Bazel migration', 'the Bazel migration'],
    ['the Aarhus depot', 'the Aarhus depot'],
    ['their night-shift rota', 'their night-shift rota'],
    ['a new tasting menu', 'a new tasting menu'],
    ['switching the build system to Bazel', 'switching the build system to Bazel'],
    ['night shifts', 'night shifts'],
    ['pricing models', 'pricing models'],
    ['Kubernetes', 'Kubernetes'],
    ['Project Atlas', 'Project Atlas'],
    ['Q3 roadmap', 'Q3 roadmap'],
    ['how they plan night shifts', 'how they plan night shifts'],
    ['  process   redesign ', 'the process redesign'],
    ['business analysis', 'the business analysis'],
  ])('reads %j as %j', (note, phrase) => {
    expect(asNounPhrase(note)).toBe(phrase);
  });

  it.each([
    'How would you size a watchdog timeout?',
    'Design a rate limiter',
    'Tell me about a time you failed',
    'Any questions?',
    '',
    '  ',
  ])('gives up on %j, which no article can fix', (note) => {
    expect(asNounPhrase(note)).toBeNull();
  });
});
