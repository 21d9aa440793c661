import { newId } from '../core/ids';
import { PRACTICE_RATINGS, type PracticeCard, type PracticeRating } from '../core/practice/card';
import { planCardSync, type CardToMatch } from '../core/practice/card-sync';
import { newSchedule, reviewSchedule } from '../core/practice/scheduler';
import { DEMO_STAR_ANSWERS } from './demo-recovery-data';
import { DAY, iso, type DemoData, type Rng } from './demo-support';

const HOUR = 3_600_000;

/** How practice rounds tend to go: mostly good, sometimes hard, now and then lost. */
const RATING_ODDS: Record<PracticeRating, number> = {
  again: 0.15,
  hard: 0.2,
  good: 0.55,
  easy: 0.1,
};

function rating(rng: Rng): PracticeRating {
  let roll = rng.next();
  for (const r of PRACTICE_RATINGS) {
    roll -= RATING_ODDS[r];
    if (roll < 0) return r;
  }
  return 'good';
}

/** Files every sample reflection's questions under cards, in the order they were written. */
function fileQuestions(data: DemoData): Map<string, PracticeCard> {
  const cards = new Map<string, PracticeCard>();
  const matchers: (CardToMatch & { wordings: string[] })[] = [];
  const reflected = data.rejections
    .filter((r) => (r.reflection?.hardQuestions.length ?? 0) > 0)
    .sort((a, b) => ((a.reflection?.updatedAt ?? '') < (b.reflection?.updatedAt ?? '') ? -1 : 1));
  for (const rejection of reflected) {
    const reflection = rejection.reflection;
    if (reflection === null) continue;
    const at = reflection.updatedAt;
    const plan = planCardSync({
      cards: matchers,
      filed: [],
      questions: reflection.hardQuestions,
      newCardId: () => newId('crd'),
    });
    for (const made of plan.create) {
      cards.set(made.id, {
        id: made.id,
        question: made.question,
        answer: made.answer,
        situation: null,
        task: null,
        action: null,
        result: null,
        schedule: newSchedule(at),
        createdAt: at,
        updatedAt: at,
      });
      matchers.push({
        id: made.id,
        question: made.question,
        wordings: [],
        hasAnswer: made.answer !== null,
      });
    }
    for (const { cardId, answer } of plan.seed) {
      const card = cards.get(cardId);
      if (card) card.answer = answer;
    }
    for (const filed of plan.file) {
      data.practiceCardSources.push({ ...filed, applicationId: rejection.applicationId });
      const matcher = matchers.find((m) => m.id === filed.cardId);
      if (matcher && !matcher.wordings.includes(filed.question))
        matcher.wordings.push(filed.question);
    }
  }
  return cards;
}

function practise(data: DemoData, card: PracticeCard, rating: PracticeRating, atMs: number) {
  const { schedule, review } = reviewSchedule(card.schedule, rating, iso(atMs));
  card.schedule = schedule;
  card.updatedAt = iso(atMs);
  data.practiceReviews.push({ id: newId('rev'), cardId: card.id, ...review });
}

/**
 * Practice history for the sample deck: most cards practised on and off since they were made,
 * some with a STAR answer written, a few never touched, and a round on each of the last three
 * days so the page has a streak to show.
 */
export function addDemoPractice(data: DemoData, rng: Rng, nowMs: number): void {
  const cards = [...fileQuestions(data).values()];
  const historyEnds = nowMs - 4 * DAY;
  for (const card of cards) {
    if (rng.chance(0.4)) {
      const star = rng.pick(DEMO_STAR_ANSWERS);
      Object.assign(card, star);
    }
    if (!rng.chance(0.75)) continue;
    let at = Date.parse(card.createdAt) + (2 + rng.int(48)) * HOUR;
    for (let rounds = 0; at < historyEnds && rounds < 12; rounds += 1) {
      practise(data, card, rating(rng), at);
      // People practise when a card is due or a little after, rarely on the dot.
      const dueMs = Date.parse(card.schedule.due);
      at = Math.max(dueMs, at + 5 * 60_000) + (rng.chance(0.5) ? rng.int(36) * HOUR : 0);
    }
  }
  const practised = cards.filter((c) => c.schedule.reps > 0);
  for (let daysAgo = 3; daysAgo >= 1 && practised.length > 0; daysAgo -= 1) {
    const card = rng.pick(practised);
    practise(
      data,
      card,
      rng.chance(0.8) ? 'good' : 'hard',
      nowMs - daysAgo * DAY + rng.int(6) * HOUR,
    );
  }
  data.practiceCards.push(...cards);
}
