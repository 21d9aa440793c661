import fs from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { AppError } from '../core/app-error';
import { createApp } from '../http/app';
import { assertServable, type RuntimeConfig, type SsoConfig } from './config';
import { createBackupService } from './backup-service';
import type { MailService } from '../http/services';
import { createInboxService } from './inbox/inbox-service';
import { createMailService } from './mail/mail-service';
import { createReadingFetcher } from './reading-fetcher';
import { openWorkspace } from './open-workspace';
import { createOidcSsoProvider } from './sso/oidc-sso-provider';
import { startBackgroundJobs } from './jobs/background-jobs';
import type { JobQueue } from './jobs/job-registry';
import { workspaceMailServices } from './jobs/workspace-mail-jobs';
import { addressPolicy } from './address-policy';
import { createSecretBox } from './mail/secret-box';
import { webAssetsMiddleware } from './web-assets';
import { resumeReader } from './federal/resume-reader';
import { resumeRenderer } from './federal/resume-renderer';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** https when a team installation gives its certificate and key; plain http otherwise. */
function listenOptions(config: RuntimeConfig) {
  const tls = config.team?.tls;
  if (!tls) return {};
  const read = (file: string, setting: string) => {
    try {
      return fs.readFileSync(file);
    } catch (error) {
      throw AppError.validation(setting, `cannot read ${file} (${(error as Error).message})`);
    }
  };
  return {
    createServer: createHttpsServer,
    serverOptions: {
      cert: read(tls.certFile, 'REBOUND_TLS_CERT'),
      key: read(tls.keyFile, 'REBOUND_TLS_KEY'),
    },
  };
}

/**
 * The network address a request came from, for sign-in limits: the proxy's last
 * `X-Forwarded-For` entry (the address it saw) when trusted, the socket's otherwise.
 */
function clientAddress(config: RuntimeConfig) {
  return (c: Context): string | undefined => {
    if (config.trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
      if (forwarded) return forwarded;
    }
    return getConnInfo(c).remote.address;
  };
}

/** What the API needs in a team installation; undefined in local mode. */
function teamApi(config: RuntimeConfig, mail: MailService) {
  if (!config.team) return undefined;
  return {
    // The organisation's own account (REBOUND_SMTP_URL, or `rebound mail setup` on the server).
    mail: () => mail.sender(),
    ...(config.team.publicUrl !== null && { publicUrl: config.team.publicUrl }),
    sessions: {
      idleMinutes: config.team.sessionIdleMinutes,
      maxHours: config.team.sessionMaxHours,
    },
    clientAddress: clientAddress(config),
    ...(config.team.sso && { sso: [ssoProvider(config.team.sso, config.team.publicUrl)] }),
  };
}

/**
 * A team's seekers' own mail accounts: passwords sealed with the configured keys, and servers on
 * private addresses refused unless REBOUND_MAIL_PRIVATE allows them.
 */
function seekerAccounts(config: RuntimeConfig) {
  if (!config.team) return undefined;
  return {
    box: createSecretBox(config.team.secretKeys),
    policy: addressPolicy({ allowPrivate: config.team.mailPrivate }),
  };
}

/** The provider id in the routes; one provider per installation for now. */
const SSO_PROVIDER_ID = 'oidc';

function ssoProvider(sso: SsoConfig, publicUrl: string | null) {
  return createOidcSsoProvider({
    id: SSO_PROVIDER_ID,
    ...sso,
    // The configuration refuses single sign-on without the public address.
    redirectUri: `${publicUrl ?? ''}/api/team/sso/${SSO_PROVIDER_ID}/callback`,
  });
}

/**
 * Starts Rebound's HTTP server on the configured host and port. Local mode, which has no
 * sign-in, is refused anywhere but loopback before anything is opened.
 */
export async function startServer(config: RuntimeConfig): Promise<RunningServer> {
  assertServable(config);
  const listen = listenOptions(config);
  const workspace = await openWorkspace(config);
  const webAssets = webAssetsMiddleware();
  const backups = createBackupService(workspace);
  const mail = createMailService(config.dataDir);
  const fetcher = createReadingFetcher(config);
  const team = teamApi(config, mail);
  // The mail and IMAP accounts are one settings file each for the installation: in a team they
  // would be every seeker's, so there each workspace has its own in the database instead.
  const local = team === undefined;
  const inbox = createInboxService(config.dataDir, workspace.deps);
  const accounts = seekerAccounts(config);
  // "Send now" queues on the job queue, which starts once the server listens.
  const started: { queue?: JobQueue } = {};
  const queue = () => {
    if (started.queue === undefined) throw new Error('The job queue has not started yet.');
    return started.queue;
  };
  const { app } = createApp({
    db: workspace.deps.db,
    clock: workspace.deps.clock,
    workspaceId: workspace.deps.workspaceId,
    services: {
      ...(local && { mail, inbox }),
      ...(accounts && { workspaceMail: workspaceMailServices(accounts, queue) }),
      ...(backups && { backups }),
      fetcher,
      federal: { reader: resumeReader, renderer: resumeRenderer },
    },
    ...(team && { team }),
    ...(webAssets && { webAssets }),
    ...(config.allowedHosts && { allowedHosts: config.allowedHosts }),
    trustProxy: config.trustProxy,
  });
  let server: ServerType | undefined;
  try {
    server = await new Promise<ServerType>((resolve, reject) => {
      const started = serve(
        { fetch: app.fetch, port: config.port, hostname: config.host, ...listen },
        () => resolve(started),
      );
      started.once('error', reject);
    });
  } catch (error) {
    await fetcher.close();
    await workspace.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  if (local) inbox.start((error) => console.error('rebound: IMAP sync failed:', error));
  const running = server;
  // Background work: scheduled sends and feed refresh in process here, or the team's queue.
  const background = await startBackgroundJobs(config, {
    deps: workspace.deps,
    mail,
    fetcher,
    ...(accounts && { accounts }),
  }).catch(async (error: unknown) => {
    await inbox.stop();
    await new Promise<void>((resolve) => running.close(() => resolve()));
    await fetcher.close();
    await workspace.close();
    throw error;
  });
  started.queue = background.queue;
  return {
    url: `${config.team?.tls ? 'https' : 'http'}://${config.host}:${port}`,
    port,
    close: async () => {
      await inbox.stop();
      await new Promise<void>((resolve) => {
        running.close(() => resolve());
        if ('closeAllConnections' in running) running.closeAllConnections();
      });
      await background.stop();
      await fetcher.close();
      await workspace.close();
    },
  };
}
