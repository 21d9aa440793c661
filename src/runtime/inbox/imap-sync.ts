import { ImapFlow } from 'imapflow';
import { AppError } from '../../core/app-error';
import type { ImapSettings } from '../../core/inbox/imap-settings';
import { parseMail } from '../../core/inbox/mail';
import { findSyncState, saveSyncState } from '../../storage/repositories/inbox';
import type { ImapSyncResult } from '../../http/services';
import type { UseCaseDeps } from '../../use-cases/deps';
import { ingestMail, type IngestedMessage } from '../../use-cases/inbox/ingest-mail';

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)$/i;

function imapError(error: unknown, settings: ImapSettings): AppError {
  if (error instanceof AppError) return error;
  const e = error as {
    authenticationFailed?: boolean;
    code?: string;
    message?: string;
    responseText?: string;
  };
  if (e.authenticationFailed)
    return new AppError(
      'mail_failed',
      `${settings.host} did not accept the user name or password.`,
      { field: 'password', cause: error },
    );
  if (e.code === 'ECONNREFUSED' || e.code === 'ENOTFOUND' || e.code === 'ETIMEDOUT')
    return new AppError(
      'mail_failed',
      `Could not reach ${settings.host}:${settings.port} (${e.code}).`,
      { field: 'host', cause: error },
    );
  if (e.code === 'NoConnection' || /mailbox|folder/i.test(e.responseText ?? ''))
    return new AppError(
      'mail_failed',
      `The server refused: ${e.responseText ?? e.message ?? 'unknown error'}`,
      { field: 'folders', cause: error },
    );
  return new AppError(
    'mail_failed',
    `IMAP failed: ${e.responseText ?? e.message ?? String(error)}`,
    { cause: error },
  );
}

/** The account's key in the sync state: who and where, so another account starts afresh. */
const accountKey = (s: ImapSettings) => `${s.user}@${s.host.toLowerCase()}:${s.port}`;

/**
 * Fetches what is new in each chosen folder since the last sync and reads it like any other
 * mail. Incremental by UID: the folder's UIDVALIDITY and the last UID read are saved after each
 * batch, so a sync stopped midway resumes where it was; if UIDVALIDITY changed (the folder was
 * rebuilt), it reads the folder again and the Message-IDs already stored are skipped.
 */
export async function syncImap(
  deps: UseCaseDeps,
  settings: ImapSettings,
  { batchSize = 200, address }: { batchSize?: number; address?: string } = {},
): Promise<ImapSyncResult> {
  if (settings.password === null)
    throw AppError.validation('password', 'save the password of the IMAP account first');
  const client = new ImapFlow({
    // `address`: one checked beforehand, connected to as is; TLS still names the server.
    host: address ?? settings.host,
    ...(address !== undefined && { servername: settings.host }),
    port: settings.port,
    secure: settings.secure,
    auth: { user: settings.user, pass: settings.password },
    logger: false,
    // Never send the password in the clear to another machine: STARTTLS is required off loopback.
    doSTARTTLS: settings.secure ? undefined : LOOPBACK.test(settings.host) ? undefined : true,
    connectionTimeout: 15_000,
  });
  const result: ImapSyncResult = { folders: [], messages: [] };
  try {
    await client.connect();
    for (const folder of settings.folders) {
      result.folders.push(
        await syncFolder(deps, client, settings, folder, batchSize, result.messages),
      );
    }
    await client.logout();
  } catch (error) {
    client.close();
    throw imapError(error, settings);
  }
  return result;
}

async function syncFolder(
  deps: UseCaseDeps,
  client: ImapFlow,
  settings: ImapSettings,
  folder: string,
  batchSize: number,
  out: IngestedMessage[],
) {
  const lock = await client.getMailboxLock(folder, { readOnly: true });
  try {
    const box = client.mailbox;
    const uidValidity = String(box && box.uidValidity);
    const account = accountKey(settings);
    const state = await findSyncState(deps.db, deps.workspaceId, account, folder);
    const reset = state !== undefined && state.uidValidity !== uidValidity;
    let lastUid = state && !reset ? state.lastUid : 0;
    const found = (await client.search({ uid: `${lastUid + 1}:*` }, { uid: true })) || [];
    // "N:*" always matches the newest message, even when N is past it.
    const uids = found.filter((uid) => uid > lastUid).sort((a, b) => a - b);
    for (let i = 0; i < uids.length; i += batchSize) {
      const batch = uids.slice(i, i + batchSize);
      const mails = [];
      for await (const message of client.fetch(
        batch.join(','),
        { uid: true, source: true },
        { uid: true },
      )) {
        if (!message.source) continue;
        mails.push({
          source: `imap:${folder}/${message.uid}`,
          mail: await parseMail(message.source),
        });
      }
      out.push(...(await ingestMail(deps, { mails })));
      lastUid = batch.at(-1) as number;
      await saveSyncState(deps.db, deps.workspaceId, {
        account,
        folder,
        state: { uidValidity, lastUid },
        now: deps.clock.now().toISOString(),
      });
    }
    if (uids.length === 0) {
      await saveSyncState(deps.db, deps.workspaceId, {
        account,
        folder,
        state: { uidValidity, lastUid },
        now: deps.clock.now().toISOString(),
      });
    }
    return { folder, uidValidity, lastUid, fetched: uids.length, reset };
  } finally {
    lock.release();
  }
}
