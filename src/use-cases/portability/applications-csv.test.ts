import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/databases';
import { applicationInput } from '../../../test/factories';
import { isAppError } from '../../core/app-error';
import { selectWorkspaceRows } from '../../storage/bulk';
import { changeStage, createApplication } from '../applications';
import type { UseCaseDeps } from '../deps';
import {
  exportApplicationsCsv,
  importApplicationsCsv,
  previewApplicationsCsv,
} from './applications-csv';
import { exactly } from '../date-times';

async function snapshot(deps: UseCaseDeps) {
  const apps = await selectWorkspaceRows(deps.db, 'applications', deps.workspaceId);
  const events = await selectWorkspaceRows(deps.db, 'stage_events', deps.workspaceId);
  return {
    applications: apps
      .map(({ workspace_id, updated_at, ...rest }) => (void workspace_id, void updated_at, rest))
      .sort((a, b) => a.id.localeCompare(b.id)),
    history: events
      .map((e) => [e.application_id, e.stage, e.at, e.note])
      .sort((a, b) => String(a).localeCompare(String(b))),
  };
}

async function seed(deps: UseCaseDeps) {
  const a = await createApplication(
    deps,
    applicationInput({
      company: 'Northwind Robotics',
      role: 'Data Analyst',
      link: 'https://northwind.example/jobs/42',
      salaryMin: 80000,
      salaryMax: 95000,
      salaryCurrency: 'EUR',
      notes: 'Referred by Zoë.\nSecond line; with "quotes", commas',
      stageAt: '2026-10-01T09:00:00Z',
    }),
  );
  await changeStage(deps, {
    id: a.id,
    stage: 'screen',
    at: exactly('2026-10-08T15:30:00.000Z'),
    note: 'Recruiter call — went well\nnext: panel',
  });
  await changeStage(deps, {
    id: a.id,
    stage: 'rejected',
    at: exactly('2026-10-20T10:00:00.000Z'),
    note: null,
  });
  await createApplication(
    deps,
    applicationInput({
      company: '=HYPERLINK("http://evil.example","Acme")',
      role: '@SUM(1+1)',
      notes: '-2+3',
      stage: 'saved',
      stageAt: '2026-11-01T12:00:00Z',
    }),
  );
}

