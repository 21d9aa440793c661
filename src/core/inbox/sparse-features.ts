import { CONCEPTS, cjkConceptsOf, conceptOf, isCjkWord } from './concepts';
import { foldText, isQuoted, type SentenceCues } from './cues';
import { looksLikePersonName } from './employer';
import { fnv1a } from './hash';
import type { MailReading } from './reading';
import {
  domainOf,
  isAtsDomain,
  isJobBoardDomain,
  isPersonalDomain,
  NO_REPLY_LOCAL,
} from './senders';

/** Size of the hashed feature space; a power of two. */
export const HASH_BITS = 18;
/**
 * Concepts and sender flags hash below this id, words above: the two kinds never collide, and
 * training can tell them apart (a model must still read mail whose words it has never seen).
 */
export const WORD_BASE = 1 << 15;

/** Whether a feature name is a concept or a flag rather than a word. */
const isConcept = (name: string) => /^(?:k|sk|qk)2?:|^f:/.test(name);

/** The sparse feature id of a feature name. */
export const featureId = (name: string): number => {
  const hash = fnv1a(name);
  return isConcept(name)
    ? hash & (WORD_BASE - 1)
    : WORD_BASE + (hash % ((1 << HASH_BITS) - WORD_BASE));
};

const WORD = /[\p{L}\p{N}]+(?:'\p{L}+)?/gu;

/** The words of folded text, numbers written as `#`, so dates and times count as one word. */
export function wordsOf(folded: string): string[] {
  const words = folded.match(WORD) ?? [];
  for (let i = 0; i < words.length; i += 1) {
    if (/\d/.test(words[i] as string)) words[i] = '#';
  }
  return words;
}

type Emit = (name: string) => void;

function addWords(add: Emit, prefix: string, words: readonly string[]) {
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    add(`${prefix}:${word}`);
    const next = words[i + 1];
    if (next !== undefined) add(`${prefix}2:${word} ${next}`);
  }
}

/** Each concept a sentence names, and each pair of them: meaning across languages. */
function addConcepts(add: Emit, prefix: string, words: readonly string[]) {
  const found = new Set<number>();
  for (const word of words) {
    const concept = conceptOf(word);
    if (concept >= 0) found.add(concept);
    else if (isCjkWord(word)) for (const inside of cjkConceptsOf(word)) found.add(inside);
  }
  const list = [...found].sort((a, b) => a - b);
  for (let i = 0; i < list.length; i += 1) {
    const a = CONCEPTS[list[i] as number] as string;
    add(`${prefix}:${a}`);
    for (let j = i + 1; j < list.length; j += 1) {
      add(`${prefix}2:${a}+${CONCEPTS[list[j] as number] as string}`);
    }
  }
}

/** What the sender and headers say about who wrote the message, as named flags. */
function senderFlags(reading: MailReading): string[] {
  const flags: string[] = [];
  const { sender, signals } = reading;
  if (sender === null || sender.address === '') flags.push('no-sender');
  else {
    const domain = domainOf(sender.address);
    const local = sender.address.slice(0, sender.address.indexOf('@'));
    if (isAtsDomain(domain)) flags.push('ats');
    if (isJobBoardDomain(domain)) flags.push('board');
    if (isPersonalDomain(domain)) flags.push('personal-domain');
    if (NO_REPLY_LOCAL.test(local)) flags.push('no-reply');
    if (sender.name === null) flags.push('no-name');
    else if (looksLikePersonName(sender.name, sender.address)) flags.push('person');
  }
  if (signals.listUnsubscribe || signals.listId !== null) flags.push('list');
  if (signals.autoSubmitted !== null && !/^no$/i.test(signals.autoSubmitted)) flags.push('auto');
  if (signals.calendar) flags.push('calendar');
  if (reading.reply) flags.push('reply');
  if (reading.forwardedBy !== null) flags.push(`forwarded-by-${reading.forwardedBy}`);
  return flags;
}

/**
 * Calls `add` with the name of every sparse feature of a message: the words and word pairs of
 * its sentences, of the subject and of attachment names, each in its own namespace; the
 * concepts of each sentence and their pairs; and the sender's flags.
 */
export function eachSparseFeature(
  reading: MailReading,
  sentences: readonly SentenceCues[],
  foldedSubject: string,
  add: Emit,
) {
  for (const s of sentences) {
    const words = wordsOf(s.folded);
    const quoted = isQuoted(s.text);
    addWords(add, quoted ? 'q' : 'w', words);
    addConcepts(add, quoted ? 'qk' : 'k', words);
  }
  const subjectWords = wordsOf(foldedSubject);
  addWords(add, 's', subjectWords);
  addConcepts(add, 'sk', subjectWords);
  for (const name of reading.attachments) addWords(add, 'a', wordsOf(foldText(name)));
  for (const flag of senderFlags(reading)) add(`f:${flag}`);
}

/**
 * The hashed sparse features of a message ({@link eachSparseFeature}), each id once. Learnt
 * weights on these carry what no cue list spells out, in every language the training mail has.
 */
export function sparseFeatures(
  reading: MailReading,
  sentences: readonly SentenceCues[],
  foldedSubject: string,
): Uint32Array {
  const ids = new Set<number>();
  eachSparseFeature(reading, sentences, foldedSubject, (name) => ids.add(featureId(name)));
  return Uint32Array.from(ids).sort();
}
