import { describe, expect, it } from 'vitest';
import type { HardQuestion } from '../recovery/reflection';
import {
  hasUserContent,
  practiceCardPatchSchema,
  practiceReviewInputSchema,
  type PracticeCard,
} from './card';
import { planCardSync, type CardToMatch } from './card-sync';
import {
  intervalText,
  newSchedule,
  previewSchedule,
  PRACTICE_MAX_INTERVAL_DAYS,
  reviewSchedule,
} from './scheduler';

const NOW = '2026-11-26T09:00:00.000Z';
const DAY = 86_400_000;

describe('the practice schedule', () => {
  it('makes a new card due at once', () => {
    expect(newSchedule(NOW)).toMatchObject({
      due: NOW,
      state: 'new',
      reps: 0,
      lapses: 0,
      lastReview: null,
    });
  });

  it('brings a lost card back within minutes and a good one back later', () => {
    const start = newSchedule(NOW);
    const again = reviewSchedule(start, 'again', NOW);
    const good = reviewSchedule(start, 'good', NOW);
    const easy = reviewSchedule(start, 'easy', NOW);
    expect(Date.parse(again.schedule.due) - Date.parse(NOW)).toBeLessThanOrEqual(10 * 60_000);
    expect(again.schedule.due < good.schedule.due).toBe(true);
    expect(good.schedule.due < easy.schedule.due).toBe(true);
    expect(easy.schedule.state).toBe('review');
    expect(good.schedule).toMatchObject({ reps: 1, lastReview: NOW });
  });

  it('keeps the round it recorded: the rating and the schedule as it stood before', () => {
    const { review } = reviewSchedule(newSchedule(NOW), 'hard', NOW);
    expect(review).toMatchObject({ rating: 'hard', state: 'new', due: NOW, reviewedAt: NOW });
  });

  it('spaces rounds further apart as the answer sticks, never beyond the longest gap', () => {
    let schedule = newSchedule(NOW);
    let at = NOW;
    const gaps: number[] = [];
    for (let round = 0; round < 12; round += 1) {
      schedule = reviewSchedule(schedule, 'easy', at).schedule;
      gaps.push((Date.parse(schedule.due) - Date.parse(at)) / DAY);
      at = schedule.due;
    }
    expect(gaps.slice(2).every((gap, i) => gap >= (gaps[i + 1] ?? 0))).toBe(true);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(PRACTICE_MAX_INTERVAL_DAYS);
    expect(Math.max(...gaps)).toBe(PRACTICE_MAX_INTERVAL_DAYS);
  });

  it('counts a lapse when a learned answer is lost', () => {
    let schedule = reviewSchedule(newSchedule(NOW), 'easy', NOW).schedule;
    schedule = reviewSchedule(schedule, 'again', schedule.due).schedule;
    expect(schedule).toMatchObject({ lapses: 1, state: 'relearning' });
  });

  it('previews where each rating would put the card', () => {
    const preview = previewSchedule(newSchedule(NOW), NOW);
    expect(Object.keys(preview)).toEqual(['again', 'hard', 'good', 'easy']);
    expect(preview.again.interval).toBe('1 min');
    expect(preview.good.due).toBe(reviewSchedule(newSchedule(NOW), 'good', NOW).schedule.due);
  });

  it.each([
    [0, '1 min'],
    [10 * 60_000, '10 min'],
    [3 * 3_600_000, '3 h'],
    [DAY, '1 day'],
    [12 * DAY, '12 days'],
    [45 * DAY, '2 months'],
    [30 * DAY, '30 days'],
  ])('%i ms reads as %s', (ms, text) => {
    expect(intervalText(ms)).toBe(text);
  });
});

