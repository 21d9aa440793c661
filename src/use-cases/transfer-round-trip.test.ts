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
        if (generated.practiceCards !== undefined) {
          for (const key of ['practiceCards', 'practiceCardSources', 'practiceReviews'] as const) {
            expect(exported[key]).toHaveLength(generated[key]?.length ?? 0);
          }
          expect(exported.practiceCards).toEqual(expect.arrayContaining(generated.practiceCards));
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
      'contacts[0].notes: must not contain NUL or broken Unicode characters',
    );
    broken.contacts[0]!.notes = null;
    broken.workspace.settings = { note: 'lone \ud800 surrogate' };
    await expect(importWorkspace(deps, { document: broken })).rejects.toThrow(
      /^workspace\.settings\.note: contains NUL/,
    );
    expect((await exportWorkspace(deps)).contacts).toEqual([]);
  });

  it('refuses ids given twice and a second rejection of one application', async () => {
    const deps = await db().deps('ws_rt_dupes');
    const [document] = fc.sample(
      workspaceDocumentArbitrary.filter((d) => d.applications.length > 0),
      { numRuns: 1, seed: 5 },
    );
    const application = document!.applications[0]!;
    const event = {
      id: 'stg_000000000aaa',
      applicationId: application.id,
      stage: 'applied' as const,
      at: application.createdAt,
      note: null,
    };
    const rejection = {
      ...{
        id: 'rej_00000000000a',
        applicationId: application.id,
        rejectedOn: '2026-11-20',
        stageReached: 'interview' as const,
        channel: 'email' as const,
        reason: null,
        humanContact: true,
        contactId: null,
        reflection: null,
        feedback: null,
        feedbackReceivedOn: null,
        createdAt: application.createdAt,
        updatedAt: application.createdAt,
      },
    };
    const twice = { ...document!, stageEvents: [event, { ...event }], rejections: [] };
    await expect(importWorkspace(deps, { document: twice })).rejects.toThrow(
      /^stageEvents\[1\]\.id: duplicate id stg_000000000aaa$/,
    );
    const rejectedTwice = {
      ...document!,
      stageEvents: [],
      rejections: [rejection, { ...rejection, id: 'rej_00000000000b' }],
    };
    await expect(importWorkspace(deps, { document: rejectedTwice })).rejects.toThrow(
      /^rejections\[1\]\.applicationId: application .+ already has a rejection$/,
    );
    expect((await exportWorkspace(deps)).applications).toEqual([]);
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
      /^applications\[0\]\.salaryMax: is too large/,
    );
    const yearZero = structuredClone(document!);
    yearZero.applications[0]!.createdAt = '0000-06-01T00:00:00.000Z';
    await expect(importWorkspace(deps, { document: yearZero })).rejects.toThrow(
      /^applications\[0\]\.createdAt: must be a real ISO-8601 date-time/,
    );
  });

  it('never crashes or writes part of a broken document', async () => {
    /** Sets a random value at a random path: the kinds of damage a hand-edited export suffers. */
    const damaged = fc
      .tuple(
        workspaceDocumentArbitrary,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.jsonValue({ maxDepth: 2 })), {
          minLength: 1,
          maxLength: 3,
        }),
      )
      .map(([document, edits]) => {
        const copy = JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
        for (const [a, b, value] of edits) {
          const keys = Object.keys(copy);
          const key = keys[a % keys.length] as string;
          const target = copy[key];
          if (a % 3 === 0 && Array.isArray(target) && target.length > 0) {
            // A record pasted twice: every id the database keys on must be caught as a duplicate.
            target.push(structuredClone(target[b % target.length]));
            continue;
          }
          const record: unknown = Array.isArray(target)
            ? target[b % Math.max(1, target.length)]
            : undefined;
          if (record !== null && typeof record === 'object' && !Array.isArray(record)) {
            const fields = Object.keys(record);
            (record as Record<string, unknown>)[fields[b % fields.length] ?? 'id'] = value;
          } else copy[key] = value;
        }
        return copy;
      });
    await fc.assert(
      fc.asyncProperty(fc.oneof(damaged, fc.jsonValue({ maxDepth: 3 })), async (document) => {
        counter += 1;
        const deps = await db().deps(`ws_rt_fuzz${counter}`);
        try {
          await importWorkspace(deps, { document });
        } catch (error) {
          if (!isAppError(error) || error.code !== 'validation') throw error;
          const left = await exportWorkspace(deps);
          for (const key of [
            'applications',
            'contacts',
            'stageEvents',
            'messages',
            'interactions',
            'tasks',
          ] as const) {
            expect(left[key]).toEqual([]);
          }
        }
      }),
      { numRuns: 80 },
    );
  });
});
