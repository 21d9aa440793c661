import { CUE_NAMES, cuesOf, foldText, type CueGroup } from './cues';
import type { InboxMail } from './mail';
import { domainOf, isAtsDomain, isJobBoardDomain, NO_REPLY_LOCAL } from './senders';

/** The cue groups also read in the subject line, where mail states its business briefly. */
const SUBJECT_CUES: readonly CueGroup[] = [
  'rejection',
  'invitation',
  'scheduling',
  'interviewWord',
  'received',
  'offer',
  'digest',
  'newsletter',
  'application',
  'regret',
];

const SUBJECT_EXTRA = {
  subjectUpdate:
    /\b(?:update|status|decision|regarding|outcome|feedback|news|ruckmeldung|ihre bewerbung|votre candidature|tu candidatura|je sollicitatie|sua candidatura|la tua candidatura|your application)\b/,
  subjectAck:
    /\b(?:thank(?:s| you) for (?:applying|your application)|application (?:received|confirmation|submitted)|we(?:'ve| have) received|eingangsbestatigung|bewerbungseingang|candidature (?:bien )?recue|confirmacion|bevestiging|recebemos|ricevuta)\b/,
  subjectReply: /^(?:re|aw|sv|antw|r|rif)\s*:/,
  subjectForward: /^(?:fwd?|wg|tr|rv|enc|doorst|i)\s*:/,
} as const;

/** Every feature the model weighs, in a fixed order. */
export const FEATURE_NAMES = [
  ...CUE_NAMES.map((name) => `body.${name}`),
  ...SUBJECT_CUES.map((name) => `subject.${name}`),
  ...Object.keys(SUBJECT_EXTRA).map((name) => `subject.${name}`),
  'sender.jobBoard',
  'sender.ats',
  'sender.noReply',
  'header.list',
  'body.firstPerson',
  'body.question',
  'body.long',
  'body.manyApplyLinks',
  'body.rejectionNotNegated',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Splits lines into sentences, so a cue is one thought, not a whole paragraph. */
export function sentencesOf(lines: readonly string[]): string[] {
  return lines.flatMap((line) =>
    line
      .split(/(?<=[.!?])\s+(?=[\p{Lu}\d"“])/u)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );
}

export interface MailFeatures {
  values: Float64Array;
  /** Each sentence with the cue groups it matched: the evidence for a decision. */
  sentences: { text: string; cues: CueGroup[] }[];
  subjectCues: CueGroup[];
}

/** Near-miss wording where a rejection cue is quoted, hypothetical or about something else. */
const HYPOTHETICAL =
  /\b(?:if (?:we|you) (?:decide|don't|do not|are not|aren't)|even if|in case|should we not|what to do when|how to (?:handle|deal|respond|cope)|after being|when you (?:get|receive)|rejection (?:email|letter)s?\b|got rejected|being rejected|handling rejection)/;

/** Reads what the model needs from a message: cue counts, subject cues, sender and list signals. */
export function extractFeatures(
  mail: Pick<InboxMail, 'subject' | 'signals'>,
  sender: { address: string } | null,
  lines: readonly string[],
): MailFeatures {
  const values = new Float64Array(FEATURE_NAMES.length);
  const set = (name: FeatureName, value: number) => {
    values[FEATURE_NAMES.indexOf(name)] = value;
  };
  const sentences = sentencesOf(lines).map((text) => ({ text, folded: foldText(text) }));
  const withCues = sentences.map((s) => ({ ...s, cues: cuesOf(s.folded) }));
  for (const name of CUE_NAMES) {
    const count = withCues.filter((s) => s.cues.includes(name)).length;
    set(`body.${name}` as FeatureName, Math.min(count, 3) / 3);
  }
  const subject = foldText(mail.subject);
  const subjectCues = SUBJECT_CUES.filter((name) => cuesOf(subject).includes(name));
  for (const name of subjectCues) set(`subject.${name}` as FeatureName, 1);
  for (const [name, pattern] of Object.entries(SUBJECT_EXTRA)) {
    if (pattern.test(subject)) set(`subject.${name}` as FeatureName, 1);
  }
  const domain = sender ? domainOf(sender.address) : '';
  const local = sender ? sender.address.slice(0, sender.address.indexOf('@')) : '';
  set('sender.jobBoard', domain !== '' && isJobBoardDomain(domain) ? 1 : 0);
  set('sender.ats', domain !== '' && isAtsDomain(domain) ? 1 : 0);
  set('sender.noReply', NO_REPLY_LOCAL.test(local) ? 1 : 0);
  const bulk = /^(?:bulk|list|junk)$/i.test(mail.signals.precedence ?? '');
  set('header.list', mail.signals.listUnsubscribe || mail.signals.listId !== null || bulk ? 1 : 0);
  const folded = sentences.map((s) => s.folded).join('\n');
  set(
    'body.firstPerson',
    /(?:^|[\s,])(?:i|i'm|i've|i'd|ich|je|j'ai|yo|ik|eu|io)\s/.test(folded) ? 1 : 0,
  );
  set('body.question', /\?/.test(folded) ? 1 : 0);
  set('body.long', Math.min(sentences.length, 40) / 40);
  const applyLines = lines.filter((l) =>
    /\b(?:apply|view job|see job|bewerben|postuler|postular|solliciteer|candidatar|candidati)\b/i.test(
      l,
    ),
  ).length;
  set('body.manyApplyLinks', applyLines >= 3 ? 1 : 0);
  const plainRejection = withCues.filter(
    (s) => s.cues.includes('rejection') && !HYPOTHETICAL.test(s.folded),
  ).length;
  set('body.rejectionNotNegated', Math.min(plainRejection, 2) / 2);
  return {
    values,
    sentences: withCues.map(({ text, cues }) => ({ text, cues })),
    subjectCues,
  };
}
