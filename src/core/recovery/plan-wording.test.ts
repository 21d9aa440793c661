import { describe, expect, it } from 'vitest';
import { MOODS } from './reflection';
import { coolOffNote, tooLateNote, withoutCoolOffNote } from './plan-wording';
import { DEFAULT_TIMING } from './timing-rules';

describe('withoutCoolOffNote', () => {
  it.each(MOODS)('takes the note naming the feeling %s off a reason, and nothing else', (mood) => {
    const base = `Thank Ana for the interviews.${tooLateNote(9, DEFAULT_TIMING)}`;
    const reason = `${base}${coolOffNote(mood, '2026-12-11', { ...DEFAULT_TIMING, coolOffHours: 72 })}`;
    expect(reason).toContain(`You said you feel ${mood}`);
    expect(withoutCoolOffNote(reason)).toBe(base);
  });

  it('leaves a reason without the note as it is', () => {
    expect(withoutCoolOffNote('Ask Acme for feedback.')).toBe('Ask Acme for feedback.');
  });
});
