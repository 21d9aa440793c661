import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/databases';
import { createApi } from '../api';

describeEachDialect('POST /api/demo', (db) => {
  const post = async (workspaceId: string, body: unknown) => {
    const deps = await db().deps(workspaceId);
    const api = createApi(deps);
    return api.request('/demo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  };

  it('fills an empty workspace with the sample search', async () => {
    const response = await post('ws_demo_empty', {});
    expect(response.status).toBe(201);
    const report = (await response.json()) as Record<string, number>;
    expect(report.applications).toBe(20);
    expect(report.rejections).toBeGreaterThan(0);
  });

  it('refuses a workspace that has data unless asked to replace it', async () => {
    expect((await post('ws_demo_twice', {})).status).toBe(201);
    const again = await post('ws_demo_twice', {});
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'conflict', field: 'replace' } });
    expect((await post('ws_demo_twice', { replace: true })).status).toBe(201);
  });

  it('says how much is sample, and removes it in one request', async () => {
    const deps = await db().deps('ws_demo_remove');
    const api = createApi(deps);
    await api.request('/demo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    const counts = await api.request('/demo');
    expect(await counts.json()).toEqual({ applications: 20, contacts: 100 });
    const listed = await api.request('/applications?limit=1');
    expect(((await listed.json()) as { items: { sample: boolean }[] }).items[0]?.sample).toBe(true);
    const removed = await api.request('/demo', { method: 'DELETE' });
    expect(removed.status).toBe(200);
    expect(await removed.json()).toMatchObject({ applications: 20, contacts: 100 });
    expect(await (await api.request('/demo')).json()).toEqual({ applications: 0, contacts: 0 });
  });

  it('names the field when the body is wrong', async () => {
    const response = await post('ws_demo_bad', { replace: 'yes' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { field: 'replace' } });
  });
});
