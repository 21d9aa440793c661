import { looksLikePersonName, weighEmployer } from './employer';
import { isCareerService, ownHiringMailbox } from './employer-platform';
import { foldText, type CueGroup } from './cues';
import { extractFeatures, featureValue, type MailFeatures } from './features';
import { MAIL_KINDS, type MailKind } from './kinds';
import type { InboxMail, Mailbox } from './mail';
import { loadInboxModel, predict, type InboxModel } from './model';
import { INBOX_MODEL } from './model-weights';
import { readMail, type MailReading } from './reading';
import { findRole } from './role';
import { domainOf, isAtsDomain, isJobBoardDomain, NO_REPLY_LOCAL } from './senders';

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

/** Cues that say a message is about hiring, not a shop's receipt or a friend's dinner plan. */
const HIRING_CUES: readonly CueGroup[] = [
  'application',
  'received',
  'rejection',
  'invitation',
  'interviewWord',
  'assessment',
  'offer',
  'outreach',
  'thanksForTime',
];

/**
 * Whether a message is about one employer's hiring, so that naming the employer makes sense:
 * every answer about an application is; of the rest ("other"), a digest, a newsletter, a job
 * board's mail and mail with no word of hiring are not (their sender is no employer).
 */
function aboutOneEmployer(
  kind: MailKind,
  reading: MailReading,
  features: MailFeatures,
  bulk: boolean,
): 'yes' | 'no' | 'if-sure' {
  if (kind !== 'other') return 'yes';
  // A careers service's or a coach's own news: "mock interview booked" hires nobody.
  if (reading.sender && isCareerService(reading.sender, reading.lines, reading.subject))
    return 'no';
  const address = reading.sender?.address ?? '';
  const domain = address === '' ? '' : domainOf(address);
  if (domain !== '' && isJobBoardDomain(domain)) return 'no';
  // A newsletter's, a magazine's or an alumni network's own mail hires no one.
  if (PUBLICATION.test(reading.sender?.name ?? '')) return 'no';
  // An organisation's own recruiting mailbox writes about its own hiring: a talent community,
  // an event, a password reset, a job alert of its own openings ("New jobs at Acme"). A job
  // board's digest under a name of its own ("ProLink Jobs") names others' openings, not its own.
  const own = reading.sender ? ownHiringMailbox(reading.sender) : null;
  if (own && (!bulk || speaksOfOwn(own, reading.subject, reading.lines))) return 'yes';
  if (bulk) return 'no';
  if (features.subjectCues.includes('newsletter')) return 'no';
  if (reading.forwardedBy !== null || (domain !== '' && isAtsDomain(domain))) return 'yes';
  const list = reading.signals.listUnsubscribe || reading.signals.listId !== null;
  if (list && features.sentences.some((s) => s.cues.includes('newsletter'))) return 'no';
  const hiring =
    features.subjectCues.some((c) => HIRING_CUES.includes(c)) ||
    features.sentences.some((s) => s.cues.some((c) => HIRING_CUES.includes(c)));
  // Mail about an employer without a word of hiring (an event, a survey, onboarding) names it
  // only when the evidence is strong: a sender's organisation name, or several mentions.
  return hiring ? 'yes' : 'if-sure';
}

/** Senders that publish or gather people rather than hire: "Kompass Newsletter", "Acme Alumni". */
const PUBLICATION =
  /\b(?:newsletter|weekly|digest|magazine|podcast|alumni|bulletin|nieuwsbrief|infolettre|bolet[ií]n)\b/i;

/** Whether the mail names the organisation as where the openings are: "jobs at Acme", "join Acme". */
function speaksOfOwn(name: string, subject: string, lines: readonly string[]): boolean {
  const folded = foldText(name);
  return [subject, ...lines.slice(0, 12)].some((line) => {
    const text = foldText(line);
    for (let at = text.indexOf(folded); at >= 0; at = text.indexOf(folded, at + 1)) {
      if (at > 0 && /\b(?:at|from|with|join|joining|joined|the)\s+$/.test(text.slice(0, at)))
        return true;
    }
    return false;
  });
}

/** Cue groups by which a message says no: a decision against the candidate, or regret. */
const SAYS_NO: readonly CueGroup[] = ['rejection', 'regret'];

/**
 * The most likely kind, except that a "no" the mail does not say in words must be the majority
 * reading: the weights of single words can make a status update ("the vacancy has closed,
 * shortlisting is in progress"), a talent-pool notice or an offer that "decided for you" edge
 * past the other kinds; with no sentence or subject that declines or regrets, a rejection needs
 * more than half the probability. A false "no" starts a recovery for nothing.
 */
export function kindOf(scores: Record<MailKind, number>, features: MailFeatures): MailKind {
  const saysNo =
    features.subjectCues.some((c) => SAYS_NO.includes(c)) ||
    features.sentences.some((s) => s.cues.some((c) => SAYS_NO.includes(c)));
  const kinds =
    saysNo || scores.rejection > 0.5 ? MAIL_KINDS : MAIL_KINDS.filter((k) => k !== 'rejection');
  return kinds.reduce<MailKind>((best, k) => (scores[k] > scores[best] ? k : best), 'other');
}

/** How much evidence an employer needs in mail that says nothing of hiring. */
const SURE_EMPLOYER = 3;

/**
 * Reads one message: what it means for the search (a learnt model over cue groups in many
 * languages, subject and sender signals), the employer, the role, whether a program sent it and
 * how sure the model is. Pure: the same message always gets the same answer.
 */
export function classifyMail(mail: InboxMail, model?: InboxModel): MailClassification {
  const reading = readMail(mail);
  const { sender, subject, lines } = reading;
  const features = extractFeatures(reading);
  const scores = predict(model ?? loadInboxModel(INBOX_MODEL), features.values, features.sparse);
  // A friend passing on their own news: it is about their application, not the user's.
  const kind: MailKind = reading.forwardedBy === 'person' ? 'other' : kindOf(scores, features);
  const firstPerson = featureValue(features, 'body.firstPerson') === 1;
  const automatedNote = features.sentences.some((s) => s.cues.includes('automatedNote'));
  const bulk =
    features.sentences.some((s) => s.cues.includes('digest')) ||
    features.subjectCues.includes('digest');
  const about = aboutOneEmployer(kind, reading, features, bulk);
  const employer =
    about === 'no'
      ? null
      : weighEmployer({
          sender: reading.forwardedBy === 'person' ? reading.forwardedFrom : sender,
          subject,
          lines,
          original: reading.forwardedBy === 'business' ? reading.forwardedFrom : null,
          logo: reading.logo,
        });
  // The sender's own name alone does not make a shop or a society an employer: the mail must
  // name it too (its signature, a phrase, the subject).
  const sure = employer !== null && employer.weight >= SURE_EMPLOYER && employer.beyondSender > 0;
  const company = employer && (about === 'yes' || sure) ? employer.name : null;
  return {
    kind,
    confidence: Math.round(scores[kind] * 1000) / 1000,
    company,
    role: kind === 'other' && bulk ? null : findRole(subject, lines, company),
    automated:
      reading.forwardedBy === 'person'
        ? false
        : isAutomated(mail, sender, lines, automatedNote, firstPerson),
    sender,
    evidence: evidenceOf(features.sentences),
    scores,
  };
}
