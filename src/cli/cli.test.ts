/* eslint-disable @typescript-eslint/no-explicit-any -- CLI JSON output is read loosely */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runRebound, tempDataDir } from '../../test/cli';

const json = <T = any>(text: string): T => JSON.parse(text) as T;

describe('bin/rebound', () => {
  it('explains itself with --help, for the program and each command', async () => {
    const help = await runRebound(['--help']);
    expect(help.code).toBe(0);
    for (const command of [
      'serve',
      'add',
      'list',
      'show',
      'stage',
      'contacts',
      'log',
      'export',
      'import',
      'demo',
    ]) {
      expect(help.stdout).toContain(command);
    }
    const add = await runRebound(['add', '--help']);
    expect(add.code).toBe(0);
    expect(add.stdout).toContain('--company');
    expect(add.stdout).toContain('--data');
    expect(add.stdout).toContain('--json');
  });

  it('adds, lists, shows and moves an application, with JSON output for scripts', async () => {
    const data = tempDataDir();
    const added = await runRebound([
      '--data',
      data,
      'add',
      '--company',
      'Acme',
      '--role',
      'Data Analyst',
      '--link',
      'acme.example/jobs/42',
      '--source',
      'LinkedIn',
      '--applied-on',
      '2026-01-05',
      '--json',
    ]);
    expect(added.code).toBe(0);
    const app = json(added.stdout);
    expect(app).toMatchObject({
      company: 'Acme',
      role: 'Data Analyst',
      stage: 'applied',
      link: 'https://acme.example/jobs/42',
      source: 'LinkedIn',
    });
    expect(app.stageChangedAt.slice(0, 10)).toBe('2026-01-05');
    expect(fs.existsSync(path.join(data, 'rebound.sqlite'))).toBe(true);

    const moved = await runRebound([
      'stage',
      app.id,
      'interview',
      '--note',
      'Panel booked',
      '--data',
      data,
      '--json',
    ]);
    expect(json(moved.stdout).application.stage).toBe('interview');

    const listed = await runRebound(['list', '--stage', 'interview', '--data', data]);
    expect(listed.stdout).toContain('Acme');
    expect(listed.stdout).toContain('Interviewing');

    const shown = await runRebound(['show', app.id, '--data', data]);
    expect(shown.stdout).toContain('Acme — Data Analyst');
    expect(shown.stdout).toContain('Moved to Interviewing — Panel booked');
  });

  it('takes its data folder from REBOUND_DATA when --data is not given', async () => {
    const data = tempDataDir();
    await runRebound(['add', '--company', 'EnvCo', '--role', 'Analyst'], {
      env: { REBOUND_DATA: data },
    });
    const listed = await runRebound(['list', '--json', '--data', data]);
    expect(json(listed.stdout).items.map((a: { company: string }) => a.company)).toEqual(['EnvCo']);
  });

  it('adds contacts, logs interactions and lists the most recent first', async () => {
    const data = tempDataDir();
    const ana = json(
      (
        await runRebound([
          'contacts',
          'add',
          '--name',
          'Ana',
          '--relationship',
          'recruiter',
          '--tag',
          'fintech',
          '--json',
          '--data',
          data,
        ])
      ).stdout,
    );
    const ben = json(
      (
        await runRebound([
          'contacts',
          'add',
          '--name',
          'Ben',
          '--email',
          'ben@example.com',
          '--json',
          '--data',
          data,
        ])
      ).stdout,
    );
    expect(ana.tags).toEqual(['fintech']);
    await runRebound([
      'log',
      '--contact',
      ana.id,
      '--channel',
      'call',
      '--at',
      '2026-01-05',
      '--data',
      data,
    ]);
    const logged = await runRebound([
      'log',
      '--contact',
      ben.id,
      '--channel',
      'linkedin',
      '--summary',
      'Congratulated',
      '--json',
      '--data',
      data,
    ]);
    expect(logged.code).toBe(0);
    const listed = json((await runRebound(['contacts', '--json', '--data', data])).stdout);
    expect(listed.items.map((c: { name: string }) => c.name)).toEqual(['Ben', 'Ana']);
  });

  it.each([
    [['add', '--company', 'Acme', '--role', 'X', '--salary-min', 'lots'], '--salary-min'],
    [['add', '--company', 'Acme', '--role', 'X', '--link', 'not a url'], '--link'],
    [['add', '--company', 'Acme', '--role', 'X', '--stage', 'hired'], '--stage'],
    [['list', '--stage', 'nope'], '--stage'],
    [['list', '--limit', '0'], '--limit'],
    [['contacts', 'add', '--name', 'A', '--email', 'nope'], '--email'],
    [['log', '--contact', 'con_missing', '--channel', 'email'], '--contact'],
    [['log', '--contact', 'con_missing', '--channel', 'pigeon'], '--channel'],
    [['show', 'app_missing'], 'app_missing'],
    [['import', '/no/such/file.json'], 'FILE'],
    [['demo', '--scale', '0'], '--scale'],
  ])('reports %j on stderr with a non-zero exit naming %s', async (args, named) => {
    const result = await runRebound([...args, '--data', tempDataDir()]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(named);
  });

  it('reports errors as JSON on stderr with --json', async () => {
    const result = await runRebound(['show', 'app_missing', '--json', '--data', tempDataDir()]);
    expect(result.code).toBe(1);
    expect(json(result.stderr)).toEqual({
      error: { code: 'not_found', message: 'No application with id app_missing.', field: 'id' },
    });
  });

  it('exits 2 on a usage mistake', async () => {
    expect((await runRebound(['frobnicate'])).code).toBe(2);
    expect((await runRebound(['add', '--role', 'X'])).stderr).toContain('--company');
  });

  it('exports a workspace and imports it elsewhere, from a file or stdin', async () => {
    const source = tempDataDir();
    const demo = await runRebound(['demo', '--json', '--data', source]);
    expect(json(demo.stdout)).toMatchObject({
      applications: 20,
      contacts: 100,
      interactions: 1000,
    });
    const exported = await runRebound(['export', '--data', source]);
    const document = json(exported.stdout);
    expect(document.format).toBe('rebound-workspace');

    const file = path.join(source, 'export.json');
    await runRebound(['export', '--out', file, '--data', source]);
    const fromFile = tempDataDir();
    expect((await runRebound(['import', file, '--data', fromFile])).code).toBe(0);
    const fromStdin = tempDataDir();
    const imported = await runRebound(['import', '-', '--json', '--data', fromStdin], {
      input: exported.stdout,
    });
    expect(json(imported.stdout).created.applications).toBe(20);
    const again = json((await runRebound(['export', '--data', fromStdin])).stdout);
    expect({ ...again, exportedAt: '' }).toEqual({ ...document, exportedAt: '' });

    const twice = await runRebound(['import', file, '--data', fromFile]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('--replace');
  });

  it('refuses a file that is not JSON, naming the file', async () => {
    const data = tempDataDir();
    const file = path.join(data, 'broken.json');
    fs.writeFileSync(file, '{ "format": ');
    const result = await runRebound(['import', file, '--data', data]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('broken.json is not valid JSON');
  });

  it('loads the sample marked as sample, and removes just it with demo --remove', async () => {
    const data = tempDataDir();
    const loaded = await runRebound(['demo', '--data', data]);
    expect(loaded.stdout).toContain(
      'It is marked as sample; remove it with: rebound demo --remove',
    );
    const own = await runRebound([
      'add',
      '--company',
      'Own Co',
      '--role',
      'Analyst',
      '--data',
      data,
    ]);
    expect(own.code).toBe(0);
    const removed = await runRebound(['demo', '--remove', '--data', data]);
    expect(removed.stdout).toMatch(/^Removed the sample: 20 applications and 100 contacts/);
    const left = json((await runRebound(['list', '--json', '--data', data])).stdout);
    expect(left.items.map((a: { company: string }) => a.company)).toEqual(['Own Co']);
    const again = await runRebound(['demo', '--remove', '--json', '--data', data]);
    expect(json(again.stdout)).toMatchObject({ applications: 0, contacts: 0 });
  });

  it('stops quietly when the reader of its output goes away (rebound export | head)', async () => {
    const data = tempDataDir();
    await runRebound(['demo', '--data', data]);
    const child = spawn(process.execPath, [BIN, 'export', '--data', data], {
      env: { ...process.env, DATABASE_URL: '' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('serves the app until stopped', async () => {
    const data = tempDataDir();
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--json', '--data', data], {
      env: { ...process.env, DATABASE_URL: '' },
    });
    const started = await new Promise<{ url: string }>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        try {
          resolve(JSON.parse(out) as { url: string });
        } catch {
          // The JSON arrives in pieces; keep reading.
        }
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${started.url}/api/health`);
    expect(await health.json()).toEqual({ ok: true });
    const openapi = (await (await fetch(`${started.url}/api/openapi.json`)).json()) as {
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(openapi.components.schemas)).toContain('Application');
    const foreign = await new Promise<number | undefined>((resolve, reject) =>
      http
        .get(`${started.url}/api/export`, { headers: { host: 'attacker.example' } }, (response) => {
          response.resume();
          resolve(response.statusCode);
        })
        .on('error', reject),
    );
    expect(foreign).toBe(403);
    const home = await fetch(`${started.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Rebound');
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
