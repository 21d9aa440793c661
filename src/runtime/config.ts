import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../core/app-error';
import { LOOPBACK_HOSTS } from '../http/host-guard';
import type { DatabaseConfig } from '../storage/connect';
import { parseSecretKey, type SecretKeys } from './mail/secret-box';

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
  /**
   * Whether feeds and pages may be fetched from private and loopback addresses. Allowed in local
   * use (SQLite, listening on loopback); refused on a shared server so a pasted address cannot
   * reach inside its network. REBOUND_FETCH_PRIVATE=1 or 0 decides otherwise.
   */
  fetchPrivate: boolean;
  /** Whether sources are refreshed on a schedule while the server runs (REBOUND_FEED_REFRESH). */
  feedRefresh: boolean;
  /**
   * `local`: one person, no sign-in, loopback only. `team`: accounts and sessions on PostgreSQL
   * (REBOUND_MODE=team); its settings are in `team`.
   */
  mode: 'local' | 'team';
  /** Team mode's settings; null in local mode. */
  team: TeamConfig | null;
  /** Where the listening address came from, for an error that names it. */
  hostSource: '--host' | 'REBOUND_HOST' | 'default';
}

/** What a team installation adds to the local settings. */
export interface TeamConfig {
  /** The address people open, for links in emails (REBOUND_PUBLIC_URL); null: no such emails. */
  publicUrl: string | null;
  /** Certificate and key files when Rebound serves https itself (REBOUND_TLS_CERT, _KEY). */
  tls: { certFile: string; keyFile: string } | null;
  /** Sessions end after this long without a request (REBOUND_SESSION_IDLE_MINUTES, 30). */
  sessionIdleMinutes: number;
  /** …and this long after sign-in whatever happens (REBOUND_SESSION_MAX_HOURS, 12). */
  sessionMaxHours: number;
  /** The OpenID Connect provider people may sign in with (REBOUND_OIDC_*); null: none. */
  sso: SsoConfig | null;
  /** Whether seekers and coaches get a morning email (REBOUND_DIGESTS, on with a mail account). */
  digests: boolean;
  /**
   * Where the job queue connects: an owner of the database, since pg-boss creates and upgrades
   * its own schema (REBOUND_QUEUE_DATABASE_URL, default DATABASE_OWNER_URL).
   */
  queueDatabaseUrl: string;
  /**
   * The keys that seal seekers' mail passwords (REBOUND_SECRET_KEY, and REBOUND_OLD_SECRET_KEYS
   * while rotating); needed only once a seeker saves an account.
   */
  secretKeys: SecretKeys;
  /**
   * Whether seekers' SMTP and IMAP servers may be on private, loopback or link-local addresses
   * (REBOUND_MAIL_PRIVATE, default 0): a shared server is not a probe of its own network.
   */
  mailPrivate: boolean;
}

/** One OpenID Connect provider, by its issuer and this installation's client there. */
export interface SsoConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The button's text (REBOUND_OIDC_LABEL); by default names the issuer's host. */
  label: string;
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

