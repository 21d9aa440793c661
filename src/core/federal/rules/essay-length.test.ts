import { describe, expect, it } from 'vitest';
import { announcementWith, CLEAN_RESUME, runFederalRule } from '../../../../test/federal';
import { countWords, essayLengthRule } from './essay-length';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('essay-length', () => {
  it.each([
    [200, null, 0],
    [201, null, 1],
    [250, 250, 0],
    [251, 250, 1],
  ])('%i words against limit %s', (count, limit, findings) => {
    const announcement = announcementWith({
      essays:
        limit === null
          ? []
          : [{ topic: 'work_ethic', question: 'Describe your work ethic.', wordLimit: limit }],
    });
    const found = runFederalRule(essayLengthRule(), CLEAN_RESUME, {
      announcement,
      essays: { work_ethic: words(count) },
    });
    expect(found).toHaveLength(findings);
  });

  it('counts words, not dashes or stray punctuation', () => {
    expect(countWords('I serve — and I — plan.')).toBe(5);
  });
});
