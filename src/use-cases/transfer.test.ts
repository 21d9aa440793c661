/* eslint-disable @typescript-eslint/no-explicit-any -- documents are broken on purpose here */
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { seedDemoWorkspace } from './demo';
import { exportWorkspace, importWorkspace } from './transfer';
import { listApplications } from './applications';

const withoutExportTime = <T extends { exportedAt: string }>(doc: T) => ({
  ...doc,
  exportedAt: 'x',
});

describeEachDialect('workspace export and import', (db) => {
  it('round-trips a realistic workspace to an identical one', async () => {
    const source = await db().deps('ws_source');
    await seedDemoWorkspace(source, { scale: 1, seed: 7 });
    const exported = await exportWorkspace(source);
    expect(exported.applications).toHaveLength(20);
    expect(exported.interactions.length).toBeGreaterThanOrEqual(1000);

    const target = await db().deps('ws_target');
    const report = await importWorkspace(target, {
      document: JSON.parse(JSON.stringify(exported)),
    });
    expect(report.created.applications).toBe(20);
    const again = await exportWorkspace(target);
    expect(withoutExportTime(again)).toEqual(withoutExportTime(exported));
  });

  it('refuses to import over existing data unless asked to replace or merge', async () => {
    const source = await db().deps('ws_src2');
    await seedDemoWorkspace(source, { scale: 1, seed: 8 });
    const document = await exportWorkspace(source);
    const target = await db().deps('ws_busy');
    await seedDemoWorkspace(target, { scale: 1, seed: 9 });
    const before = await exportWorkspace(target);
    await expect(importWorkspace(target, { document })).rejects.toMatchObject({
      code: 'conflict',
      field: 'mode',
    });
    expect(withoutExportTime(await exportWorkspace(target))).toEqual(withoutExportTime(before));

    await importWorkspace(target, { document, mode: 'replace' });
    expect(withoutExportTime(await exportWorkspace(target))).toEqual(withoutExportTime(document));
  });

  it('merges only records it does not have yet', async () => {
    const deps = await db().deps('ws_merge');
    await seedDemoWorkspace(deps, { scale: 1, seed: 10 });
    const document = await exportWorkspace(deps);
    const report = await importWorkspace(deps, { document, mode: 'merge' });
    expect(report.created.applications).toBe(0);
    expect(report.skipped.applications).toBe(20);
    const extra = structuredClone(document);
    const first = extra.applications[0]!;
    extra.applications = [{ ...first, id: 'app_newmerged001', company: 'Merged Co' }];
    extra.stageEvents = [
      {
        id: 'stg_newmerged001',
        applicationId: 'app_newmerged001',
        stage: 'applied',
        at: first.createdAt,
        note: null,
      },
    ];
    const merged = await importWorkspace(deps, { document: extra, mode: 'merge' });
    expect(merged.created.applications).toBe(1);
    const list = await listApplications(deps, { search: 'Merged Co', limit: 5, offset: 0 });
    expect(list.items).toHaveLength(1);
  });

  it.each([
    [{ format: 'something-else' }, 'format'],
    [(d: any) => ({ ...d, version: 99 }), 'version'],
    [
      (d: any) => ({ ...d, applications: [{ ...d.applications[0], stage: 'hired' }] }),
      'applications[0].stage',
    ],
    [
      (d: any) => ({
        ...d,
        interactions: [{ ...d.interactions[0], contactId: 'con_000000000000' }],
      }),
      'interactions[0].contactId',
    ],
    [
      (d: any) => ({ ...d, contacts: [d.contacts[0], d.contacts[0], ...d.contacts.slice(1)] }),
      'contacts[1].id',
    ],
  ] as const)('refuses a bad document, naming %#: %s', async (change, field) => {
    const source = await db().deps('ws_badsrc');
    if ((await exportWorkspace(source)).applications.length === 0) {
      await seedDemoWorkspace(source, { scale: 1, seed: 11 });
    }
    const good = await exportWorkspace(source);
    const document = typeof change === 'function' ? change(good) : change;
    const target = await db().deps(`ws_bad_${field.replace(/\W/g, '')}`);
    await expect(importWorkspace(target, { document })).rejects.toMatchObject({
      code: 'validation',
      field,
    });
    expect((await exportWorkspace(target)).applications).toEqual([]);
  });
});
