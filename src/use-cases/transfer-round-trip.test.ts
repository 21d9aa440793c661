import fc from 'fast-check';
import { expect, it } from 'vitest';
import { workspaceDocumentArbitrary } from '../../test/arbitraries/workspace-document';
import { describeEachDialect } from '../../test/databases';
import { isAppError } from '../core/app-error';
import { exportWorkspace, importWorkspace } from './transfer';

let counter = 0;
const withoutTime = <T extends { exportedAt: string }>({ exportedAt, ...rest }: T) => (
  void exportedAt,
  rest
);

describeEachDialect('workspace export and import', (db) => {
  it('round-trips any workspace: export, import into a fresh one, export again, identical', async () => {
    await fc.assert(
      fc.asyncProperty(workspaceDocumentArbitrary, async (generated) => {
        counter += 1;
        const first = await db().deps(`ws_rt_a${counter}`);
        await importWorkspace(first, { document: generated });
        const exported = await exportWorkspace(first);
        const second = await db().deps(`ws_rt_b${counter}`);
        await importWorkspace(second, { document: JSON.parse(JSON.stringify(exported)) });
        const again = await exportWorkspace(second);
        expect(withoutTime(again)).toEqual(withoutTime(exported));
        // And nothing generated was lost on the way in.
        for (const key of [
          'applications',
          'contacts',
          'interviews',
          'messages',
          'interactions',
          'rejections',
          'tasks',
          'stageEvents',
          'applicationContacts',
        ] as const) {
          expect(exported[key]).toHaveLength(generated[key].length);
        }
        expect(exported.contacts).toEqual(expect.arrayContaining(generated.contacts));
        expect(exported.messages).toEqual(expect.arrayContaining(generated.messages));
      }),
      { numRuns: 40 },
    );
  });

  it('refuses text no database can store, naming where it is, and writes nothing', async () => {
    const deps = await db().deps('ws_rt_nul');
    const [document] = fc.sample(
      workspaceDocumentArbitrary.filter((d) => d.contacts.length > 0),
      { numRuns: 1, seed: 7 },
    );
    const broken = structuredClone(document!);
    broken.contacts[0]!.notes = 'before\u0000after';
    const failure = await importWorkspace(deps, { document: broken }).catch((e: unknown) => e);
    expect(isAppError(failure) && failure.message).toBe(
      'contacts[0].notes: contains NUL or broken Unicode characters, which cannot be stored',
    );
    broken.contacts[0]!.notes = null;
    broken.workspace.settings = { note: 'lone \ud800 surrogate' };
    await expect(importWorkspace(deps, { document: broken })).rejects.toThrow(
      /^workspace\.settings\.note: contains NUL/,
    );
    expect((await exportWorkspace(deps)).contacts).toEqual([]);
  });

  it('refuses numbers and dates the database cannot hold', async () => {
    const deps = await db().deps('ws_rt_range');
    const [document] = fc.sample(
      workspaceDocumentArbitrary.filter((d) => d.applications.length > 0),
      { numRuns: 1, seed: 3 },
    );
    const tooBig = structuredClone(document!);
    tooBig.applications[0]!.salaryMax = 3_000_000_000;
    await expect(importWorkspace(deps, { document: tooBig })).rejects.toThrow(
      /^applications\[0\]\.salaryMax: is too large to store/,
    );
    const yearZero = structuredClone(document!);
    yearZero.applications[0]!.createdAt = '0000-06-01T00:00:00.000Z';
    await expect(importWorkspace(deps, { document: yearZero })).rejects.toThrow(
      /^applications\[0\]\.createdAt: must be an ISO-8601 date-time between the years 1 and 9999/,
    );
  });
});
