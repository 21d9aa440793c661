/* eslint-disable @typescript-eslint/no-explicit-any -- documents are broken on purpose here */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import type { WorkspaceDocument } from '../core/workspace-document';
import { seedDemoWorkspace } from './demo';
import { exportWorkspace, importWorkspace, type ImportMode } from './transfer';

const withoutExportTime = <T extends { exportedAt: string }>(doc: T) => ({
  ...doc,
  exportedAt: 'x',
});

/** A hostile or hand-damaged change to an export, and the error that must name it. */
type Damage = [string, (d: any) => void, string];

const DAMAGES: Damage[] = [
  [
    'a javascript: link',
    (d) => (d.applications[3].link = 'javascript:alert(document.cookie)'),
    'applications[3].link: must be a web address starting with http:// or https://',
  ],
  [
    'a 10,000-character company',
    (d) => (d.applications[0].company = 'A'.repeat(10_000)),
    'applications[0].company: must be at most 200 characters',
  ],
  [
    '2 MB of notes',
    (d) => (d.contacts[1].notes = 'n'.repeat(2 * 1024 * 1024)),
    'contacts[1].notes: must be at most 20000 characters',
  ],
  [
    'an id that is a path',
    (d) => (d.contacts[0].id = '../../etc/passwd'),
    'contacts[0].id: must be a Rebound id such as con_3k9x2m4qzt7h',
  ],
  [
    'an id of the wrong kind',
    (d) => (d.interactions[2].contactId = d.applications[0].id),
    'interactions[2].contactId: must be a Rebound id such as con_3k9x2m4qzt7h',
  ],
  [
    'a 30th of February',
    (d) => (d.interactions[0].occurredAt = '2026-02-30T10:00:00.000Z'),
    'interactions[0].occurredAt: must be a real ISO-8601 date-time with its offset',
  ],
  [
    'a 29th of February in a common year',
    (d) => (d.rejections[0].rejectedOn = '2025-02-29'),
    'rejections[0].rejectedOn: must be a date in the form YYYY-MM-DD',
  ],
  [
    'a time without its offset',
    (d) => (d.stageEvents[0].at = '2026-06-15T10:00'),
    'stageEvents[0].at: must be a real ISO-8601 date-time with its offset',
  ],
  [
    'an hour past midnight',
    (d) => (d.tasks[0].dueAt = '2026-06-15T24:30:00Z'),
    'tasks[0].dueAt: must be a real ISO-8601 date-time with its offset',
  ],
  [
    'an email address that is not one',
    (d) => (d.contacts[2].email = 'helen at acme'),
    'contacts[2].email: must be an email address',
  ],
  [
    'a website on the local disk',
    (d) => (d.contacts[0].websites = ['file:///etc/passwd']),
    'contacts[0].websites[0]: must be a web address starting with http:// or https://',
  ],
  [
    'a message longer than the composer allows',
    (d) => (d.messages[0].body = 'x'.repeat(50_001)),
    'messages[0].body: must be at most 50000 characters',
  ],
  [
    'a negative salary',
    (d) => (d.applications[1].salaryMin = -5),
    'applications[1].salaryMin: must not be negative',
  ],
  [
    'a time zone that does not exist',
    (d) => (d.workspace.settings = { ...d.workspace.settings, timeZone: 'Mars/Olympus_Mons' }),
    'workspace.settings.timeZone: ',
  ],
  [
    'a hard question with a made-up id',
    (d) => {
      const [rejection] = d.rejections;
      rejection.reflection = {
        ...(rejection.reflection ?? { updatedAt: rejection.updatedAt }),
        hardQuestions: [{ id: 'q1', question: 'Why?', betterAnswer: null }],
      };
    },
    'rejections[0].reflection.hardQuestions[0].id: must be a Rebound id such as qst_3k9x2m4qzt7h',
  ],
];

describeEachDialect('importing a workspace checks every record as the API would', (db) => {
  let document: WorkspaceDocument;
  beforeAll(async () => {
    const source = await db().deps('ws_check_source');
    await seedDemoWorkspace(source, { scale: 1, seed: 21 });
    document = JSON.parse(JSON.stringify(await exportWorkspace(source))) as WorkspaceDocument;
  });

  it.each(DAMAGES)('refuses %s, naming the record and field', async (_what, damage, message) => {
    const broken = structuredClone(document);
    damage(broken);
    for (const mode of ['empty', 'merge'] as ImportMode[]) {
      const target = await db().deps(`ws_check_${mode}`);
      const before = await exportWorkspace(target);
      const failure = await importWorkspace(target, { document: broken, mode }).catch(
        (error: unknown) => error,
      );
      expect(failure).toMatchObject({ code: 'validation' });
      expect((failure as Error).message).toContain(message);
      expect((failure as { field: string }).field).toBe(message.slice(0, message.indexOf(':')));
      // Nothing was written.
      expect(withoutExportTime(await exportWorkspace(target))).toEqual(withoutExportTime(before));
    }
  });

  it('still takes its own exports, whole', async () => {
    const target = await db().deps('ws_check_whole');
    const report = await importWorkspace(target, { document: structuredClone(document) });
    expect(report.created.applications).toBe(document.applications.length);
    expect(withoutExportTime(await exportWorkspace(target))).toEqual(withoutExportTime(document));
  });
});
