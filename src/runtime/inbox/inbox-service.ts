import { imapView, type ImapSettingsInput } from '../../core/inbox/imap-settings';
import { AppError } from '../../core/app-error';
import type { ImapSyncResult, InboxService } from '../../http/services';
import type { UseCaseDeps } from '../../use-cases/deps';
import { mergeImapInput, readImapSettings, writeImapSettings } from './imap-settings-store';
import { syncImap } from './imap-sync';

/**
 * The IMAP account in the data folder and its sync. While Rebound serves, it syncs on the
 * account's schedule; one sync runs at a time, and a sync asked for meanwhile waits for it.
 */
export function createInboxService(dataDir: string, deps: UseCaseDeps) {
  let running: Promise<ImapSyncResult> | null = null;
  const sync = () => {
    const settings = readImapSettings(dataDir);
    if (!settings)
      return Promise.reject(
        new AppError('conflict', 'Set up the IMAP account first.', { field: 'imap' }),
      );
    running ??= syncImap(deps, settings).finally(() => {
      running = null;
    });
    return running;
  };
  let timer: NodeJS.Timeout | null = null;
  const service: InboxService & {
    start(log: (error: unknown) => void): void;
    stop(): Promise<void>;
  } = {
    imapSettings: () => imapView(readImapSettings(dataDir)),
    saveImapSettings(input: ImapSettingsInput) {
      const next = mergeImapInput(readImapSettings(dataDir), input);
      writeImapSettings(dataDir, next);
      return imapView(next);
    },
    sync,
    /** Checks each minute whether the account's interval has passed since the last sync. */
    start(log) {
      let last = 0;
      timer = setInterval(() => {
        const settings = readImapSettings(dataDir);
        if (!settings || settings.intervalMinutes === 0 || running) return;
        if (Date.now() - last < settings.intervalMinutes * 60_000) return;
        last = Date.now();
        sync().catch(log);
      }, 60_000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      if (running) await running.catch(() => undefined);
    },
  };
  return service;
}
