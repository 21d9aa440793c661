import type { CalendarDay } from '../../core/dates';
import type { MailAddress } from '../../core/mail/smtp-settings';
import { newEmailMessageId } from '../../core/mail/threading';
import { resolveRecoverySettings } from '../../core/recovery/settings';
import { formatDay, instantAtLocalTime, localDayOf } from '../../core/recovery/zoned-time';
import type { Account } from '../../core/team/accounts';
import { digestTimeOf } from '../../core/team/digest-preferences';
import { count } from '../../core/words';
import { findAccount } from '../../storage/repositories/accounts';
import { findDigestPreferences } from '../../storage/repositories/digest-preferences';
import {
  claimDigestSend,
  digestSettled,
  listDigestCandidates,
  listSeekerWorkspaces,
  settleWithoutEmail,
} from '../../storage/repositories/digests';
import { readJsonObject } from '../../storage/repositories/json';
import { getAgenda } from '../agenda';
import { inTransaction } from '../deps';
import { scopeRows } from '../../storage/row-scope';
import type { MailTransport } from '../mail/mail-port';
import { viewCaseload } from './caseload';
import { newSecret, secretDigest } from './secrets';
import type { TeamDeps } from './team-deps';

/** The steps a seeker's morning email lists: enough to start the day, few enough to do. */
export const DIGEST_STEPS = 3;

/** One digest to send: an account and the local day it is for. */
export interface DueDigest {
  accountId: string;
  day: CalendarDay;
}

/**
 * Every digest due now: seekers and coaches whose digest time has passed today and who have no
 * digest for today yet, nor turned digests off. The time is the hour the account chose, else a
 * seeker's reminder time; a seeker's time zone is their workspace's. A coach, who has no
 * workspace, gets the defaults (the server's zone, 09:00) unless they chose an hour.
 */
export async function findDueDigests(deps: TeamDeps): Promise<DueDigest[]> {
  const now = deps.clock.now().toISOString();
  const due: DueDigest[] = [];
  // Each seeker's reminder time is in their workspace's settings: the sweep reads them all.
  const candidates = await inTransaction(deps.db, async (db) => {
    await scopeRows(db, { workspaces: await listSeekerWorkspaces(db) });
    return listDigestCandidates(db);
  });
  for (const candidate of candidates) {
    const stored = candidate.settings === null ? {} : (readJsonObject(candidate.settings) ?? {});
    const { timeZone, reminderTime } = resolveRecoverySettings(stored);
    const day = localDayOf(now, timeZone);
    if (candidate.lastDay !== null && candidate.lastDay >= day) continue;
    const time = candidate.hour === null ? reminderTime : digestTimeOf(candidate.hour);
    if (instantAtLocalTime(day, time, timeZone) > now) continue;
    due.push({ accountId: candidate.accountId, day });
  }
  return due;
}

export interface SendDigestOptions extends DueDigest {
  mail: { transport: MailTransport; from: MailAddress };
  /** Where the email's link goes (REBOUND_PUBLIC_URL); left out when there is none. */
  publicUrl?: string;
}

export type DigestOutcome =
  | { sent: true; emailMessageId: string }
  | { sent: false; reason: 'settled' | 'nothing_to_tell' | 'not_a_member' | 'turned_off' };

/**
 * Sends one account's digest for one day, at most once. The claim (a row keyed by account and
 * day) and the send share one transaction: the row commits only after the mail server took the
 * mail, so a send that fails or a server that dies mid-send leaves the day open for the retry,
 * and a second server reaching for the same day waits for the first and then finds it settled.
 * The text is read after the claim, in that transaction too, so a coach's digest is in the
 * seekers' access logs exactly when it went.
 */
export async function sendDigest(
  deps: TeamDeps,
  options: SendDigestOptions,
): Promise<DigestOutcome> {
  const account = await findAccount(deps.db, options.accountId);
  if (account === undefined || account.removedAt !== null || account.role === 'admin') {
    return { sent: false, reason: 'not_a_member' };
  }
  // Turned off after the sweep found it due: the job queued then goes no further.
  if ((await findDigestPreferences(deps.db, account.id)).stoppedAt !== null) {
    return { sent: false, reason: 'turned_off' };
  }
  // Most retries and repeats end here without opening a transaction.
  if (await digestSettled(deps.db, account.id, options.day)) {
    return { sent: false, reason: 'settled' };
  }
  const { transport, from } = options.mail;
  const emailMessageId = digestMessageId(from.address, account.id, options.day);
  // Each email's own secret, stored as its digest with the claim: the link in it turns this
  // account's digests off and does nothing else.
  const unsubscribeToken = newSecret();
  const unsubscribe = unsubscribeLink(options.publicUrl, unsubscribeToken);
  return inTransaction(deps.db, async (db) => {
    const now = deps.clock.now();
    const claim = {
      accountId: account.id,
      day: options.day,
      kind: account.role,
      now: now.toISOString(),
    };
    // Claimed first: a second server waits here, and reads nothing (nor logs a coach's read)
    // for a day that turns out to be taken.
    const unsubscribeDigest = secretDigest(unsubscribeToken);
    if (!(await claimDigestSend(db, { ...claim, emailMessageId, unsubscribeDigest }))) {
      return { sent: false, reason: 'settled' };
    }
    const scoped = { ...deps, db };
    const text =
      account.role === 'seeker'
        ? await seekerDigest(scoped, account, { day: options.day, publicUrl: options.publicUrl })
        : await coachDigest(scoped, account, options.publicUrl);
    if (text === null) {
      await settleWithoutEmail(db, account.id, options.day);
      return { sent: false, reason: 'nothing_to_tell' };
    }
    await transport.send({
      from,
      to: { name: account.name, address: account.email },
      subject: text.subject,
      text: unsubscribe === undefined ? text.body : `${text.body}${unsubscribe.footer}`,
      messageId: emailMessageId,
      inReplyTo: null,
      references: [],
      date: now,
      draft: false,
      ...(unsubscribe && { headers: unsubscribe.headers }),
    });
    return { sent: true, emailMessageId };
  });
}

