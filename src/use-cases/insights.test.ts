import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { interviewedApplication, reject, useTimeZone } from '../../test/recovery-fixtures';
import { applicationInputSchema } from '../core/application';
import { feedbackInputSchema } from '../core/rejection';
import { reflectionInputSchema } from '../core/recovery/reflection';
import { createApplication, changeStage } from './applications';
import { recordFeedback } from './feedback';
import { openDatabase } from '../storage/connect';
import { getInsights, InsightsMemo } from './insights';
import { reviewPracticeCard } from './practice';
import { saveReflection } from './reflection';
import { completeTask } from './tasks';
import type { UseCaseDeps } from './deps';
import { exactly } from './date-times';

const reflect = (deps: UseCaseDeps, applicationId: string, input: Record<string, unknown>) =>
  saveReflection(deps, { applicationId, input: reflectionInputSchema.parse(input) });

/**
 * A small search: two applications turned down after the final round (the same gap and the
 * same question in other words), feedback on one, a return to the first company that reached a
 * screen, and one posting only saved.
 */
async function smallSearch(deps: UseCaseDeps) {
  await useTimeZone(deps);
  const acme = await interviewedApplication(deps, { company: 'Acme' });
  const globex = await interviewedApplication(deps, { company: 'Globex', role: 'Data Engineer' });
  const first = await reject(deps, acme.applicationId, { date: '2026-11-02' });
  await reject(deps, globex.applicationId, { date: '2026-11-10' });
  await reflect(deps, acme.applicationId, {
    fit: 'no',
    fitWhy: 'Long commute',
    missingSkills: ['k8s'],
    hardQuestions: ['Tell me about a time you failed'],
    forgotToHighlight: ['The migration I led'],
  });
  await reflect(deps, globex.applicationId, {
    fit: 'partly',
    fitWhy: 'Great team, but the commute was two hours',
    missingSkills: ['Kubernetes', 'SQL'],
    hardQuestions: ['tell me about a failure'],
  });
  const thanks = first.plan.steps.find((s) => s.kind === 'thank_you');
  if (thanks) await completeTask(deps, { id: thanks.id });
  await recordFeedback(deps, {
    applicationId: globex.applicationId,
    input: feedbackInputSchema.parse({ text: 'We needed deeper SQL.', receivedOn: '2026-11-18' }),
  });
  const again = await createApplication(
    deps,
    applicationInputSchema.parse({
      company: 'ACME Inc.',
      role: 'Analyst',
      source: 'Referral',
      stageAt: '2026-11-15T10:00:00Z',
    }),
  );
  await changeStage(deps, {
    id: again.id,
    stage: 'screen',
    at: exactly('2026-11-20T10:00:00.000Z'),
  });
  await createApplication(
    deps,
    applicationInputSchema.parse({ company: 'Initech', role: 'Analyst', stage: 'saved' }),
  );
  return { acme, globex, again };
}

