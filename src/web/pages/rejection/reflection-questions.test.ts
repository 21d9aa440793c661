import { describe, expect, it } from 'vitest';
import { loggedQuestions } from './reflection-questions';

describe('questions logged with the interviews', () => {
  it('offers each once, from the latest interview first', () => {
    expect(
      loggedQuestions([
        { scheduledAt: '2026-11-02T10:00:00Z', questions: ['Why us?', 'Explain a p-value'] },
        {
          scheduledAt: '2026-11-09T10:00:00Z',
          questions: ['Design a rate limiter', '  explain a  P-value ', ''],
        },
      ]),
    ).toEqual(['Design a rate limiter', 'explain a P-value', 'Why us?']);
    expect(loggedQuestions([])).toEqual([]);
  });
});
