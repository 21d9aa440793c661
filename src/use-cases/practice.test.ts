import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { interviewedApplication, reject, useTimeZone } from '../../test/recovery-fixtures';
import { practiceCardPatchSchema } from '../core/practice/card';
import { reflectionInputSchema } from '../core/recovery/reflection';
import { getAgenda } from './agenda';
import { deleteApplication } from './applications';
import type { UseCaseDeps } from './deps';
import {
  getPracticeCard,
  listPracticeCards,
  reviewPracticeCard,
  updatePracticeCard,
} from './practice';
import { saveReflection } from './reflection';
import { withdrawRejection } from './rejections';

const reflect = (
  deps: UseCaseDeps,
  applicationId: string,
  input: Record<string, unknown>,
  replace = false,
) => saveReflection(deps, { applicationId, input: reflectionInputSchema.parse(input), replace });

async function rejected(deps: UseCaseDeps, company: string, date = '2026-11-20') {
  const { applicationId } = await interviewedApplication(deps, { company });
  await reject(deps, applicationId, { date });
  return applicationId;
}

const questionsOf = async (deps: UseCaseDeps) =>
  (await listPracticeCards(deps, { filter: 'all' })).items.map((c) => [
    c.question,
    c.sources.map((s) => s.question).sort(),
  ]);

