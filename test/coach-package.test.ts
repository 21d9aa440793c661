import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCoachTypes } from '../scripts/build-server';
import { checkMessage } from '../src/core/coach/index';

const ROOT = path.resolve('.');

const input = {
  kind: 'feedback_request' as const,
  text: 'Hi Ellen,\nI believe I met every requirement!!! Best to the Stark Foods team.\nRavi',
  context: { contactName: 'Helen Cho', company: 'Acme Robotics', otherCompanies: ['Stark Foods'] },
};

describe('the rebound/coach package entry', () => {
  it('is importable by plain Node and checks a message synchronously, as the source does', () => {
    // The global setup bundles dist/coach.js; a spawned Node resolves the package by its own name.
    const script = `
      const coach = await import('rebound/coach');
      const result = coach.checkMessage(${JSON.stringify(input)});
      if (typeof result.then === 'function') throw new Error('checkMessage returned a promise');
      const draft = coach.buildDraft({ kind: 'thank_you', company: 'Acme', role: 'Analyst',
        contactName: 'Helen Cho', facts: ['the Shenzhen trip'] });
      console.log(JSON.stringify({ result, draft }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const { result, draft } = JSON.parse(run.stdout);
    expect(result).toEqual(checkMessage(input));
    expect(result.findings.map((f: { rule: string }) => f.rule)).toEqual(
      expect.arrayContaining([
        'accuracy/contact-name',
        'tone/argues-decision',
        'accuracy/other-company',
      ]),
    );
    expect(draft.text).toContain('Helen');
  });

  it('has no Node built-ins in the bundle, so it runs in a browser too', () => {
    const bundle = fs.readFileSync(path.join(ROOT, 'dist', 'coach.js'), 'utf8');
    expect(bundle).not.toMatch(/from\s*["']node:|require\(["']node:|import\(["']node:/);
  });

  // Emitting and checking declarations with tsc takes a while on a busy machine.
  it(
    'ships type declarations that a NodeNext TypeScript project can use',
    { timeout: 120_000 },
    () => {
      buildCoachTypes();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-types-'));
      fs.mkdirSync(path.join(dir, 'node_modules'));
      fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'rebound'), 'dir');
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
      fs.writeFileSync(
        path.join(dir, 'consumer.ts'),
        [
          "import { checkMessage, buildDraft, type CoachResult, type Finding } from 'rebound/coach';",
          "const result: CoachResult = checkMessage({ kind: 'thank_you', text: 'Hi' });",
          'const first: Finding | undefined = result.findings[0];',
          "const draft = buildDraft({ kind: 'linkedin_note', company: 'A', role: 'B', contactName: 'C D', facts: [] });",
          'export const summary = [first?.rule, draft.text.length, result.scores.overall];',
          "// @ts-expect-error an unknown kind is refused by the types\ncheckMessage({ kind: 'sonnet', text: 'Hi' });",
        ].join('\n'),
      );
      const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
      const args = [
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
      ];
      const output = (() => {
        try {
          return execFileSync(
            process.execPath,
            [tsc, ...args, '--skipLibCheck', 'false', 'consumer.ts'],
            {
              cwd: dir,
              encoding: 'utf8',
            },
          );
        } catch (error) {
          return String((error as { stdout?: string }).stdout ?? error);
        }
      })();
      fs.rmSync(dir, { recursive: true, force: true });
      expect(output).toBe('');
    },
  );
});
