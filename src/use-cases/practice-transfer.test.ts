import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { seedDemoWorkspace } from './demo';
import { getInsights } from './insights';
import { listPracticeCards } from './practice';
import type { WorkspaceDocument } from '../core/workspace-document';
import { exportWorkspace, importWorkspace } from './transfer';

const withoutTime = <T extends { exportedAt: string }>({ exportedAt, ...rest }: T) => (
  void exportedAt,
  rest
);

describeEachDialect('exporting and importing the practice deck', (db) => {
  beforeEach(() => db().clock.set('2026-11-26T09:00:00.000Z'));

  it('round-trips cards, where their questions came up and every practice round', async () => {
    const source = await db().deps('ws_ptx_source');
    await seedDemoWorkspace(source, { scale: 1, seed: 3 });
    const exported = await exportWorkspace(source);
    expect(exported.practiceCards?.length).toBeGreaterThan(0);
    expect(exported.practiceCardSources.length).toBeGreaterThan(0);
    expect(exported.practiceReviews.length).toBeGreaterThan(0);

    const target = await db().deps('ws_ptx_target');
    const report = await importWorkspace(target, {
      document: JSON.parse(JSON.stringify(exported)),
    });
    expect(report.created).toMatchObject({
      practiceCards: exported.practiceCards?.length,
      practiceReviews: exported.practiceReviews.length,
    });
    expect(withoutTime(await exportWorkspace(target))).toEqual(withoutTime(exported));
    // The insights read the same from either side.
    const [before, after] = [await getInsights(source), await getInsights(target)];
    expect(after.themes.questions).toEqual(before.themes.questions);
    expect(after.practice).toEqual(before.practice);
  });

  it('rebuilds the deck from the reflections of a file written before the deck existed', async () => {
    const source = await db().deps('ws_ptx_old_source');
    await seedDemoWorkspace(source, { scale: 1, seed: 4 });
    const { practiceCards, practiceCardSources, practiceReviews, ...older } =
      await exportWorkspace(source);
    void practiceReviews;
    const target = await db().deps('ws_ptx_old_target');
    await importWorkspace(target, { document: JSON.parse(JSON.stringify(older)) });
    const rebuilt = await exportWorkspace(target);
    expect(rebuilt.practiceCards?.map((c) => c.question).sort()).toEqual(
      practiceCards?.map((c) => c.question).sort(),
    );
    const filed = (list: typeof practiceCardSources) =>
      list.map((s) => `${s.applicationId} ${s.questionId}`).sort();
    expect(filed(rebuilt.practiceCardSources)).toEqual(filed(practiceCardSources));
    expect(rebuilt.practiceReviews).toEqual([]);
    expect((await listPracticeCards(target, { filter: 'all' })).total).toBe(practiceCards?.length);
  });

  it('merges in only the cards it does not have, with their history', async () => {
    const deps = await db().deps('ws_ptx_merge');
    await seedDemoWorkspace(deps, { scale: 1, seed: 5 });
    const document = await exportWorkspace(deps);
    const again = await importWorkspace(deps, { document, mode: 'merge' });
    expect(again.created).toMatchObject({ practiceCards: 0, practiceReviews: 0 });
    const card = document.practiceCards?.[0];
    if (card === undefined) throw new Error('the sample has cards');
    const extra = {
      ...document,
      practiceCards: [{ ...card, id: 'crd_mergedcard01', question: 'A question from elsewhere' }],
      practiceCardSources: [],
      practiceReviews: document.practiceReviews
        .filter((r) => r.cardId === card.id)
        .map((r, i) => ({
          ...r,
          id: `rev_merged${String(i).padStart(6, '0')}`,
          cardId: 'crd_mergedcard01',
        })),
    };
    const merged = await importWorkspace(deps, { document: extra, mode: 'merge' });
    expect(merged.created.practiceCards).toBe(1);
    const after = await exportWorkspace(deps);
    expect(after.practiceCards).toHaveLength((document.practiceCards?.length ?? 0) + 1);
    expect(after.practiceReviews.filter((r) => r.cardId === 'crd_mergedcard01')).toHaveLength(
      extra.practiceReviews.length,
    );
  });

  it.each([
    [
      'a question filed under a card that is not there',
      (d: WorkspaceDocument) => ({
        ...d,
        practiceCardSources: [{ ...d.practiceCardSources[0], cardId: 'crd_000000000000' }],
      }),
      'practiceCardSources[0].cardId',
    ],
    [
      'a round of a card that is not there',
      (d: WorkspaceDocument) => ({
        ...d,
        practiceReviews: [{ ...d.practiceReviews[0], cardId: 'crd_000000000000' }],
      }),
      'practiceReviews[0].cardId',
    ],
    [
      'a question filed twice',
      (d: WorkspaceDocument) => ({
        ...d,
        practiceCardSources: [d.practiceCardSources[0], d.practiceCardSources[0]],
      }),
      'practiceCardSources[1].questionId',
    ],
    [
      'an unknown rating',
      (d: WorkspaceDocument) => ({
        ...d,
        practiceReviews: [{ ...d.practiceReviews[0], rating: 'great' }],
      }),
      'practiceReviews[0].rating',
    ],
  ])('refuses %s, naming where, and writes nothing', async (_what, change, field) => {
    const source = await db().deps('ws_ptx_bad_source');
    if ((await exportWorkspace(source)).applications.length === 0) {
      await seedDemoWorkspace(source, { scale: 1, seed: 6 });
    }
    const good = await exportWorkspace(source);
    const target = await db().deps(`ws_ptx_bad_${field.replace(/\W/g, '')}`);
    await expect(importWorkspace(target, { document: change(good) })).rejects.toMatchObject({
      code: 'validation',
      field,
    });
    expect((await exportWorkspace(target)).applications).toEqual([]);
  });
});
