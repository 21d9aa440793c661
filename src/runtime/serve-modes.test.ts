import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/databases';
import { resolveConfig } from './config';
import { startServer } from './serve';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-modes-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('local mode', () => {
  it.each([
    [{ host: '0.0.0.0' }, {}, '--host'],
    [{}, { REBOUND_HOST: '::' }, 'REBOUND_HOST'],
  ])('refuses to listen beyond this machine (%j %j)', async (flags, env, named) => {
    const dataDir = path.join(dir, `refused-${named}`);
    const config = resolveConfig({ dataDir, port: 0, ...flags }, env);
    await expect(startServer(config)).rejects.toThrow(
      new RegExp(`^${named}: local mode has no sign-in.*REBOUND_MODE=team`),
    );
    // Refused before anything was opened or created.
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});

describe('team mode', () => {
  it('refuses to start without PostgreSQL, naming the setting', () => {
    expect(() =>
      resolveConfig({ dataDir: dir, host: '0.0.0.0' }, { REBOUND_MODE: 'team' }),
    ).toThrow(/^DATABASE_URL: team mode keeps accounts/);
  });

  it('serves https itself when given a certificate and key', async () => {
    const cert = path.join(dir, 'cert.pem');
    const key = path.join(dir, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    const database = await createTestDatabase('postgres');
    const config = resolveConfig(
      { dataDir: dir, port: 0 },
      {
        REBOUND_MODE: 'team',
        DATABASE_URL: database.appLocation,
        DATABASE_OWNER_URL: database.location,
        REBOUND_TLS_CERT: cert,
        REBOUND_TLS_KEY: key,
      },
    );
    const server = await startServer(config);
    try {
      expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        https
          .get(`${server.url}/api/health`, { ca: fs.readFileSync(cert) }, (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString()));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
          })
          .on('error', reject);
      });
      expect(answer).toEqual({ status: 200, body: '{"ok":true}' });
    } finally {
      await server.close();
      await database.close();
    }
  });

  it('names an unreadable certificate', async () => {
    const config = resolveConfig(
      { dataDir: dir, port: 0 },
      {
        REBOUND_MODE: 'team',
        DATABASE_URL: 'postgres://rebound@127.0.0.1:1/none',
        DATABASE_OWNER_URL: 'postgres://owner@127.0.0.1:1/none',
        REBOUND_TLS_CERT: path.join(dir, 'missing-cert.pem'),
        REBOUND_TLS_KEY: path.join(dir, 'missing-key.pem'),
      },
    );
    await expect(startServer(config)).rejects.toThrow(/^REBOUND_TLS_CERT: cannot read/);
  });
});
