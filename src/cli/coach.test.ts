/* eslint-disable @typescript-eslint/no-explicit-any -- CLI JSON output is read loosely */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRebound, tempDataDir } from '../../test/cli';

const context = [
  '--to',
  'Helen Cho',
  '--company',
  'Acme Robotics',
  '--fact',
  'motor controller bring-up',
];

function messageFile(text: string): string {
  const file = path.join(tempDataDir(), 'message.txt');
  fs.writeFileSync(file, text);
  return file;
}

describe('rebound coach', () => {
  it('prints findings like a linter and exits 1 when one is an error', async () => {
    const file = messageFile(
      'Hi Ellen,\nI believe I met every requirement, so the decision surprised me.\nBest to the Stark Foods team.\nRavi\n',
    );
    const result = await runRebound(['coach', file, ...context, '--other-company', 'Stark Foods']);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(file);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {2}1:4 +error +accuracy\/contact-name +“Ellen” looks like a slip for Helen/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}2:1 +warning +tone\/argues-decision +/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}3:13 +error +accuracy\/other-company +Stark Foods/),
    );
    expect(result.stdout).toMatch(/\d+ problems \(2 errors, \d+ warnings?, \d+ notes?\)/);
  });

  it('exits 0 when there are only warnings or notes, reading the message from stdin', async () => {
    const warned = await runRebound(['coach', ...context], {
      input: 'Hi Helen,\nThank you for your time. I enjoyed our conversation.\nRavi',
    });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('<stdin>');
    // "Could go to anyone" once, naming a note of the conversation, not once per rule.
    expect(warned.stdout).toContain('template/boilerplate');
    expect(warned.stdout).toContain('such as the motor controller bring-up');
    expect(warned.stdout).not.toContain('personalization/no-detail');
    const clean = await runRebound(['coach', '--kind', 'thank_you', ...context], {
      input:
        'Hi Helen,\nThanks for letting me know, and for the talk about the motor controller bring-up. I learned a lot and hope our paths cross again.\nRavi',
    });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/No problems found/);
  });

  it('reads the whole input as JSON on stdin with --json and prints the result as JSON', async () => {
    const input = {
      kind: 'linkedin_note',
      text: `Hi Helen, ${'lovely to meet you. '.repeat(12)}`,
      context: {
        contactName: 'Helen Cho',
        facts: ['motor controller bring-up'],
        linkedinPlan: 'free',
      },
    };
    const result = await runRebound(['coach', '--json'], { input: JSON.stringify(input) });
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout);
    expect(output.stats.characterLimit).toBe(200);
    expect(output.findings.map((f: any) => f.rule)).toContain('length/channel-limit');
    expect(Object.keys(output)).toEqual(['findings', 'scores', 'stats']);
  });

  it('prints JSON for a FILE with --json too, and takes sending as now with --rejected-at', async () => {
    const file = messageFile(
      'Hi Helen,\nThanks for the talk about the motor controller bring-up. Could you share one thing to improve?\nRavi',
    );
    const result = await runRebound([
      'coach',
      file,
      '--json',
      ...context,
      '--rejected-at',
      new Date().toISOString(),
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).findings.map((f: any) => f.rule)).toContain('timing/too-soon');
  });

  it('checks a plan step written as a message, a silver-medalist check-in as a follow-up', async () => {
    const note = messageFile(
      'Hi Helen,\nI hope the motor controller bring-up went well. I have been deep in RTOS work since, and would love to hear how the team is doing.\nRavi',
    );
    const step = await runRebound([
      'coach',
      note,
      '--kind',
      'silver_medalist',
      '--json',
      ...context,
    ]);
    const followUp = await runRebound(['coach', note, '--kind', 'follow_up', '--json', ...context]);
    expect(step.stderr).toBe('');
    expect(step.code).toBe(0);
    expect(JSON.parse(step.stdout)).toEqual(JSON.parse(followUp.stdout));
  });

  it.each([
    [['--kind', 'poem'], '--kind'],
    [['--plan', 'gold'], '--plan'],
    [['--rejected-at', 'last week'], '--rejected-at'],
    [['--previous', '/no/such/file.txt'], '--previous'],
  ])('exits 2 on %j, naming %s', async (flags, named) => {
    const result = await runRebound(['coach', ...flags], { input: 'Hi Helen' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(named);
  });

  it('exits 2 on a missing file or bad JSON, naming it, as JSON with --json', async () => {
    const missing = await runRebound(['coach', '/no/such/message.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('FILE');
    const broken = await runRebound(['coach', '--json'], { input: '{"kind": ' });
    expect(broken.code).toBe(2);
    expect(JSON.parse(broken.stderr).error).toMatchObject({ code: 'validation', field: 'stdin' });
    const invalid = await runRebound(['coach', '--json'], {
      input: JSON.stringify({ kind: 'thank_you', text: 3 }),
    });
    expect(invalid.code).toBe(2);
    expect(JSON.parse(invalid.stderr).error.field).toBe('text');
  });
});
