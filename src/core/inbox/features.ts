import { CUE_NAMES, cuesOf, foldText, isQuoted, type CueGroup, type SentenceCues } from './cues';
import type { MailReading } from './reading';
import { domainOf, isAtsDomain, isJobBoardDomain, NO_REPLY_LOCAL } from './senders';
import { sparseFeatures } from './sparse-features';

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
    /\b(?:thank(?:s| you) for (?:applying|your application)|application (?:received|confirmation|submitted)|we(?:'ve| have) received|eingangsbestatigung|bewerbungseingang|candidature (?:bien )?recue|accuse de reception|confirmacion|justificante|bevestiging|recebemos|ricevuta|potwierdzenie|bekraftelse|kvittering|bekreftelse)\b/,
  subjectReply: /^(?:re|aw|sv|antw|r|rif)\s*:/,
  subjectForward: /^(?:fwd?|wg|tr|rv|enc|doorst|i)\s*:/,
} as const;

/** The dense features the model weighs, in a fixed order; words come as hashed sparse ones. */
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
  'body.nextStepAfterNo',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
const FEATURE_INDEX = new Map<string, number>(FEATURE_NAMES.map((name, i) => [name, i]));

/** The value of one dense feature. */
export const featureValue = (features: MailFeatures, name: FeatureName): number =>
  features.values[FEATURE_INDEX.get(name) as number] ?? 0;

/** At most this many sentences are read: the news is near the top, and length costs time. */
const MAX_SENTENCES = 80;
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[\p{Lu}\d"“])/u;

/** Splits lines into sentences, so a cue is one thought, not a whole paragraph. */
export function sentencesOf(lines: readonly string[], limit = Infinity): string[] {
  const out: string[] = [];
  for (const line of lines) {
    for (const part of line.length > 40 ? line.split(SENTENCE_BREAK) : [line]) {
      const text = part.trim();
      if (text !== '') out.push(text);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

export interface MailFeatures {
  /** Values of {@link FEATURE_NAMES}. */
  values: Float64Array;
  /** Hashed ids of the sparse features present, each once. */
  sparse: Uint32Array;
  /** Each sentence with the cue groups it matched: the evidence for a decision. */
  sentences: SentenceCues[];
  subjectCues: CueGroup[];
}

/** Near-miss wording where a rejection cue is quoted, hypothetical or about something else. */
const HYPOTHETICAL =
  /\b(?:if (?:we|you) (?:decide|don't|do not|are not|aren't)|even if|in case|should we not|what to do when|how to (?:handle|deal|respond|cope)|after being|when you (?:get|receive)|rejection (?:email|letter)s?\b|got rejected|being rejected|handling rejection)/;
const FIRST_PERSON = /(?:^|[\s,])(?:i|i'm|i've|i'd|ich|je|j'ai|yo|ik|eu|io)\s/;
const APPLY_LINK =
  /\b(?:apply|view job|see job|bewerben|postuler|postular|solliciteer|candidatar|candidati)\b/i;

/**
 * Reads what the model needs from a message: counts of sentences per cue group, cues in the
 * subject, sender and list signals (dense), and hashed words and word pairs (sparse).
 */
export function extractFeatures(reading: MailReading): MailFeatures {
  const values = new Float64Array(FEATURE_NAMES.length);
  const set = (name: FeatureName, value: number) => {
    values[FEATURE_INDEX.get(name) as number] = value;
  };
  const sentences: SentenceCues[] = sentencesOf(reading.lines, MAX_SENTENCES).map((text) => {
    const folded = foldText(text);
    return { text, folded, cues: cuesOf(folded) };
  });
  const counts = new Map<CueGroup, number>();
  let plainRejection = 0;
  let lastNo = -1;
  let nextStepAfterNo = false;
  sentences.forEach((s, i) => {
    if (isQuoted(s.text)) return;
    for (const cue of s.cues) counts.set(cue, (counts.get(cue) ?? 0) + 1);
    if (s.cues.includes('rejection') && !HYPOTHETICAL.test(s.folded)) {
      plainRejection += 1;
      lastNo = i;
    } else if (lastNo >= 0 && (s.cues.includes('invitation') || s.cues.includes('scheduling')))
      nextStepAfterNo = true;
  });
  for (const name of CUE_NAMES) set(`body.${name}`, Math.min(counts.get(name) ?? 0, 3) / 3);
  const subject = foldText(reading.subject);
  const subjectAll = cuesOf(subject);
  const subjectCues = SUBJECT_CUES.filter((name) => subjectAll.includes(name));
  for (const name of subjectCues) set(`subject.${name}`, 1);
  for (const [name, pattern] of Object.entries(SUBJECT_EXTRA)) {
    if (pattern.test(subject)) set(`subject.${name}` as FeatureName, 1);
  }
  const address = reading.sender?.address ?? '';
  const domain = address === '' ? '' : domainOf(address);
  const local = address.slice(0, Math.max(0, address.indexOf('@')));
  set('sender.jobBoard', domain !== '' && isJobBoardDomain(domain) ? 1 : 0);
  set('sender.ats', domain !== '' && isAtsDomain(domain) ? 1 : 0);
  set('sender.noReply', NO_REPLY_LOCAL.test(local) ? 1 : 0);
  const { signals } = reading;
  const bulk = /^(?:bulk|list|junk)$/i.test(signals.precedence ?? '');
  set('header.list', signals.listUnsubscribe || signals.listId !== null || bulk ? 1 : 0);
  set('body.firstPerson', sentences.some((s) => FIRST_PERSON.test(s.folded)) ? 1 : 0);
  set('body.question', sentences.some((s) => s.text.includes('?')) ? 1 : 0);
  set('body.long', Math.min(sentences.length, 40) / 40);
  const applyLines = reading.lines.reduce((n, l) => n + (APPLY_LINK.test(l) ? 1 : 0), 0);
  set('body.manyApplyLinks', applyLines >= 3 ? 1 : 0);
  set('body.rejectionNotNegated', Math.min(plainRejection, 2) / 2);
  // "Not this role, but we would like to interview you for another one."
  set('body.nextStepAfterNo', nextStepAfterNo ? 1 : 0);
  return {
    values,
    sparse: sparseFeatures(reading, sentences, subject),
    sentences,
    subjectCues,
  };
}