/** A yes/no setting: 1, true, yes, on, or 0, false, no, off. */
const onOff = (message: string) =>
  z
    .string()
    .regex(/^(1|0|true|false|yes|no|on|off)$/i, message)
    .transform((value) => /^(1|true|yes|on)$/i.test(value))
    .optional();

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
  DATABASE_OWNER_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
    .optional(),
  DATABASE_PREPARED_STATEMENTS: onOff(
    'must be 1 (prepare repeated statements) or 0 (a pooler that cannot keep them)',
  ),
  REBOUND_TRUST_PROXY: onOff('must be 1 (behind a proxy) or 0'),
  REBOUND_FETCH_PRIVATE: onOff('must be 1 (fetch from private addresses) or 0'),
  REBOUND_FEED_REFRESH: onOff('must be 1 (refresh sources on a schedule) or 0'),
  REBOUND_MODE: z.enum(['local', 'team'], { error: 'must be local or team' }).optional(),
  REBOUND_DIGESTS: onOff('must be 1 (send morning digests) or 0'),
  REBOUND_QUEUE_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
    .optional(),
  REBOUND_PUBLIC_URL: z
    .string()
    .regex(
      /^https?:\/\/[^/\s?#]+\/?$/,
      'must be the address people open, such as https://rebound.example.org',
    )
    .optional(),
  REBOUND_TLS_CERT: z.string().min(1).optional(),
  REBOUND_TLS_KEY: z.string().min(1).optional(),
  REBOUND_SESSION_IDLE_MINUTES: z.coerce
    .number({ error: 'must be a number of minutes' })
    .int('must be a whole number of minutes')
    .min(1, 'must be between 1 and 1440')
    .max(1440, 'must be between 1 and 1440')
    .optional(),
  REBOUND_SESSION_MAX_HOURS: z.coerce
    .number({ error: 'must be a number of hours' })
    .int('must be a whole number of hours')
    .min(1, 'must be between 1 and 720')
    .max(720, 'must be between 1 and 720')
    .optional(),
  REBOUND_OIDC_ISSUER: z
    .url({
      protocol: /^https?$/,
      error: 'must be the provider’s issuer, such as https://login.example.edu',
    })
    .optional(),
  REBOUND_OIDC_CLIENT_ID: z.string().max(500).optional(),
  REBOUND_OIDC_CLIENT_SECRET: z.string().max(500).optional(),
  REBOUND_OIDC_LABEL: z.string().max(60, 'must be at most 60 characters').optional(),
  REBOUND_SECRET_KEY: z.string().optional(),
  REBOUND_OLD_SECRET_KEYS: z.string().optional(),
  REBOUND_MAIL_PRIVATE: onOff('must be 1 (mail servers on private addresses allowed) or 0'),
});

type Env = z.infer<typeof envSchema>;

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
    ? {
        dialect: 'postgres',
        url: e.DATABASE_URL,
        ...(e.DATABASE_OWNER_URL !== undefined && { ownerUrl: e.DATABASE_OWNER_URL }),
        ...(e.DATABASE_PREPARED_STATEMENTS === false && { preparedStatements: false }),
      }
    : { dialect: 'sqlite', file: path.join(dataDir, DATABASE_FILE_NAME) };
  const host = overrides.host ?? e.REBOUND_HOST ?? DEFAULT_HOST;
  const mode = e.REBOUND_MODE ?? 'local';
  const local = mode === 'local' && database.dialect === 'sqlite' && isLoopback(host);
  return {
    dataDir,
    database,
    port: chosenPort,
    host,
    allowedHosts: allowedHostsFor(host, e.REBOUND_ALLOWED_HOSTS),
    trustProxy: e.REBOUND_TRUST_PROXY ?? false,
    fetchPrivate: e.REBOUND_FETCH_PRIVATE ?? local,
    feedRefresh: e.REBOUND_FEED_REFRESH ?? true,
    mode,
    team: mode === 'team' ? teamConfig(e) : localWithoutSso(e),
    hostSource:
      overrides.host !== undefined
        ? '--host'
        : e.REBOUND_HOST !== undefined
          ? 'REBOUND_HOST'
          : 'default',
  };
}

/** Local mode has no accounts to sign in to: a provider configured for it is a mistake. */
function localWithoutSso(e: Env): null {
  const set = OIDC_SETTINGS.find((name) => e[name] !== undefined);
  if (set !== undefined) {
    throw AppError.validation(set, 'single sign-on is for team mode (REBOUND_MODE=team)');
  }
  return null;
}

/** Team mode's settings, refusing a team installation that is missing what it needs. */
function teamConfig(e: Env): TeamConfig {
  if (e.DATABASE_URL === undefined) {
    throw AppError.validation(
      'DATABASE_URL',
      'team mode keeps accounts, sessions and sign-in limits in PostgreSQL: set DATABASE_URL=postgres://…',
    );
  }
  if (e.DATABASE_OWNER_URL === undefined) {
    throw AppError.validation(
      'DATABASE_OWNER_URL',
      'team mode upgrades the schema as the role that owns it and serves as the role in DATABASE_URL, which row-level security binds: set DATABASE_OWNER_URL=postgres://… (see "For a team" in the README)',
    );
  }
  if ((e.REBOUND_TLS_CERT === undefined) !== (e.REBOUND_TLS_KEY === undefined)) {
    const missing = e.REBOUND_TLS_CERT === undefined ? 'REBOUND_TLS_CERT' : 'REBOUND_TLS_KEY';
    throw AppError.validation(missing, 'https needs both the certificate and the key file');
  }
  return {
    publicUrl: e.REBOUND_PUBLIC_URL?.replace(/\/$/, '') ?? null,
    tls:
      e.REBOUND_TLS_CERT !== undefined && e.REBOUND_TLS_KEY !== undefined
        ? { certFile: e.REBOUND_TLS_CERT, keyFile: e.REBOUND_TLS_KEY }
        : null,
    sessionIdleMinutes: e.REBOUND_SESSION_IDLE_MINUTES ?? 30,
    sessionMaxHours: e.REBOUND_SESSION_MAX_HOURS ?? 12,
    sso: ssoConfig(e),
    digests: e.REBOUND_DIGESTS ?? true,
    queueDatabaseUrl: e.REBOUND_QUEUE_DATABASE_URL ?? e.DATABASE_OWNER_URL,
    secretKeys: secretKeysOf(e),
    mailPrivate: e.REBOUND_MAIL_PRIVATE ?? false,
  };
}

