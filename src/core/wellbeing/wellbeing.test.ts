import { describe, expect, it } from 'vitest';
import { daysWrittenWithin, letterAsSharedWithCoach, type Letter } from './letter';
import { describePace, readPaceSettings, type PaceSettings } from './pacing';
import { storyQuestionOf } from './win';

const letter: Letter = {
  id: 'ltr_000000000001',
  applicationId: 'app_000000000001',
  body: 'Everything I could not say to them',
  visibility: 'private',
  createdAt: '2026-12-08T22:30:00.000Z',
  updatedAt: '2026-12-09T08:00:00.000Z',
};
const utcDay = (instant: string) => instant.slice(0, 10);

describe('letterAsSharedWithCoach', () => {
  it('shares nothing of a private letter', () => {
    expect(letterAsSharedWithCoach(letter, utcDay)).toBeNull();
  });

  it('shares that a letter exists, and when, never its text', () => {
    const notice = letterAsSharedWithCoach({ ...letter, visibility: 'existence' }, utcDay);
    expect(notice).toEqual({
      id: letter.id,
      applicationId: letter.applicationId,
      writtenOn: '2026-12-08',
    });
    expect(JSON.stringify(notice)).not.toContain('could not say');
  });
});

describe('daysWrittenWithin', () => {
  it.each([
    { since: '2026-12-01', days: 2 },
    { since: '2026-12-09', days: 1 },
    { since: '2026-12-10', days: 0 },
  ])('counts days written since $since', ({ since, days }) => {
    expect(daysWrittenWithin([letter, letter], utcDay, since)).toBe(days);
  });
});

describe('storyQuestionOf', () => {
  it.each([
    {
      text: 'reached the final round!',
      question: 'Tell the story of this win: Reached the final round',
    },
    { text: 'A kind interviewer.', question: 'Tell the story of this win: A kind interviewer' },
  ])('$text', ({ text, question }) => {
    expect(storyQuestionOf({ text })).toBe(question);
  });
});

describe('readPaceSettings', () => {
  it.each([
    { stored: undefined, rhythm: null, pausedUntil: null },
    { stored: 'nonsense', rhythm: null, pausedUntil: null },
    {
      stored: {
        rhythm: { applications: 2, keepInTouch: 1, practice: 0 },
        pausedUntil: '2026-12-14',
      },
      rhythm: { applications: 2, keepInTouch: 1, practice: 0 },
      pausedUntil: '2026-12-14',
    },
    {
      stored: { rhythm: { applications: -1 }, pausedUntil: 'soon' },
      rhythm: null,
      pausedUntil: null,
    },
  ])('reads $stored', ({ stored, rhythm, pausedUntil }) => {
    expect(readPaceSettings({ pacing: stored })).toEqual({ rhythm, pausedUntil });
  });
});

describe('describePace', () => {
  const week = { start: '2026-12-07', end: '2026-12-13' };
  const rhythm = { applications: 2, keepInTouch: 1, practice: 1 };
  const none = { applications: 0, keepInTouch: 0, practice: 0 };
  const set: PaceSettings = { rhythm, pausedUntil: null };
  it.each([
    {
      name: 'no rhythm',
      settings: { rhythm: null, pausedUntil: null },
      done: none,
      daysLeft: 5,
      summary: /Set a weekly rhythm/,
    },
    { name: 'a fresh week', settings: set, done: none, daysLeft: 6, summary: /fresh week/ },
    { name: 'a quiet week', settings: set, done: none, daysLeft: 2, summary: /all right/ },
    {
      name: 'a start',
      settings: set,
      done: { ...none, applications: 1 },
      daysLeft: 3,
      summary: /good start/,
    },
    {
      name: 'all done',
      settings: set,
      done: { applications: 3, keepInTouch: 1, practice: 1 },
      daysLeft: 3,
      summary: /done/,
    },
    {
      name: 'paused',
      settings: { rhythm, pausedUntil: '2026-12-14' },
      done: none,
      daysLeft: 3,
      summary: /Paused/,
    },
  ])('$name', ({ settings, done, daysLeft, summary }) => {
    const view = describePace(settings, done, { week, today: '2026-12-09', daysLeft });
    expect(view.summary).toMatch(summary);
    // Kind words only: nothing that scolds, counts failures or keeps a streak.
    expect(view.summary).not.toMatch(/miss|fail|behind|streak|should|only/i);
  });

  it('says each item as done of goal and leaves out items set to 0', () => {
    const view = describePace(
      { rhythm: { applications: 1, keepInTouch: 0, practice: 3 }, pausedUntil: null },
      { applications: 1, keepInTouch: 4, practice: 0 },
      { week, today: '2026-12-09', daysLeft: 5 },
    );
    expect(view.items.map((i) => i.text)).toEqual(['1 of 1 application', '0 of 3 practice rounds']);
  });

  it('is no longer paused on the day the pause ends', () => {
    const view = describePace({ rhythm, pausedUntil: '2026-12-09' }, none, {
      week,
      today: '2026-12-09',
      daysLeft: 5,
    });
    expect(view).toMatchObject({ paused: false, pausedUntil: null });
  });
});
