import { describe, expect, it } from 'vitest';
import { characterLimit, countMessage } from './message-stats';

describe('message counters', () => {
  it('count words and characters as a person does, an emoji or accent as one', () => {
    expect(countMessage('  Thank you, Zoë! 🎉  ')).toEqual({ words: 4, characters: 21 });
    expect(countMessage('')).toEqual({ words: 0, characters: 0 });
  });

  it('apply LinkedIn’s note limit by plan, and none to email', () => {
    expect(characterLimit('linkedin_note', 'linkedin', 'free')).toBe(200);
    expect(characterLimit('linkedin_note', 'linkedin', 'paid')).toBe(300);
    expect(characterLimit('thank_you', 'email', 'free')).toBeNull();
  });
});