describeEachDialect('the practice deck', (db) => {
  beforeEach(() => db().clock.set('2026-11-26T09:00:00.000Z'));

  it('makes one card per question, whatever its wording, linked to where it came up', async () => {
    const deps = await db().deps('ws_pr_cards');
    await useTimeZone(deps);
    const acme = await rejected(deps, 'Acme', '2026-11-18');
    const globex = await rejected(deps, 'Globex');
    await reflect(deps, acme, {
      hardQuestions: [
        { question: 'Tell me about a time you failed', betterAnswer: 'Own it.' },
        'Design a rate limiter',
      ],
    });
    await reflect(deps, globex, { hardQuestions: ['tell me about a failure'] });
    // Made together, the cards are due together and listed by wording.
    expect(await questionsOf(deps)).toEqual([
      ['Design a rate limiter', ['Design a rate limiter']],
      [
        'Tell me about a time you failed',
        ['Tell me about a time you failed', 'tell me about a failure'],
      ],
    ]);
    const page = await listPracticeCards(deps);
    expect(page).toMatchObject({ due: 2, total: 2, nextOffset: null });
    const failure = page.items[1];
    expect(failure).toMatchObject({ answer: 'Own it.', isDue: true, dueOn: '2026-11-26' });
    expect(failure?.sources.map((s) => [s.company, s.rejectedOn])).toEqual([
      ['Globex', '2026-11-20'],
      ['Acme', '2026-11-18'],
    ]);
  });

  it('reschedules a card after a round and keeps every round', async () => {
    const deps = await db().deps('ws_pr_review');
    await useTimeZone(deps);
    const app = await rejected(deps, 'Acme');
    await reflect(deps, app, { hardQuestions: ['Why should we hire you?'] });
    const [card] = (await listPracticeCards(deps)).items;
    const id = card?.id as string;
    const soon = await reviewPracticeCard(deps, { id, rating: 'good' });
    expect(soon).toMatchObject({ isDue: true, schedule: { reps: 1, state: 'learning' } });
    db().clock.advance(15 * 60_000);
    const learned = await reviewPracticeCard(deps, { id, rating: 'good' });
    expect(learned.isDue).toBe(false);
    expect(learned.dueOn > '2026-11-26').toBe(true);
    expect(learned.reviews.map((r) => [r.rating, r.state])).toEqual([
      ['good', 'new'],
      ['good', 'learning'],
    ]);
    expect((await listPracticeCards(deps)).items).toEqual([]);
    expect((await listPracticeCards(deps, { filter: 'all' })).items).toHaveLength(1);
    db().clock.set(learned.schedule.due);
    expect((await listPracticeCards(deps)).items.map((c) => c.id)).toEqual([id]);
  });

  it('saves the improved answer and its STAR parts, clearing what is set to null', async () => {
    const deps = await db().deps('ws_pr_edit');
    const app = await rejected(deps, 'Acme');
    await reflect(deps, app, { hardQuestions: ['Tell me about a conflict'] });
    const [card] = (await listPracticeCards(deps)).items;
    const id = card?.id as string;
    const patch = (input: Record<string, unknown>) =>
      updatePracticeCard(deps, { id, patch: practiceCardPatchSchema.parse(input) });
    await patch({ situation: 'Two teams, one analyst', task: 'Pick an order', answer: 'Draft' });
    const saved = await patch({
      task: null,
      result: 'Both shipped',
      question: 'Tell me about a conflict at work',
    });
    expect(saved).toMatchObject({
      question: 'Tell me about a conflict at work',
      answer: 'Draft',
      situation: 'Two teams, one analyst',
      task: null,
      result: 'Both shipped',
    });
    expect((await getPracticeCard(deps, { id })).updatedAt).toBe('2026-11-26T09:00:00.000Z');
  });

  it('refuses unknown cards', async () => {
    const deps = await db().deps('ws_pr_missing');
    await expect(getPracticeCard(deps, { id: 'crd_missing' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      reviewPracticeCard(deps, { id: 'crd_missing', rating: 'good' }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      updatePracticeCard(deps, { id: 'crd_missing', patch: { answer: 'x' } }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('lets go of untouched cards when their question leaves a reflection, and keeps worked-on ones', async () => {
    const deps = await db().deps('ws_pr_prune');
    const app = await rejected(deps, 'Acme');
    await reflect(deps, app, {
      hardQuestions: ['Design a rate limiter', 'What is your biggest weakness?'],
    });
    const limiter = (await listPracticeCards(deps, { filter: 'all' })).items.find(
      (c) => c.question === 'Design a rate limiter',
    );
    await reviewPracticeCard(deps, { id: limiter?.id as string, rating: 'hard' });
    await reflect(deps, app, { hardQuestions: [] });
    const left = await listPracticeCards(deps, { filter: 'all' });
    expect(left.items.map((c) => [c.question, c.sources.length])).toEqual([
      ['Design a rate limiter', 0],
    ]);
    // Asked again later, the question comes back to the card the user worked on.
    await reflect(deps, app, { hardQuestions: ['Design a rate limiter, please'] });
    expect(await questionsOf(deps)).toEqual([
      ['Design a rate limiter', ['Design a rate limiter, please']],
    ]);
  });

  it('unfiles the questions of a withdrawn rejection and of a deleted application', async () => {
    const deps = await db().deps('ws_pr_withdraw');
    const acme = await rejected(deps, 'Acme');
    const globex = await rejected(deps, 'Globex');
    await reflect(deps, acme, { hardQuestions: ['Walk me through your CV'] });
    await reflect(deps, globex, { hardQuestions: ['Why this company?'] });
    const why = (await listPracticeCards(deps, { filter: 'all' })).items.find(
      (c) => c.question === 'Why this company?',
    );
    await updatePracticeCard(deps, { id: why?.id as string, patch: { answer: 'Their mission' } });
    await withdrawRejection(deps, { applicationId: acme, force: true });
    await deleteApplication(deps, { id: globex });
    expect(await questionsOf(deps)).toEqual([['Why this company?', []]]);
  });

  it('offers practice in Today', async () => {
    const deps = await db().deps('ws_pr_today');
    await useTimeZone(deps);
    expect((await getAgenda(deps)).practice).toEqual({ due: 0, total: 0, nextDueAt: null });
    const app = await rejected(deps, 'Acme');
    await reflect(deps, app, { hardQuestions: ['Tell me about yourself', 'Why us?'] });
    const agenda = await getAgenda(deps);
    expect(agenda.practice).toEqual({ due: 2, total: 2, nextDueAt: '2026-11-26T09:00:00.000Z' });
  });

  it('leaves the deck as it was when saving a reflection fails', async () => {
    const deps = await db().deps('ws_pr_atomic');
    const app = await rejected(deps, 'Acme');
    await reflect(deps, app, { hardQuestions: ['Why us?'] });
    const before = await questionsOf(deps);
    await expect(
      saveReflection(deps, {
        applicationId: 'app_missing',
        input: { hardQuestions: ['Another?'] },
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await questionsOf(deps)).toEqual(before);
  });
});
