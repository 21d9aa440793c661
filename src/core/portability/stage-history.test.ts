import { describe, expect, it } from 'vitest';
import { parseStageHistory } from './stage-history';

describe('parseStageHistory', () => {
  it('reads each step with its note, oldest first', () => {
    expect(
      parseStageHistory(
        '2026-11-05T09:00:00.000Z Screen — Recruiter call\n2026-11-02T09:00:00.000Z Applied',
        'UTC',
      ),
    ).toEqual({
      ok: true,
      value: [
        { stage: 'applied', at: '2026-11-02T09:00:00.000Z', note: null },
        { stage: 'screen', at: '2026-11-05T09:00:00.000Z', note: 'Recruiter call' },
      ],
    });
  });

  it('holds a note to what a stage change takes, so the workspace exports and loads back', () => {
    const long = `2026-11-02T09:00:00.000Z Applied — ${'n'.repeat(2001)}`;
    expect(parseStageHistory(long, 'UTC')).toEqual({
      ok: false,
      error: 'step 1: the note must be at most 2000 characters',
    });
  });
});
