import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reboundOn, runRebound, tempDataDir } from '../../test/cli';
import { CLEAN_RESUME } from '../../test/federal';
import { pdfOf } from '../../test/federal-files';

const FIXTURES = path.resolve('test/fixtures/federal');
let dir = '';
const { rebound, reboundJson } = reboundOn(() => path.join(dir, 'data'));

describe('rebound federal', () => {
  beforeAll(async () => {
    dir = tempDataDir();
    fs.writeFileSync(path.join(dir, 'clean.pdf'), await pdfOf(CLEAN_RESUME));
    fs.writeFileSync(
      path.join(dir, 'traps.txt'),
      CLEAN_RESUME.replace('05/2019 – Present | 40 hours per week', '2019 – Present').replace(
        'dana.whitlock@example.org\n',
        'dana.whitlock@example.org\nDate of birth: 04/12/1984\n',
      ),
    );
  });

  it('checks a clean PDF: JSON in the documented shape, exit 0', async () => {
    const result = await runRebound(['federal', 'check', path.join(dir, 'clean.pdf'), '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ pages: 1, findings: [] });
  });

  it('reports each rule with its id, severity, message and line, and exits 1 on an error', async () => {
    const result = await runRebound(['federal', 'check', path.join(dir, 'traps.txt'), '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      pages: number;
      findings: Record<string, unknown>[];
    };
    expect(report.pages).toBe(1);
    expect(report.findings.map((f) => [f.rule, f.severity, f.line])).toEqual(
      [
        ['month-year-dates', 'error', 8],
        ['hours-per-week', 'error', 6],
        ['personal-data', 'warning', 3],
      ].sort((a, b) => (a[1] === b[1] ? Number(a[2]) - Number(b[2]) : a[1] === 'error' ? -1 : 1)),
    );
    for (const finding of report.findings)
      expect(Object.keys(finding).sort()).toEqual(['line', 'message', 'rule', 'severity']);
  });

  it('checks against an announcement file and prints sources in the text output', async () => {
    const result = await runRebound([
      'federal',
      'check',
      path.join(dir, 'clean.pdf'),
      '--announcement',
      path.join(FIXTURES, 'search-result.json'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('specialized-experience');
    expect(result.stdout).toContain('required-documents');
    expect(result.stdout).toContain('Source: ');
  });

  it('names the flag or file that is wrong', async () => {
    const missing = await runRebound(['federal', 'check', path.join(dir, 'nope.pdf')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('FILE');
    const badDoc = await runRebound([
      'federal',
      'check',
      path.join(dir, 'clean.pdf'),
      '--attached',
      'dd-215',
    ]);
    expect(badDoc.stderr).toContain('--attached');
    const badEssay = await runRebound([
      'federal',
      'check',
      path.join(dir, 'clean.pdf'),
      '--essay',
      'honesty=x.txt',
    ]);
    expect(badEssay.stderr).toContain('--essay');
  });

  it('checks essay answers against their word limit', async () => {
    const essay = path.join(dir, 'essay.txt');
    fs.writeFileSync(essay, 'word '.repeat(230));
    const result = await runRebound([
      'federal',
      'check',
      path.join(dir, 'clean.pdf'),
      '--essay',
      `work_ethic=${essay}`,
      '--json',
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).findings).toEqual([
      {
        rule: 'essay-length',
        severity: 'warning',
        message: expect.stringContaining('230 words; the limit is 200'),
      },
    ]);
  });

  it('imports an announcement, records statuses and builds a tailored résumé', async () => {
    const view = await reboundJson('federal', 'import', path.join(FIXTURES, 'announcement.html'));
    expect(view.federal).toMatchObject({
      positionTitle: 'Budget Analyst',
      series: '0560',
      grade: '11',
    });
    const list = await reboundJson('federal', 'list');
    expect(list.map((f: { applicationId: string }) => f.applicationId)).toEqual([
      view.application.id,
    ]);
    const status = await reboundJson('federal', 'status', view.application.id, 'referred');
    expect(status.application.stage).toBe('interview');
    const bad = await rebound('federal', 'status', view.application.id, 'hired');
    expect(bad.stderr).toContain('STATUS');

    await reboundJson('federal', 'profile', path.join(FIXTURES, 'profile.json'));
    const out = path.join(dir, 'built.pdf');
    const built = await reboundJson(
      'federal',
      'resume',
      '--out',
      out,
      '--application',
      view.application.id,
    );
    expect(built.pages).toBeLessThanOrEqual(2);
    expect(fs.readFileSync(out).subarray(0, 4).toString()).toBe('%PDF');
    const check = await runRebound(['federal', 'check', out, '--json']);
    expect(
      JSON.parse(check.stdout).findings.filter((f: { severity: string }) => f.severity === 'error'),
    ).toEqual([]);
  });
});