/**
 * One Message-ID per account and day: should a mail server take a digest and the server die
 * before the claim commits, the retry sends the same Message-ID, which mail programs fold into one.
 */
function digestMessageId(fromAddress: string, accountId: string, day: CalendarDay): string {
  const generated = newEmailMessageId(fromAddress, new Date(0));
  return `<digest.${accountId}.${day}${generated.slice(generated.indexOf('@'))}`;
}

/** The path of the one-click unsubscribe link in every digest. */
export const DIGEST_UNSUBSCRIBE_PATH = '/api/team/digests/unsubscribe';

/**
 * A digest's unsubscribe link: in the body for people, and as RFC 8058 one-click headers for
 * mail programs, which POST `List-Unsubscribe=One-Click` to it. None without a public address.
 */
function unsubscribeLink(publicUrl: string | undefined, token: string) {
  if (publicUrl === undefined) return undefined;
  const url = `${publicUrl.replace(/\/$/, '')}${DIGEST_UNSUBSCRIBE_PATH}?token=${token}`;
  return {
    footer: `\nStop these emails: ${url}\n`,
    headers: {
      'List-Unsubscribe': `<${url}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

interface DigestText {
  subject: string;
  body: string;
}

const link = (publicUrl: string | undefined, path: string) =>
  publicUrl === undefined ? '' : `\n\nOpen Rebound: ${publicUrl.replace(/\/$/, '')}${path}`;

/** "Today's three steps": what is overdue and due today, the first three; null when none. */
async function seekerDigest(
  deps: TeamDeps,
  seeker: Account,
  { day, publicUrl }: { day: CalendarDay; publicUrl: string | undefined },
): Promise<DigestText | null> {
  if (seeker.workspaceId === null) return null;
  await scopeRows(deps.db, { workspaces: [seeker.workspaceId] });
  const agenda = await getAgenda(
    { ...deps, workspaceId: seeker.workspaceId },
    {
      from: day,
      to: day,
      includeOverdue: true,
      limit: DIGEST_STEPS,
      keepInTouchLimit: DIGEST_STEPS,
    },
  );
  const steps = agenda.items.filter((item) => item.section !== 'upcoming').slice(0, DIGEST_STEPS);
  if (steps.length === 0) return null;
  const lines = steps.map(
    (step, i) => `${i + 1}. ${step.title} (${step.when.toLowerCase()})\n   ${step.reason}`,
  );
  return {
    subject: steps.length === 1 ? "Today's step" : `Today's ${count(steps.length, 'step')}`,
    body:
      `Good morning, ${seeker.name}.\n\nHere is what to do today, ${formatDay(day)}:\n\n` +
      `${lines.join('\n\n')}${link(publicUrl, '/')}\n\n` +
      'Rebound sends this at your reminder time on days with something to do; change the time in Settings.\n',
  };
}

/** "Your caseload this morning": counts per seeker, no content; null when the caseload is empty. */
async function coachDigest(
  deps: TeamDeps,
  coach: Account,
  publicUrl: string | undefined,
): Promise<DigestText | null> {
  const caseload = await viewCaseload(deps, {
    coach,
    via: { operation: 'digest: your caseload this morning', path: '/team/caseload' },
  });
  if (caseload.length === 0) return null;
  const lines = caseload.map((entry) => {
    const facts = [
      entry.rejectionsThisWeek > 0 && `${count(entry.rejectionsThisWeek, 'rejection')} this week`,
      entry.overdueSteps > 0 && `${count(entry.overdueSteps, 'overdue step')}`,
      entry.goneQuiet && 'gone quiet',
    ].filter((fact): fact is string => fact !== false);
    return `- ${entry.seeker.name}: ${facts.length === 0 ? 'on track' : facts.join(', ')}`;
  });
  const needing = caseload.filter(
    (e) => e.rejectionsThisWeek > 0 || e.overdueSteps > 0 || e.goneQuiet,
  );
  return {
    subject: 'Your caseload this morning',
    body:
      `Good morning, ${coach.name}.\n\n${count(caseload.length, 'seeker')} in your caseload, ` +
      `${needing.length} to look at first:\n\n${lines.join('\n')}${link(publicUrl, '/caseload')}\n`,
  };
}
