import { classifyMail } from '../../core/inbox/classify';
import type { MailKind } from '../../core/inbox/kinds';
import type { InboxMail } from '../../core/inbox/mail';
import {
  AUTO_APPLY_CONFIDENCE,
  matchApplication,
  proposeChange,
  type InboxAction,
  type InboxStatus,
  type MatchCandidate,
} from '../../core/inbox/proposal';
import { localDayOf } from '../../core/recovery/zoned-time';
import { newId } from '../../core/ids';
import {
  findInboxMessagesByKey,
  insertInboxMessages,
  listMatchCandidates,
  type InboxMessage,
} from '../../storage/repositories/inbox';
import { inTransaction, nowInstant, type UseCaseDeps } from '../deps';
import { loadRecoverySettings } from '../recovery-context';
import { loadInboxSettings } from './inbox-settings';
import { applyInboxMessage } from './review';

/** One message and where it came from (a file, `mbox#12`, `imap:INBOX/42`). */
export interface SourcedMail {
  source: string;
  mail: InboxMail;
}

export interface IngestMailOptions {
  mails: readonly SourcedMail[];
  /** Classify and propose, write nothing. */
  dryRun?: boolean;
}

/** What became of one message: the fields `rebound inbox scan --json` prints. */
export interface IngestedMessage {
  source: string;
  messageId: string | null;
  from: string | null;
  subject: string;
  date: string | null;
  kind: MailKind;
  company: string | null;
  role: string | null;
  automated: boolean;
  confidence: number;
  applicationId: string | null;
  action: InboxAction;
  /** `applied` (done by itself), `review`, `none` (nothing to do), `duplicate` (read before). */
  status: InboxStatus | 'duplicate';
  /** The stored inbox message, absent in a dry run. */
  inboxId: string | null;
}

/** FNV-1a over the headers: a stable key for mail that has no Message-ID. */
function digest(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}

/** The key a message is known by: its Message-ID, or a digest of sender, date and subject. */
export function messageKey(mail: InboxMail): string {
  if (mail.messageId) return mail.messageId.toLowerCase();
  return `digest:${digest(`${mail.from?.address ?? ''}|${mail.date ?? ''}|${mail.subject}|${mail.text.slice(0, 500)}`)}`;
}

const formatFrom = (mail: InboxMail) =>
  mail.from
    ? mail.from.name
      ? `${mail.from.name} <${mail.from.address}>`
      : mail.from.address
    : null;

function readOne(
  { source, mail }: SourcedMail,
  context: {
    candidates: readonly MatchCandidate[];
    timeZone: string;
    now: string;
    keepBodies: boolean;
  },
): { message: InboxMessage; matchConfident: boolean } {
  const c = classifyMail(mail);
  const match = matchApplication(
    { company: c.company, role: c.role, senderAddress: c.sender?.address || null },
    context.candidates,
  );
  const stage = context.candidates.find((a) => a.id === match.applicationId)?.stage ?? null;
  const sentAt = mail.date !== null && mail.date <= context.now ? mail.date : null;
  const day = localDayOf(sentAt ?? context.now, context.timeZone);
  const proposal = proposeChange(c, { applicationId: match.applicationId, stage }, day);
  const message: InboxMessage = {
    id: newId('ibx'),
    messageId: mail.messageId,
    messageKey: messageKey(mail),
    source,
    from: { name: mail.from?.name ?? null, address: mail.from?.address ?? null },
    subject: mail.subject,
    sentAt: mail.date,
    kind: c.kind,
    company: c.company,
    role: c.role,
    automated: c.automated,
    confidence: c.confidence,
    evidence: c.evidence,
    body: context.keepBodies ? mail.text : null,
    proposal,
    status: proposal.action === 'none' ? 'none' : 'review',
    change: null,
    createdAt: context.now,
    decidedAt: null,
  };
  return { message, matchConfident: match.confident };
}

function confident(message: InboxMessage, matchConfident: boolean): boolean {
  if (message.status !== 'review' || message.confidence < AUTO_APPLY_CONFIDENCE) return false;
  // A new application is only made by itself from a plain acknowledgement naming employer and role.
  if (message.proposal.applicationId === null)
    return message.proposal.action === 'create_application' && message.role !== null;
  return matchConfident;
}

function present(
  message: InboxMessage,
  mail: InboxMail,
  status: IngestedMessage['status'],
  stored: boolean,
): IngestedMessage {
  return {
    source: message.source,
    messageId: mail.messageId,
    from: formatFrom(mail),
    subject: message.subject,
    date: message.sentAt,
    kind: message.kind,
    company: message.company,
    role: message.role,
    automated: message.automated,
    confidence: message.confidence,
    applicationId: message.change?.applicationId ?? message.proposal.applicationId,
    action: message.proposal.action,
    status,
    inboxId: stored ? message.id : null,
  };
}

/**
 * Reads a batch of messages: each is classified, matched to an application and given a proposal,
 * and stored with only its headers and the lines that mattered (unless whole bodies are kept). A
 * message read before (same Message-ID) is reported as a duplicate and left alone. With auto-apply
 * on, confident proposals are carried out, each in its own transaction.
 */
export async function ingestMail(
  deps: UseCaseDeps,
  { mails, dryRun = false }: IngestMailOptions,
): Promise<IngestedMessage[]> {
  const now = nowInstant(deps);
  const [settings, recovery, candidates] = await Promise.all([
    loadInboxSettings(deps.db, deps.workspaceId),
    loadRecoverySettings(deps.db, deps.workspaceId),
    listMatchCandidates(deps.db, deps.workspaceId),
  ]);
  const keys = mails.map(({ mail }) => messageKey(mail));
  const known = await findInboxMessagesByKey(deps.db, deps.workspaceId, keys);
  const context = { candidates, timeZone: recovery.timeZone, now, keepBodies: settings.keepBodies };
  const results: IngestedMessage[] = [];
  const fresh: { message: InboxMessage; mail: InboxMail; auto: boolean }[] = [];
  const seen = new Set<string>();
  mails.forEach((sourced, index) => {
    const key = keys[index] as string;
    const stored = known.get(key);
    if (stored) {
      results.push(present({ ...stored, source: sourced.source }, sourced.mail, 'duplicate', true));
      return;
    }
    const { message, matchConfident } = readOne(sourced, context);
    if (seen.has(key)) {
      results.push(present(message, sourced.mail, 'duplicate', false));
      return;
    }
    seen.add(key);
    const auto = settings.autoApply && confident(message, matchConfident);
    fresh.push({ message, mail: sourced.mail, auto });
    results.push(present(message, sourced.mail, message.status, !dryRun));
  });
  if (dryRun || fresh.length === 0) return results;
  await inTransaction(deps.db, (trx) =>
    insertInboxMessages(
      trx,
      deps.workspaceId,
      fresh.map((f) => f.message),
    ),
  );
  for (const { message, mail, auto } of fresh) {
    if (!auto) continue;
    const applied = await applyInboxMessage(deps, { id: message.id });
    const index = results.findIndex((r) => r.inboxId === message.id);
    if (index >= 0) results[index] = present(applied, mail, 'applied', true);
  }
  return results;
}
