import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { createTestClient } from '../../test/http';
import { seedDemoWorkspace } from '../use-cases/demo';
import { InsightsSchema } from './insights-schemas';
import { PracticeCardDetailSchema, PracticeCardPageSchema } from './practice-schemas';
import { AgendaSchema } from './recovery-schemas';

type Client = Awaited<ReturnType<typeof createTestClient>>;

describeEachDialect('the insights and practice API', (db) => {
  let api: Client;
  beforeEach(async () => {
    db().clock.set('2026-11-26T09:00:00.000Z');
    api = await createTestClient(db(), `ws_${Math.random().toString(36).slice(2, 10)}`);
  });
  const sample = () => seedDemoWorkspace(api.deps, { scale: 1, seed: 42 });

  it('answers every insight in the shape the OpenAPI document promises', async () => {
    await sample();
    const { status, body } = await api.get('/api/insights');
    expect(status).toBe(200);
    const insights = InsightsSchema.parse(body);
    expect(insights.funnel.overall.applications).toBeGreaterThan(0);
    expect(insights.funnel.byMonth.length).toBeGreaterThanOrEqual(6);
    expect(insights.funnel.bySource.length).toBeGreaterThanOrEqual(3);
    expect(insights.themes.missingSkills.items.some((t) => t.count >= 2)).toBe(true);
    expect(insights.themes.questions.items.some((t) => t.wordings.length >= 2)).toBe(true);
    expect(insights.followThrough.feedbackReceived.count).toBeGreaterThan(0);
    expect(insights.followThrough.reEngagements.ledToInterview).toBeGreaterThan(0);
    expect(insights.practice.reviews).toBeGreaterThan(0);
    expect(insights.lessons[0]?.kind).toBe('encouragement');
    expect(api.errors).toEqual([]);
  });

  it('answers an empty workspace without lessons', async () => {
    const { status, body } = await api.get('/api/insights');
    expect(status).toBe(200);
    expect(InsightsSchema.parse(body).lessons).toEqual([]);
  });

  it('lists due cards, the whole deck, one card, and records a round with 201', async () => {
    await sample();
    const all = await api.get('/api/practice/cards?filter=all&limit=2');
    expect(all.status).toBe(200);
    const page = PracticeCardPageSchema.parse(all.body);
    expect(page.items).toHaveLength(2);
    expect(page.nextOffset).toBe(2);
    const due = PracticeCardPageSchema.parse((await api.get('/api/practice/cards')).body);
    expect(due.items.every((c) => c.isDue)).toBe(true);
    expect(due.items).toHaveLength(due.due);

    const id = page.items[0]?.id as string;
    const one = await api.get(`/api/practice/cards/${id}`);
    expect(PracticeCardDetailSchema.parse(one.body).id).toBe(id);
    const reviewed = await api.post(`/api/practice/cards/${id}/reviews`, { rating: 'easy' });
    expect(reviewed.status).toBe(201);
    const after = PracticeCardDetailSchema.parse(reviewed.body);
    expect(after.reviews).toHaveLength(PracticeCardDetailSchema.parse(one.body).reviews.length + 1);
    expect(after.reviews.at(-1)).toMatchObject({
      rating: 'easy',
      reviewedAt: '2026-11-26T09:00:00.000Z',
    });
    expect(after.schedule.due).toBe(one.body.next.easy.due);
  });

  it('edits a card’s answer and STAR parts', async () => {
    await sample();
    const [card] = PracticeCardPageSchema.parse(
      (await api.get('/api/practice/cards?filter=all')).body,
    ).items;
    const edited = await api.patch(`/api/practice/cards/${card?.id}`, {
      answer: 'Lead with what I learned.',
      action: 'I re-planned the launch with the team.',
      result: null,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      answer: 'Lead with what I learned.',
      action: 'I re-planned the launch with the team.',
      result: null,
    });
  });

  it.each([
    ['get', '/api/practice/cards?filter=soon', undefined, 400, 'filter'],
    ['get', '/api/practice/cards?limit=0', undefined, 400, 'limit'],
    ['get', '/api/practice/cards/crd_missing', undefined, 404, 'id'],
    ['post', '/api/practice/cards/crd_missing/reviews', { rating: 'good' }, 404, 'id'],
    ['patch', '/api/practice/cards/crd_missing', { answer: 'x' }, 404, 'id'],
  ] as const)('%s %s answers %i naming %s', async (method, path, body, status, field) => {
    const response = await api.call(method.toUpperCase(), path, body);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ error: { field } });
  });

  it.each([
    [{ rating: 'great' }, 'rating'],
    [{}, 'rating'],
    [{ rating: 'good', extra: 1 }, 'extra'],
  ])('refuses the round %j, naming %s, and changes nothing', async (body, field) => {
    await sample();
    const [card] = PracticeCardPageSchema.parse(
      (await api.get('/api/practice/cards?filter=all')).body,
    ).items;
    const response = await api.post(`/api/practice/cards/${card?.id}/reviews`, body);
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe(field);
    const unchanged = await api.get(`/api/practice/cards/${card?.id}`);
    expect(unchanged.body.schedule).toEqual(card?.schedule);
  });

  it.each([
    [{ question: '  ' }, 'question'],
    [{ situation: 'x'.repeat(2001) }, 'situation'],
    [{ answer: 42 }, 'answer'],
  ])('refuses the edit %j, naming %s', async (body, field) => {
    await sample();
    const [card] = PracticeCardPageSchema.parse(
      (await api.get('/api/practice/cards?filter=all')).body,
    ).items;
    const response = await api.patch(`/api/practice/cards/${card?.id}`, body);
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe(field);
  });

  it('offers practice from Today', async () => {
    await sample();
    const agenda = AgendaSchema.parse((await api.get('/api/agenda')).body);
    const due = PracticeCardPageSchema.parse((await api.get('/api/practice/cards')).body).due;
    expect(agenda.practice.due).toBe(due);
    expect(agenda.practice.total).toBeGreaterThan(0);
  });

  it('describes the new routes in the OpenAPI document', async () => {
    const { body } = await api.get('/api/openapi.json');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/insights',
        '/practice/cards',
        '/practice/cards/{id}',
        '/practice/cards/{id}/reviews',
      ]),
    );
    expect(Object.keys(body.components.schemas)).toEqual(
      expect.arrayContaining([
        'Insights',
        'Lesson',
        'Theme',
        'PracticeCard',
        'PracticeReviewInput',
      ]),
    );
  });
});