describeEachDialect('applications CSV', (db) => {
  it('exports UTF-8 with a BOM, a header row and history, safe to open in a spreadsheet', async () => {
    const deps = await db().deps('ws_csv_export');
    await seed(deps);
    const { text, count } = await exportApplicationsCsv(deps);
    expect(count).toBe(2);
    expect(text.startsWith('\uFEFFID,Company,Role,Stage,Stage since,')).toBe(true);
    expect(text).toContain('\r\n');
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    const northwind = rows.find((r) => r.Company === 'Northwind Robotics');
    expect(northwind).toMatchObject({ Stage: 'Rejected', 'Salary min': '80000', Currency: 'EUR' });
    expect(northwind?.['Stage history']?.split('\n')).toEqual([
      '2026-10-01T09:00:00.000Z Applied',
      '2026-10-08T15:30:00.000Z Screen — Recruiter call — went well\\nnext: panel',
      '2026-10-20T10:00:00.000Z Rejected',
    ]);
    const risky = rows.find((r) => r.Role === "'@SUM(1+1)");
    expect(risky).toMatchObject({
      Company: '\'=HYPERLINK("http://evil.example","Acme")',
      Notes: "'-2+3",
    });
  });

  it('round-trips into an empty workspace, and a second import changes nothing', async () => {
    const from = await db().deps('ws_csv_from');
    await seed(from);
    const { text } = await exportApplicationsCsv(from);
    const to = await db().deps('ws_csv_to');
    const report = await importApplicationsCsv(to, { content: text });
    expect(report).toMatchObject({ format: 'csv', created: 2, invalid: 0 });
    const [a, b] = [await snapshot(from), await snapshot(to)];
    expect(b.history).toEqual(a.history);
    expect(b.applications).toEqual(a.applications);
    const again = await importApplicationsCsv(to, { content: text });
    expect(again).toMatchObject({ created: 0, updated: 0, skipped: 2 });
    expect(await snapshot(to)).toEqual(b);
  });

  it("proposes a mapping for another tracker's export and imports it with its dates", async () => {
    const deps = await db().deps('ws_csv_teal');
    const teal = [
      'Company Name,Job Position,Status,Date Saved,Date Applied,Job URL,Location,Salary,Excitement,Notes',
      'Bluefin Health,Product Analyst,Interviewing,10/02/2026,10/05/2026,www.bluefin.example/jobs/7,"Lisbon, PT","$80k - $95k",4,Great team',
      'Lumen Grid,Data Engineer,No Response,9/12/2026,9/14/2026,,Remote,,2,',
      'Quillstone Press,Editor,Bookmarked,11/01/2026,,,,,,',
    ].join('\n');
    const preview = await previewApplicationsCsv(deps, { content: teal });
    expect(preview.mapping).toEqual({
      'Company Name': 'company',
      'Job Position': 'role',
      Status: 'stage',
      'Date Saved': 'createdAt',
      'Date Applied': 'appliedOn',
      'Job URL': 'link',
      Location: 'location',
      Salary: 'salary',
      Excitement: null,
      Notes: 'notes',
    });
    expect(preview.report).toMatchObject({ created: 3, dryRun: true });
    expect((await snapshot(deps)).applications).toEqual([]);

    const report = await importApplicationsCsv(deps, { content: teal });
    expect(report.created).toBe(3);
    const { applications, history } = await snapshot(deps);
    const bluefin = applications.find((a) => a.company === 'Bluefin Health');
    expect(bluefin).toMatchObject({
      stage: 'interview',
      link: 'https://www.bluefin.example/jobs/7',
      location: 'Lisbon, PT',
      salary_min: 80000,
      salary_max: 95000,
      salary_currency: 'USD',
      created_at: '2026-10-02T12:00:00.000Z',
    });
    expect(history.filter((h) => h[0] === bluefin?.id).map((h) => [h[1], h[2]])).toEqual([
      ['applied', '2026-10-05T12:00:00.000Z'],
      ['interview', '2026-10-05T12:00:00.000Z'],
    ]);
    expect(applications.map((a) => a.stage).sort()).toEqual(['ghosted', 'interview', 'saved']);
    expect((await importApplicationsCsv(deps, { content: teal })).created).toBe(0);
  });

  it('lets the user override the mapping, and says what is missing', async () => {
    const deps = await db().deps('ws_csv_map');
    const sheet = 'Employer;What;Where\nAcme;Buyer;Oslo\n';
    const preview = await previewApplicationsCsv(deps, { content: sheet });
    expect(preview.report).toBeNull();
    expect(preview.problems).toEqual([expect.stringMatching(/no column is mapped to role/)]);
    await expect(importApplicationsCsv(deps, { content: sheet })).rejects.toThrow(
      /^mapping: no column is mapped to role/,
    );
    await expect(
      importApplicationsCsv(deps, { content: sheet, mapping: { What: 'job' as never } }),
    ).rejects.toThrow(/"job" is not a field/);
    const report = await importApplicationsCsv(deps, {
      content: sheet,
      mapping: { What: 'role', Where: null },
    });
    expect(report).toMatchObject({
      created: 1,
      mapping: { Employer: 'company', What: 'role', Where: null },
    });
    expect((await snapshot(deps)).applications[0]).toMatchObject({
      company: 'Acme',
      role: 'Buyer',
      location: null,
      stage: 'applied',
    });
  });

  it('refuses a bad row naming its line and column; partial imports the rest', async () => {
    const deps = await db().deps('ws_csv_bad');
    const sheet =
      'Company,Role,Stage,Applied on\nAcme,Buyer,Applied,2026-11-02\nBeta,Analyst,Daydreaming,2026-11-03\nGamma,,Applied,2026-11-04\n';
    const failure = await importApplicationsCsv(deps, { content: sheet }).catch((e: unknown) => e);
    expect((failure as Error).message).toMatch(
      /^line 3 \(Beta — Analyst\): Stage: "Daydreaming" is not a stage; .*Nothing was imported: 2 of 3 rows have problems/,
    );
    expect((await snapshot(deps)).applications).toEqual([]);
    const partial = await importApplicationsCsv(deps, { content: sheet, partial: true });
    expect(
      partial.outcomes.map((o) => [o.line, o.outcome, o.reason?.split(':')[0] ?? null]),
    ).toEqual([
      [2, 'created', null],
      [3, 'invalid', 'Stage'],
      [4, 'invalid', 'Role'],
    ]);
    expect((await snapshot(deps)).applications).toHaveLength(1);
  });

  it('never writes part of a file, whatever it holds', async () => {
    const deps = await db().deps('ws_csv_fuzz');
    const seedDeps = await db().deps('ws_csv_fuzz_seed');
    await seed(seedDeps);
    const { text: valid } = await exportApplicationsCsv(seedDeps);
    const mutated = fc
      .tuple(
        fc.nat({ max: valid.length }),
        fc.nat({ max: 20 }),
        fc.string({ unit: 'binary', maxLength: 20 }),
      )
      .map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut));
    const count = async () => (await snapshot(deps)).applications.length;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(mutated, fc.string({ unit: 'binary', maxLength: 200 })),
        fc.boolean(),
        async (text, partial) => {
          const before = await count();
          try {
            const report = await importApplicationsCsv(deps, { content: text, partial });
            expect(await count()).toBe(before + report.created);
          } catch (error) {
            if (!isAppError(error) || error.code !== 'validation') throw error;
            expect(await count()).toBe(before);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
