import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../http/app';
import type { RuntimeConfig } from './config';
import { createBackupService } from './backup-service';
import { createInboxService } from './inbox/inbox-service';
import { createMailService } from './mail/mail-service';
import { startFeedRefresher } from './feed-refresher';
import { createReadingFetcher } from './reading-fetcher';
import { openWorkspace } from './open-workspace';
import { startScheduledSendRunner } from './scheduled-send-runner';
import { webAssetsMiddleware } from './web-assets';
import { resumeReader } from './federal/resume-reader';
import { resumeRenderer } from './federal/resume-renderer';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts Rebound's HTTP server on the configured host and port. */
export async function startServer(config: RuntimeConfig): Promise<RunningServer> {
  const workspace = await openWorkspace(config);
  const webAssets = webAssetsMiddleware();
  const backups = createBackupService(workspace);
  const mail = createMailService(config.dataDir);
  const fetcher = createReadingFetcher(config);
  const inbox = createInboxService(config.dataDir, workspace.deps);
  const { app } = createApp({
    db: workspace.deps.db,
    clock: workspace.deps.clock,
    workspaceId: workspace.deps.workspaceId,
    services: {
      mail,
      inbox,
      ...(backups && { backups }),
      fetcher,
      federal: { reader: resumeReader, renderer: resumeRenderer },
    },
    ...(webAssets && { webAssets }),
    ...(config.allowedHosts && { allowedHosts: config.allowedHosts }),
    trustProxy: config.trustProxy,
  });
  let server: ServerType | undefined;
  try {
    server = await new Promise<ServerType>((resolve, reject) => {
      const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
        resolve(started),
      );
      started.once('error', reject);
    });
  } catch (error) {
    await fetcher.close();
    await workspace.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  inbox.start((error) => console.error('rebound: IMAP sync failed:', error));
  const running = server;
  // Messages set to go later ("Send tomorrow at 9:00") are sent from here while Rebound runs.
  const sends = startScheduledSendRunner({
    db: workspace.deps.db,
    clock: workspace.deps.clock,
    sender: () => mail.sender(),
  });
  const refresher = config.feedRefresh
    ? startFeedRefresher({ deps: workspace.deps, fetcher })
    : undefined;
  return {
    url: `http://${config.host}:${port}`,
    port,
    close: async () => {
      await inbox.stop();
      await new Promise<void>((resolve) => {
        running.close(() => resolve());
        if ('closeAllConnections' in running) running.closeAllConnections();
      });
      await sends.stop();
      await refresher?.stop();
      await fetcher.close();
      await workspace.close();
    },
  };
}