describe('card input', () => {
  it('refuses an unknown rating, naming the field', () => {
    const result = practiceReviewInputSchema.safeParse({ rating: 'great' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['rating']);
  });

  it('trims answers, turns blanks into null and refuses an empty question', () => {
    expect(practiceCardPatchSchema.parse({ answer: '  ', situation: ' At Acme ' })).toEqual({
      answer: null,
      situation: 'At Acme',
    });
    expect(practiceCardPatchSchema.safeParse({ question: ' ' }).success).toBe(false);
    expect(practiceCardPatchSchema.safeParse({ mood: 'x' }).success).toBe(false);
  });

  it('knows when a card holds something of the user’s', () => {
    const card: PracticeCard = {
      id: 'crd_1',
      question: 'Q',
      answer: null,
      situation: null,
      task: null,
      action: null,
      result: null,
      schedule: newSchedule(NOW),
      createdAt: NOW,
      updatedAt: NOW,
    };
    expect(hasUserContent(card)).toBe(false);
    expect(hasUserContent({ ...card, action: 'I did it' })).toBe(true);
    expect(hasUserContent({ ...card, schedule: { ...card.schedule, reps: 1 } })).toBe(true);
  });
});

describe('filing questions under cards', () => {
  let counter = 0;
  const newCardId = () => `crd_new${(counter += 1)}`;
  const q = (id: string, question: string, betterAnswer: string | null = null): HardQuestion => ({
    id,
    question,
    betterAnswer,
  });
  const card = (
    id: string,
    question: string,
    wordings: string[] = [],
    hasAnswer = false,
  ): CardToMatch => ({
    id,
    question,
    wordings,
    hasAnswer,
  });

  it('starts a card for a new question, with the better answer from the reflection', () => {
    counter = 0;
    const plan = planCardSync({
      cards: [],
      filed: [],
      questions: [q('qst_1', 'Design a rate limiter', 'Token bucket')],
      newCardId,
    });
    expect(plan).toEqual({
      create: [{ id: 'crd_new1', question: 'Design a rate limiter', answer: 'Token bucket' }],
      file: [{ cardId: 'crd_new1', questionId: 'qst_1', question: 'Design a rate limiter' }],
      unfile: [],
      seed: [],
    });
  });

  it('files a rewording under the card it reads like, seeding an empty answer', () => {
    const plan = planCardSync({
      cards: [
        card('crd_fail', 'Tell me about a time you failed'),
        card('crd_weak', 'Biggest weakness?', [], true),
      ],
      filed: [],
      questions: [
        q('qst_1', 'tell me about a failure', 'Start with the outcome'),
        q('qst_2', 'What are your weaknesses?', 'Name one'),
      ],
      newCardId,
    });
    expect(plan.create).toEqual([]);
    expect(plan.file.map((f) => f.cardId)).toEqual(['crd_fail', 'crd_weak']);
    expect(plan.seed).toEqual([{ cardId: 'crd_fail', answer: 'Start with the outcome' }]);
  });

  it('matches through any wording already filed under a card', () => {
    const plan = planCardSync({
      cards: [
        card('crd_fail', 'Tell me about a time you failed', [
          'Walk me through a project that failed and what you learned',
        ]),
      ],
      filed: [],
      questions: [q('qst_1', 'Tell me about a project that failed')],
      newCardId,
    });
    expect(plan.file).toEqual([
      { cardId: 'crd_fail', questionId: 'qst_1', question: 'Tell me about a project that failed' },
    ]);
  });

  it('makes one card for two wordings of a new question in the same reflection', () => {
    counter = 0;
    const plan = planCardSync({
      cards: [],
      filed: [],
      questions: [
        q('qst_1', 'Tell me about a time you failed'),
        q('qst_2', 'tell me about a failure'),
      ],
      newCardId,
    });
    expect(plan.create).toHaveLength(1);
    expect(plan.file.map((f) => f.cardId)).toEqual(['crd_new1', 'crd_new1']);
  });

  it('leaves a filed question alone, moves an edited one, and unfiles a removed one', () => {
    const cards = [
      card('crd_fail', 'Tell me about a time you failed'),
      card('crd_rate', 'Design a rate limiter'),
    ];
    const plan = planCardSync({
      cards,
      filed: [
        { cardId: 'crd_fail', questionId: 'qst_1', question: 'Tell me about a time you failed' },
        { cardId: 'crd_fail', questionId: 'qst_2', question: 'tell me about a failure' },
        { cardId: 'crd_fail', questionId: 'qst_3', question: 'Tell me about a time you failed' },
      ],
      questions: [
        q('qst_1', 'Tell me about a time you failed'),
        q('qst_2', 'Design a rate limiter please'),
      ],
      newCardId,
    });
    expect(plan.file).toEqual([
      { cardId: 'crd_rate', questionId: 'qst_2', question: 'Design a rate limiter please' },
    ]);
    expect(plan.unfile).toEqual(['qst_3']);
    expect(plan.create).toEqual([]);
  });

  it('skips questions with no words and files a repeated id once', () => {
    const plan = planCardSync({
      cards: [],
      filed: [],
      questions: [q('qst_1', '   '), q('qst_2', 'Why us?'), q('qst_2', 'Why us, again?')],
      newCardId,
    });
    expect(plan.file.map((f) => f.questionId)).toEqual(['qst_2']);
  });
});
