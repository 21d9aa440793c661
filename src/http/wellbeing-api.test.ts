import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { createTestClient } from '../../test/http';

type Client = Awaited<ReturnType<typeof createTestClient>>;

describeEachDialect('the letters, wins and pacing API', (db) => {
  let api: Client;
  beforeEach(async () => {
    db().clock.set('2026-12-09T10:00:00.000Z');
    api = await createTestClient(db(), `ws_${Math.random().toString(36).slice(2, 10)}`);
  });

  it('keeps, changes and deletes a letter, naming the field of a bad one', async () => {
    expect((await api.post('/api/letters', { body: '   ' })).body.error).toMatchObject({
      code: 'validation',
      field: 'body',
    });
    expect(
      (await api.post('/api/letters', { body: 'x', visibility: 'public' })).body.error.field,
    ).toBe('visibility');
    const missing = await api.post('/api/letters', { body: 'x', applicationId: 'app_nope' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.field).toBe('applicationId');

    const created = await api.post('/api/letters', { body: 'What I could not say' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ visibility: 'private', applicationId: null });
    const id = created.body.id as string;
    const changed = await api.patch(`/api/letters/${id}`, { visibility: 'existence' });
    expect(changed.body).toMatchObject({ visibility: 'existence', body: 'What I could not say' });
    expect((await api.delete(`/api/letters/${id}`)).status).toBe(204);
    expect((await api.get(`/api/letters/${id}`)).status).toBe(404);
    expect((await api.delete(`/api/letters/${id}`)).status).toBe(404);
  });

  it('keeps wins and answers 201 for a new practice card, 200 for the same one again', async () => {
    const bad = await api.post('/api/wins', { text: 'ok', on: '2026-13-01' });
    expect(bad.body.error.field).toBe('on');
    const win = (await api.post('/api/wins', { text: 'A kind interviewer' })).body;
    expect(win).toMatchObject({ happenedOn: '2026-12-09', cardId: null });
    const first = await api.post(`/api/wins/${win.id}/practice-card`);
    expect(first.status).toBe(201);
    const again = await api.post(`/api/wins/${win.id}/practice-card`);
    expect(again.status).toBe(200);
    expect(again.body.cardId).toBe(first.body.cardId);
    const moved = await api.patch(`/api/wins/${win.id}`, { on: '2026-12-01' });
    expect(moved.body.happenedOn).toBe('2026-12-01');
    expect((await api.get('/api/wins')).body).toMatchObject({ total: 1, nextOffset: null });
    expect((await api.delete(`/api/wins/${win.id}`)).status).toBe(204);
  });

  it('sets, pauses and resumes the weekly rhythm, refusing what makes no sense', async () => {
    expect((await api.get('/api/pacing')).body).toMatchObject({ rhythm: null, paused: false });
    const negative = await api.patch('/api/pacing', {
      rhythm: { applications: -1, keepInTouch: 1, practice: 1 },
    });
    expect(negative.status).toBe(400);
    expect(negative.body.error.field).toBe('rhythm.applications');
    const past = await api.patch('/api/pacing', { pausedUntil: '2026-12-01' });
    expect(past.body.error.field).toBe('pausedUntil');
    const set = await api.patch('/api/pacing', {
      rhythm: { applications: 2, keepInTouch: 1, practice: 1 },
    });
    expect(set.body.items).toHaveLength(3);
    expect((await api.patch('/api/pacing', { pausedUntil: '2026-12-14' })).body.paused).toBe(true);
    expect((await api.patch('/api/pacing', { pausedUntil: null })).body.paused).toBe(false);
    expect((await api.patch('/api/pacing', { rhythm: null })).body.items).toEqual([]);
    expect(api.errors).toEqual([]);
  });
});