describeEachDialect('insights', (db) => {
  beforeEach(() => db().clock.set('2026-11-26T09:00:00.000Z'));

  it('has nothing to show for an empty workspace, and says nothing', async () => {
    const insights = await getInsights(await db().deps('ws_ins_empty'));
    expect(insights.funnel.overall.applications).toBe(0);
    expect(insights.funnel.byMonth).toEqual([]);
    expect(insights.themes.missingSkills.items).toEqual([]);
    expect(insights.followThrough.rejections).toBe(0);
    expect(insights.practice).toMatchObject({ cards: 0, due: 0, reviews: 0 });
    expect(insights.lessons).toEqual([]);
  });

  it('reads the funnel from the stage history, by month and by source', async () => {
    const deps = await db().deps('ws_ins_funnel');
    await smallSearch(deps);
    const { funnel, progress } = await getInsights(deps);
    expect(funnel.savedOnly).toBe(1);
    expect(funnel.overall.steps.map((s) => [s.stage, s.reached, s.rejected, s.open])).toEqual([
      ['applied', 3, 0, 0],
      ['screen', 3, 0, 1],
      ['interview', 2, 0, 0],
      ['final', 2, 2, 0],
      ['offer', 0, 0, 0],
    ]);
    expect(funnel.byMonth.map((m) => [m.key, m.applications])).toEqual([
      ['2026-10', 2],
      ['2026-11', 1],
    ]);
    expect(funnel.bySource.map((s) => [s.label, s.applications])).toEqual([
      ['Referral', 1],
      ['Not recorded', 2],
    ]);
    expect(progress).toMatchObject({ applications: 3, rejections: 2, interviews: 2, finals: 2 });
  });

  it('brings synonyms and rewordings together, each theme linked to its applications', async () => {
    const deps = await db().deps('ws_ins_themes');
    const { acme, globex } = await smallSearch(deps);
    const { themes } = await getInsights(deps);
    const skills = themes.missingSkills.items.map((t) => [t.label, t.count]);
    expect(skills).toEqual([
      ['Kubernetes', 2],
      ['SQL', 1],
    ]);
    // SQL was in the reflection and in the feedback of the same application: counted once.
    expect(themes.missingSkills.items[1]?.applications[0]?.via).toEqual(['reflection', 'feedback']);
    const question = themes.questions.items[0];
    expect(question?.key).toMatch(/^crd_/);
    expect(question?.count).toBe(2);
    expect(question?.wordings.sort()).toEqual([
      'Tell me about a time you failed',
      'tell me about a failure',
    ]);
    expect(question?.applications.map((a) => a.id)).toEqual([
      globex.applicationId,
      acme.applicationId,
    ]);
    expect(themes.fit).toEqual({ yes: 0, partly: 1, no: 1, unanswered: 0 });
    expect(themes.fitProblems.items[0]).toMatchObject({ key: 'location', count: 2 });
    expect(themes.forgotten.items[0]).toMatchObject({ label: 'The migration I led', count: 1 });
  });

  it('sums up follow-through, feedback delays and the return that led to a screen', async () => {
    const deps = await db().deps('ws_ins_follow');
    const { acme, again } = await smallSearch(deps);
    const { followThrough } = await getInsights(deps);
    expect(followThrough).toMatchObject({
      rejections: 2,
      withSomeone: 2,
      thankYou: { count: 1, of: 2 },
      feedbackReceived: { count: 1, of: 2 },
      medianDaysToFeedback: 8,
    });
    expect(followThrough.reEngagements).toMatchObject({
      followedUp: 1,
      ledToInterview: 1,
      viaCompany: 1,
    });
    expect(followThrough.reEngagements.items[0]).toMatchObject({
      rejected: { id: acme.applicationId, rejectedOn: '2026-11-02' },
      later: { id: again.id, furthest: 'screen' },
    });
  });

  it('counts practice and draws lessons from all of it, encouragement first', async () => {
    const deps = await db().deps('ws_ins_lessons');
    await smallSearch(deps);
    const before = await getInsights(deps);
    expect(before.practice).toMatchObject({ cards: 1, due: 1, practised: 0 });
    const cardId = before.themes.questions.items[0]?.key as string;
    await reviewPracticeCard(deps, { id: cardId, rating: 'easy' });
    const after = await getInsights(deps);
    expect(after.practice).toMatchObject({
      cards: 1,
      due: 0,
      practised: 1,
      reviews: 1,
      lastPractisedOn: '2026-11-26',
    });
    expect(after.practice.dayStreak).toEqual({ current: 1, best: 1 });
    expect(after.lessons[0]?.kind).toBe('encouragement');
    expect(after.lessons.map((l) => l.id)).toEqual(
      expect.arrayContaining([
        'skill:kubernetes',
        `question:${cardId}`,
        'win:re-engagement',
        'win:interviews',
      ]),
    );
  });

  it('reuses the last result only while nothing was written, by this connection or another', async () => {
    const deps = await db().deps('ws_ins_memo');
    await smallSearch(deps);
    const memo = new InsightsMemo();
    const first = await getInsights(deps, { memo });
    db().clock.advance(60_000);
    const again = await getInsights(deps, { memo });
    expect({ ...again, generatedAt: first.generatedAt }).toEqual(first);
    expect(again.generatedAt).toBe('2026-11-26T09:01:00.000Z');

    await createApplication(
      deps,
      applicationInputSchema.parse({ company: 'Hooli', role: 'Analyst' }),
    );
    expect((await getInsights(deps, { memo })).funnel.overall.applications).toBe(4);

    // Another process writing to the same database (the CLI while the server runs).
    const other = openDatabase(
      db().dialect === 'sqlite'
        ? { dialect: 'sqlite', file: db().location }
        : { dialect: 'postgres', url: db().location, poolSize: 1 },
    );
    await createApplication(
      { ...deps, db: other.db },
      applicationInputSchema.parse({ company: 'Pied Piper', role: 'Analyst' }),
    );
    await other.close();
    expect((await getInsights(deps, { memo })).funnel.overall.applications).toBe(5);

    // A new day changes what is due and what counts as recent.
    db().clock.set('2026-11-27T09:00:00.000Z');
    expect((await getInsights(deps, { memo })).today).toBe('2026-11-27');
  });
});
