import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRebound } from '../../test/cli';
import { MAX_IMPORT_RECORDS, MAX_IMPORT_ROWS } from '../core/import-limits';
import { resolveConfig } from './config';
import { startServer, type RunningServer } from './serve';

let dataDir: string;
let server: RunningServer;
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-limits-'));
  server = await startServer(resolveConfig({ dataDir, port: 0 }, {}));
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: { error?: { code: string; field: string; message: string } } & Record<string, unknown>;
  /** Bytes of the body the client had sent when the answer came. */
  sent: number;
}

/**
 * POSTs over real HTTP, feeding the body in 64 KB pieces from `chunks` only while the server has
 * not answered yet: a server that refuses early stops the upload where it is.
 */
function post(
  route: string,
  chunks: () => Iterator<Buffer>,
  headers: Record<string, string | number> = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = http.request(
      `${server.url}${route}`,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        answered = true;
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          request.destroy();
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(text), sent });
        });
      },
    );
    request.on('error', (error) => (answered ? undefined : reject(error)));
    const pieces = chunks();
    const pump = () => {
      while (!answered) {
        const next = pieces.next();
        if (next.done === true) return void request.end();
        sent += next.value.length;
        if (!request.write(next.value)) return void request.once('drain', pump);
      }
    };
    pump();
  });
}

function* repeat(piece: Buffer, bytes: number): Iterator<Buffer> {
  for (let sent = 0; sent < bytes; sent += piece.length) yield piece;
}
const once = (text: string) => () => [Buffer.from(text)][Symbol.iterator]();
const workspaceIsEmpty = async () => {
  const document = (await (await fetch(`${server.url}/api/export`)).json()) as Record<
    string,
    unknown[]
  >;
  return ['applications', 'contacts', 'interactions'].every((k) => document[k]?.length === 0);
};

describe('what one import may cost', () => {
  it('refuses a body declared larger than the limit before reading it, naming the limit', async () => {
    const declared = 190 * 1024 * 1024;
    const answer = await post('/api/import', () => repeat(Buffer.alloc(64 * 1024, 32), declared), {
      'content-length': declared,
    });
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatchObject({ code: 'payload_too_large', field: 'body' });
    expect(answer.body.error?.message).toMatch(/^body: the import is larger than the 50 MB/);
    // The answer came long before the body could have been read.
    expect(answer.sent).toBeLessThan(declared / 2);
    expect(await workspaceIsEmpty()).toBe(true);
  });

  it('stops reading a body sent without a length once it passes the limit', async () => {
    const answer = await post(
      '/api/import/linkedin',
      () => repeat(Buffer.alloc(64 * 1024, 32), 120 * 1024 * 1024),
      { 'transfer-encoding': 'chunked' },
    );
    expect(answer.status).toBe(413);
    expect(answer.body.error?.message).toMatch(/the 50 MB one import may hold/);
    expect(answer.sent).toBeLessThan(120 * 1024 * 1024);
    expect(await workspaceIsEmpty()).toBe(true);
  });

  it('refuses a workspace document with more records than one import takes', async () => {
    const records = MAX_IMPORT_RECORDS + 1;
    const document = `{"format":"rebound-workspace","version":1,"applicationContacts":[${'{},'.repeat(records - 1)}{}]}`;
    const answer = await post('/api/import', once(document));
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatchObject({
      field: 'body',
      message: expect.stringMatching(
        /^body: the import holds 200,001 records, and one import takes at most 200,000/,
      ),
    });
    expect(await workspaceIsEmpty()).toBe(true);
  });

  it('refuses a CSV or vCard file with more rows than one import takes', async () => {
    const csv = `First Name,Last Name\n${'Ana,Díaz\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
    const rows = await post('/api/import/linkedin', once(JSON.stringify({ content: csv })));
    expect(rows.status).toBe(413);
    expect(rows.body.error?.message).toMatch(
      /^content: the import holds more than 200,000 rows, and one import takes at most 200,000/,
    );
    const card = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana\r\nEND:VCARD\r\n';
    const vcf = card.repeat(MAX_IMPORT_ROWS + 1);
    const cards = await post('/api/import/vcard', once(JSON.stringify({ content: vcf })));
    expect(cards.status).toBe(413);
    expect(cards.body.error?.message).toMatch(/^content: the import holds 200,001 vCards/);
    expect(await workspaceIsEmpty()).toBe(true);
  });

  it('refuses a hostile record over HTTP with the record and field, writing nothing', async () => {
    const document = {
      format: 'rebound-workspace',
      version: 1,
      exportedAt: '2026-11-26T09:00:00.000Z',
      workspace: { name: 'Mine', settings: {} },
      applications: [
        {
          id: 'app_3k9x2m4qzt7h',
          company: 'Acme',
          role: 'Analyst',
          link: 'javascript:alert(1)',
          stage: 'applied',
          stageChangedAt: '2026-11-26T09:00:00.000Z',
          createdAt: '2026-11-26T09:00:00.000Z',
          updatedAt: '2026-11-26T09:00:00.000Z',
        },
      ],
    };
    const answer = await post('/api/import', once(JSON.stringify(document)));
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({
      field: 'applications[0].link',
      message: 'applications[0].link: must be a web address starting with http:// or https://',
    });
    expect(await workspaceIsEmpty()).toBe(true);
  });
});

describe('the command line', () => {
  it('refuses a file larger than one import may hold without reading it', async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-limits-cli-'));
    try {
      const file = path.join(data, 'huge.json');
      // A sparse file: its size is all that is read.
      fs.writeFileSync(file, '');
      fs.truncateSync(file, 190 * 1024 * 1024);
      const result = await runRebound(['import', file, '--data', path.join(data, 'data')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /^rebound: FILE: the import is 190 MB, more than the 50 MB one import may hold/,
      );
      const piped = await runRebound(['import', '-', '--data', path.join(data, 'data')], {
        input: ' '.repeat(51 * 1024 * 1024),
      });
      expect(piped.code).toBe(1);
      expect(piped.stderr).toMatch(/^rebound: FILE: the import is larger than the 50 MB/);
    } finally {
      fs.rmSync(data, { recursive: true, force: true });
    }
  });
});
