import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../core/app-error';
import { LOOPBACK_HOSTS } from '../http/host-guard';
import type { DatabaseConfig } from '../storage/connect';

export const DEFAULT_PORT = 4177;
export const DEFAULT_HOST = '127.0.0.1';
export const DATABASE_FILE_NAME = 'rebound.sqlite';

export interface RuntimeConfig {
  /** The folder holding the SQLite file, backups and other local state. */
  dataDir: string;
  database: DatabaseConfig;
  port: number;
  host: string;
  /**
   * Host names the server answers to (guards against DNS rebinding). Loopback names when it
   * listens on loopback; otherwise REBOUND_ALLOWED_HOSTS, or null for any host.
   */
  allowedHosts: string[] | null;
  /**
   * Whether a reverse proxy in front sets `X-Forwarded-Proto` and `X-Forwarded-Host`, so links
   * and the same-site check use the address the browser sees (REBOUND_TRUST_PROXY=1).
   */
  trustProxy: boolean;
}

export interface ConfigOverrides {
  dataDir?: string | undefined;
  port?: string | number | undefined;
  host?: string | undefined;
}

const port = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

const envSchema = z.object({
  REBOUND_DATA: z.string().min(1).optional(),
  REBOUND_PORT: port.optional(),
  PORT: port.optional(),
  REBOUND_HOST: z.string().min(1).optional(),
  REBOUND_ALLOWED_HOSTS: z
    .string()
    .regex(/^[\w.\-:[\], ]+$/, 'must be host names separated by commas, e.g. rebound.example.org')
    .optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
    .optional(),
  REBOUND_TRUST_PROXY: z
    .string()
    .regex(/^(1|0|true|false|yes|no|on|off)$/i, 'must be 1 (behind a proxy) or 0')
    .transform((value) => /^(1|true|yes|on)$/i.test(value))
    .optional(),
});

/**
 * Where data lives and where to listen: flags first, then the environment, then defaults
 * (`./data`, 127.0.0.1:4177, SQLite unless DATABASE_URL is set).
 */
export function resolveConfig(
  overrides: ConfigOverrides = {},
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): RuntimeConfig {
  const parsedEnv = envSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsedEnv.success) {
    const issue = parsedEnv.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new AppError('validation', `${name}: ${issue?.message ?? 'is not valid'}`, {
      field: name,
    });
  }
  const e = parsedEnv.data;
  let chosenPort = e.REBOUND_PORT ?? e.PORT ?? DEFAULT_PORT;
  if (overrides.port !== undefined) {
    const parsed = port.safeParse(overrides.port);
    if (!parsed.success) {
      throw AppError.validation('--port', parsed.error.issues[0]?.message ?? 'is not valid');
    }
    chosenPort = parsed.data;
  }
  const dataDir = path.resolve(cwd, overrides.dataDir ?? e.REBOUND_DATA ?? 'data');
  const database: DatabaseConfig = e.DATABASE_URL
    ? { dialect: 'postgres', url: e.DATABASE_URL }
    : { dialect: 'sqlite', file: path.join(dataDir, DATABASE_FILE_NAME) };
  const host = overrides.host ?? e.REBOUND_HOST ?? DEFAULT_HOST;
  return {
    dataDir,
    database,
    port: chosenPort,
    host,
    allowedHosts: allowedHostsFor(host, e.REBOUND_ALLOWED_HOSTS),
    trustProxy: e.REBOUND_TRUST_PROXY ?? false,
  };
}

/** Which Host headers to accept: the names given, plus this machine's own when on loopback. */
function allowedHostsFor(host: string, configured: string | undefined): string[] | null {
  const listed = (configured ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const loopback =
    (LOOPBACK_HOSTS as readonly string[]).includes(host.toLowerCase()) || host === '::1';
  if (loopback) return [...new Set([...LOOPBACK_HOSTS, ...listed])];
  return listed.length > 0 ? listed : null;
}
