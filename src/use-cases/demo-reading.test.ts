import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { selectWorkspaceRows } from '../storage/bulk';
import { seedDemoWorkspace } from './demo';
import { listSources } from './reading/sources';
import { suggestArticles } from './reading/suggestions';

describeEachDialect('the sample workspace’s reading', (db) => {
  it('brings sources and articles, and suggestions for the people in it, offline', async () => {
    const deps = await db().deps('ws_demo_reading');
    const report = await seedDemoWorkspace(deps, { scale: 1, seed: 42 });
    expect(report.sources).toBe(4);
    expect(report.articles).toBeGreaterThan(40);
    const sources = await listSources(deps);
    expect(sources.every((s) => s.articleCount > 0 && s.lastError === null)).toBe(true);
    const contacts = await selectWorkspaceRows(deps.db, 'contacts', deps.workspaceId);
    const met = contacts.filter((c) => c.email !== null).slice(0, 10);
    const results = await Promise.all(
      met.map((c) => suggestArticles(deps, { contactId: c.id, limit: 3 })),
    );
    // Everyone met in a company's process has news about that company to share.
    for (const [index, { items }] of results.entries()) {
      expect(items.length).toBeGreaterThan(0);
      expect(items.some((i) => i.reason.includes(met[index]?.company ?? '?'))).toBe(true);
    }
  });
});