/** The mail-password keys, each checked here so a bad one stops the start, naming it. */
function secretKeysOf(e: Env): SecretKeys {
  const current = e.REBOUND_SECRET_KEY?.trim()
    ? parseSecretKey(e.REBOUND_SECRET_KEY, 'REBOUND_SECRET_KEY')
    : null;
  const previous = (e.REBOUND_OLD_SECRET_KEYS ?? '')
    .split(',')
    .filter((text) => text.trim() !== '')
    .map((text) => parseSecretKey(text, 'REBOUND_OLD_SECRET_KEYS'));
  return { current, previous };
}

const OIDC_SETTINGS = [
  'REBOUND_OIDC_ISSUER',
  'REBOUND_OIDC_CLIENT_ID',
  'REBOUND_OIDC_CLIENT_SECRET',
] as const;

/**
 * The single sign-on provider, when the issuer, client id and secret are all set. It needs the
 * public address (the provider sends people back to it), and https unless the issuer is on this
 * machine, where trying it out is safe.
 */
function ssoConfig(e: Env): SsoConfig | null {
  const missing = OIDC_SETTINGS.filter((name) => e[name] === undefined);
  if (missing.length === OIDC_SETTINGS.length) return null;
  const [first] = missing;
  if (first !== undefined) {
    throw AppError.validation(
      first,
      `single sign-on needs ${OIDC_SETTINGS.join(', ')} together; set it or unset the others`,
    );
  }
  const issuer = new URL(e.REBOUND_OIDC_ISSUER as string);
  if (issuer.protocol !== 'https:' && !isLoopback(issuer.hostname.replace(/^\[|\]$/g, ''))) {
    throw AppError.validation('REBOUND_OIDC_ISSUER', 'must be an https address');
  }
  if (e.REBOUND_PUBLIC_URL === undefined) {
    throw AppError.validation(
      'REBOUND_PUBLIC_URL',
      'single sign-on needs the address people open, for the provider to send them back to',
    );
  }
  return {
    issuer: e.REBOUND_OIDC_ISSUER as string,
    clientId: e.REBOUND_OIDC_CLIENT_ID as string,
    clientSecret: e.REBOUND_OIDC_CLIENT_SECRET as string,
    label: e.REBOUND_OIDC_LABEL ?? `Sign in with ${issuer.host}`,
  };
}

/**
 * Refuses to serve a configuration that would expose someone's data: local mode has no
 * sign-in, so it listens on this machine only.
 */
export function assertServable(config: RuntimeConfig): void {
  if (config.mode === 'local' && !isLoopback(config.host)) {
    const field = config.hostSource === 'default' ? '--host' : config.hostSource;
    throw AppError.validation(
      field,
      `local mode has no sign-in, so it listens only on this machine (127.0.0.1, localhost or ::1), not ${config.host}; ` +
        'to serve people over a network, run it in team mode (REBOUND_MODE=team, see "For a team" in the README)',
    );
  }
}

/** Whether an address is this machine only. */
export function isLoopback(host: string): boolean {
  const name = host.toLowerCase();
  return (
    (LOOPBACK_HOSTS as readonly string[]).includes(name) ||
    name === '::1' ||
    /^127(\.\d{1,3}){3}$/.test(name)
  );
}

/** Which Host headers to accept: the names given, plus this machine's own when on loopback. */
function allowedHostsFor(host: string, configured: string | undefined): string[] | null {
  const listed = (configured ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (isLoopback(host)) return [...new Set([...LOOPBACK_HOSTS, ...listed])];
  return listed.length > 0 ? listed : null;
}
