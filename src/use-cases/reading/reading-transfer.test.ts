import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/databases';
import { contactInput } from '../../../test/factories';
import { selectWorkspaceRows } from '../../storage/bulk';
import { createContact } from '../contacts';
import { seedDemoWorkspace } from '../demo';
import { markMessageSent } from '../messages';
import { exportWorkspace, importWorkspace } from '../transfer';
import { listArticles } from './articles';
import { listArticlesSentTo, shareArticle } from './shares';
import { listSources } from './sources';

describeEachDialect('reading in the workspace export', (db) => {
  async function withShare(ws: string) {
    const deps = await db().deps(ws);
    await seedDemoWorkspace(deps, { scale: 1, seed: 3 });
    const contact = await createContact(deps, contactInput({ name: 'Helen Cho' }));
    const { items } = await listArticles(deps, { limit: 1, offset: 0 });
    const { message } = await shareArticle(deps, {
      articleId: items[0]?.id ?? '',
      contactId: contact.id,
      applicationId: null,
      channel: 'email',
    });
    await markMessageSent(deps, { id: message.id });
    return { deps, contact, article: items[0] };
  }

  it('carries sources, articles and shares, and loads them back as they were', async () => {
    const { deps, contact } = await withShare('ws_reading_out');
    const exported = await exportWorkspace(deps);
    expect(exported.feedSources).toHaveLength(4);
    expect(exported.articles.length).toBeGreaterThan(40);
    expect(exported.articleShares).toMatchObject([{ contactId: contact.id, status: 'sent' }]);
    const target = await db().deps('ws_reading_in');
    const report = await importWorkspace(target, {
      document: JSON.parse(JSON.stringify(exported)),
    });
    expect(report.created).toMatchObject({ feedSources: 4, articleShares: 1 });
    const again = await exportWorkspace(target);
    expect({ ...again, exportedAt: '' }).toEqual({ ...exported, exportedAt: '' });
    expect(await listArticlesSentTo(target, { contactId: contact.id })).toHaveLength(1);
  });

  it('merges without following a source twice, pointing shares at the stored article', async () => {
    const { deps } = await withShare('ws_reading_merge_a');
    const document = await exportWorkspace(deps);
    const target = await db().deps('ws_reading_merge_b');
    await seedDemoWorkspace(target, { scale: 1, seed: 4 });
    const report = await importWorkspace(target, { document, mode: 'merge' });
    expect(report.created.feedSources).toBe(0);
    expect(report.skipped.feedSources).toBe(4);
    expect(await listSources(target)).toHaveLength(4);
    const [share] = await selectWorkspaceRows(target.db, 'article_shares', target.workspaceId);
    const stored = await selectWorkspaceRows(target.db, 'articles', target.workspaceId);
    expect(stored.map((a) => a.id)).toContain(share?.article_id);
  });

  it('refuses a share of an article the file does not hold, naming it, and writes nothing', async () => {
    const { deps } = await withShare('ws_reading_bad');
    const document = await exportWorkspace(deps);
    const broken = {
      ...document,
      articleShares: [{ ...document.articleShares[0], articleId: 'art_000000000000' }],
    };
    const target = await db().deps('ws_reading_bad_in');
    await expect(importWorkspace(target, { document: broken })).rejects.toMatchObject({
      code: 'validation',
      field: 'articleShares[0].articleId',
    });
    expect(await listSources(target)).toEqual([]);
    const twice = {
      ...document,
      feedSources: [
        ...document.feedSources,
        { ...document.feedSources[0], id: 'fds_000000000001' },
      ],
    };
    await expect(importWorkspace(target, { document: twice })).rejects.toMatchObject({
      field: 'feedSources[4].url',
    });
  });
});
