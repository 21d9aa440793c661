import { findEmployer, looksLikePersonName } from './employer';
import { extractFeatures } from './features';
import type { MailKind } from './kinds';
import type { InboxMail, Mailbox } from './mail';
import { readMailBody } from './mail-body';
import { predict, type InboxModel } from './model';
import { INBOX_MODEL } from './model-weights';
import { findRole } from './role';
import { domainOf, isAtsDomain, NO_REPLY_LOCAL } from './senders';

export interface MailClassification {
  kind: MailKind;
  /** The model's probability for `kind`, 0–1. */
  confidence: number;
  company: string | null;
  role: string | null;
  /** A recruiting system or a no-reply address sent it, not a person. */
  automated: boolean;
  /** Who wrote it: the original sender of a forwarded message. */
  sender: Mailbox | null;
  /** The sentences that carried the decision: all Rebound keeps of the body by default. */
  evidence: string[];
  scores: Record<MailKind, number>;
}

const AUTO_HEADER = (mail: InboxMail) =>
  (mail.signals.autoSubmitted !== null && !/^no$/i.test(mail.signals.autoSubmitted)) ||
  /^(?:bulk|list|junk)$/i.test(mail.signals.precedence ?? '');

/** A person signs off with their own name: the sender's first name near the end. */
function signedByPerson(sender: Mailbox | null, lines: readonly string[]): boolean {
  const first = sender?.name?.split(/\s+/)[0];
  if (!first || first.length < 2) return false;
  const tail = lines.slice(-5).join('\n').toLowerCase();
  return new RegExp(
    `(?:^|\\n|\\s)${first.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
  ).test(tail);
}

function isAutomated(
  mail: InboxMail,
  sender: Mailbox | null,
  lines: readonly string[],
  automatedNote: boolean,
  firstPerson: boolean,
) {
  if (sender === null) return AUTO_HEADER(mail) || automatedNote;
  const local = sender.address.slice(0, sender.address.indexOf('@'));
  const person = looksLikePersonName(sender.name, sender.address) || signedByPerson(sender, lines);
  if (
    NO_REPLY_LOCAL.test(local) &&
    !(person && firstPerson && !/no.?reply|donotreply/i.test(local))
  )
    return true;
  if (AUTO_HEADER(mail) || automatedNote) return true;
  if (isAtsDomain(domainOf(sender.address))) return !(person && firstPerson);
  return !person && !firstPerson;
}

/** The sentences worth keeping: those that matched a cue, and the subject. */
function evidenceOf(sentences: { text: string; cues: string[] }[]): string[] {
  const telling = sentences.filter((s) => s.cues.some((c) => c !== 'application'));
  return telling
    .slice(0, 8)
    .map((s) => (s.text.length > 300 ? `${s.text.slice(0, 297)}…` : s.text));
}

/**
 * What the classifier reads of a message: the body without quoted mail, the sender and subject
 * of a forwarded message in place of the forward's own, and the model's features.
 */
export function readMail(mail: InboxMail) {
  const body = readMailBody(mail.text);
  const forwarded = body.forwarded;
  const sender = forwarded?.from ?? mail.from;
  const subject = forwarded?.subject ?? mail.subject;
  // A forward's own list headers belong to the user's mail program, not to the original.
  const signals = forwarded
    ? { ...mail.signals, listUnsubscribe: false, listId: null }
    : mail.signals;
  const features = extractFeatures(
    { subject, signals },
    sender && sender.address !== '' ? sender : null,
    body.lines,
  );
  return { body, sender, subject, features };
}

/**
 * Reads one message: what it means for the search (a learnt model over cue groups in many
 * languages, subject and sender signals), the employer, the role, whether a program sent it and
 * how sure the model is. Pure: the same message always gets the same answer.
 */
export function classifyMail(mail: InboxMail, model: InboxModel = INBOX_MODEL): MailClassification {
  const { body, sender, subject, features } = readMail(mail);
  const scores = predict(model, features.values);
  const kind =
    (Object.entries(scores) as [MailKind, number][]).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
  const firstPerson = features.values[model.features.indexOf('body.firstPerson')] === 1;
  const automatedNote = features.sentences.some((s) => s.cues.includes('automatedNote'));
  const personalSender = sender !== null && looksLikePersonName(sender.name, sender.address);
  const bulk =
    features.sentences.some((s) => s.cues.includes('digest')) ||
    features.subjectCues.includes('digest');
  const company =
    kind === 'other' && (bulk || features.subjectCues.includes('newsletter'))
      ? null
      : findEmployer({ sender, subject, lines: body.lines, personalSender });
  return {
    kind,
    confidence: Math.round(scores[kind] * 1000) / 1000,
    company,
    role: kind === 'other' && bulk ? null : findRole(subject, body.lines, company),
    automated: isAutomated(mail, sender, body.lines, automatedNote, firstPerson),
    sender,
    evidence: evidenceOf(features.sentences),
    scores,
  };
}
