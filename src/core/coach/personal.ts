import { distance } from 'fastest-levenshtein';
import { bodySentences, type CoachDocument, type Sentence, type Span } from './document';
import { memoByArray, memoizeWord } from './memo';
import { nameParts, sameName } from './text/names';
import {
  FAMILIAR_WORDS,
  GENERIC_WORDS,
  STOCK_NOTE_WORDS,
  STOP_WORDS,
  stemWord,
  wordsOf,
} from './text/words';

interface FactTerm {
  stem: string;
  distinctive: boolean;
}

interface FactEntry {
  fact: string;
  terms: FactTerm[];
}

const factCache = new WeakMap<readonly string[], Map<string, FactEntry[]>>();

/** Words of the company, role and person: naming them does not recall a conversation. */
function contextStems(doc: CoachDocument): Set<string> {
  return doc.memo('personal.contextStems', () => {
    const { company, role, contactName } = doc.input.context;
    return new Set(wordsOf(`${company} ${role} ${contactName}`).map(stemWord));
  });
}

function termsOf(fact: string, excluded: ReadonlySet<string>): FactTerm[] {
  const terms: FactTerm[] = [];
  for (const word of wordsOf(fact)) {
    const lower = word.toLowerCase();
    if (STOP_WORDS.has(lower)) continue;
    const stem = stemWord(word);
    if (excluded.has(stem) || terms.some((t) => t.stem === stem)) continue;
    const properNoun = /^\p{Lu}/u.test(word) && word.length >= 3;
    const distinctive =
      !GENERIC_WORDS.has(lower) && (stem.length >= 4 || /\d/.test(word) || properNoun);
    terms.push({ stem, distinctive });
  }
  return terms;
}

function factEntries(doc: CoachDocument): FactEntry[] {
  const { facts, company, role, contactName } = doc.input.context;
  const byContext = memoByArray(factCache, facts, () => new Map<string, FactEntry[]>());
  const key = `${company}\u0000${role}\u0000${contactName}`;
  let entries = byContext.get(key);
  if (!entries) {
    const excluded = contextStems(doc);
    entries = facts.map((fact) => ({ fact, terms: termsOf(fact, excluded) }));
    byContext.set(key, entries);
  }
  return entries;
}

/** The words of one token, remembered: a message repeats most of the words it had a keystroke ago. */
const tokenWords = memoizeWord(wordsOf);

/** Stems of the message's words (outside draft rooms), with where each first appears. */
function textStems(doc: CoachDocument): Map<string, Span> {
  return doc.memo('personal.textStems', () => {
    const stems = new Map<string, Span>();
    for (const token of doc.tokens) {
      if (token.kind !== 'word') continue;
      const span = { start: token.start, end: token.end };
      for (const word of tokenWords(token.text)) {
        const stem = stemWord(word);
        if (!stems.has(stem)) stems.set(stem, span);
      }
    }
    return stems;
  });
}

function findStem(stems: Map<string, Span>, stem: string): Span | undefined {
  const exact = stems.get(stem);
  if (exact || stem.length < 6) return exact;
  // A typo in a long word still recalls the topic ("Temporl" for "Temporal").
  for (const [candidate, span] of stems) {
    if (Math.abs(candidate.length - stem.length) <= 1 && distance(candidate, stem) <= 1)
      return span;
  }
  return undefined;
}

export interface FactMatch {
  fact: string;
  /** Where the message recalls it. */
  span: Span;
}

/**
 * The facts the message recalls, matched on word stems rather than exact strings: "the Bazel
 * migration" recalls "switching the build system to Bazel". A fact counts when one of its
 * distinctive words appears, or, for a fact of common words only, most of them do.
 */
export function matchedFacts(doc: CoachDocument): FactMatch[] {
  return doc.memo('personal.matchedFacts', () => {
    const stems = textStems(doc);
    const matches: FactMatch[] = [];
    for (const entry of factEntries(doc)) {
      const distinctive = entry.terms.filter((t) => t.distinctive);
      if (distinctive.length > 0) {
        const span = distinctive.map((t) => findStem(stems, t.stem)).find((s) => s !== undefined);
        if (span) matches.push({ fact: entry.fact, span });
        continue;
      }
      const found = entry.terms.map((t) => findStem(stems, t.stem));
      const hits = found.filter((s): s is Span => s !== undefined);
      const first = hits[0];
      if (
        first &&
        entry.terms.length > 0 &&
        hits.length >= Math.max(1, Math.ceil(entry.terms.length * 0.6))
      ) {
        matches.push({ fact: entry.fact, span: first });
      }
    }
    return matches;
  });
}

/** Where the message names the contact (first name, last name, a familiar form), if it does. */
export function contactMention(doc: CoachDocument): Span | null {
  return doc.memo('personal.contactMention', () => {
    const parts = nameParts(doc.input.context.contactName);
    if (!parts) return null;
    const greeting = doc.greeting;
    for (const token of doc.tokens) {
      if (token.kind !== 'word') continue;
      // Lower-case names count only in the greeting: elsewhere "will" is rarely William.
      const inGreeting = greeting !== null && token.start < greeting.end;
      if (!inGreeting && !/^\p{Lu}/u.test(token.text)) continue;
      const word = token.text.replace(/['’]s$/, '');
      if (parts.all.some((part) => sameName(word, part)))
        return { start: token.start, end: token.end };
    }
    return null;
  });
}

/** Whether the message mentions a phrase (company, role) as whole words, ignoring case. */
export function mentions(doc: CoachDocument, phrase: string): boolean {
  const words = wordsOf(phrase).filter((w) => !STOP_WORDS.has(w.toLowerCase()));
  if (words.length === 0) return false;
  const stems = textStems(doc);
  return words.every((word) => stems.has(stemWord(word)));
}

/**
 * The words of the body that are specific rather than stock: a number, a name in mid-sentence,
 * or a word rarer than everyday English (the Dale–Chall list of familiar words), none of them the
 * company's, role's or person's own, nor another application's company. "The voice-picking trial on nights" has three; "thank you for
 * the opportunity and your time" has none. Notes the user never recorded still count this way.
 */
export function specificWords(doc: CoachDocument): Set<string> {
  return doc.memo('personal.specificWords', () => {
    const found = new Set<string>();
    for (const sentence of bodySentences(doc))
      for (const word of specificWordsIn(doc, sentence)) found.add(word);
    return found;
  });
}

/** The specific words (see {@link specificWords}) of one sentence. */
function specificWordsIn(doc: CoachDocument, sentence: Sentence): Set<string> {
  // The person's, company's and role's own words, and the user's other companies (a name from
  // another letter is a slip, not a detail).
  const own = doc.memo(
    'personal.ownStems',
    () =>
      new Set([
        ...contextStems(doc),
        ...wordsOf(doc.input.context.otherCompanies.join(' ')).map(stemWord),
      ]),
  );
  const found = new Set<string>();
  for (let i = sentence.first; i < sentence.last; i += 1) {
    const token = doc.canon[i];
    if (!token || !/^[\p{L}\p{N}]/u.test(token.text)) continue;
    const word = token.text;
    if (STOP_WORDS.has(word) || GENERIC_WORDS.has(word) || STOCK_NOTE_WORDS.has(word)) continue;
    if (own.has(stemWord(word))) continue;
    const written = doc.text.slice(token.start, token.end);
    const named = i > sentence.first && /^\p{Lu}/u.test(written);
    const rare =
      word.length >= 4 && !FAMILIAR_WORDS.has(word) && !FAMILIAR_WORDS.has(word.replace(/s$/, ''));
    if (/\d/.test(word) || named || rare) found.add(word);
  }
  return found;
}

/**
 * Words that report the conversation itself or how the writer did in it: what they said, what
 * came up, which part went badly ("my plating was slow on the second course").
 */
const REPORTS_CONVERSATION =
  /\b(?:you (?:mentioned|said|told me|pointed out|suggested|flagged|noted|raised|asked (?:me )?about|showed me|walked me through)|(?:we|i) (?:talked|spoke|chatted) about|we discussed|i mentioned|came up|was (?:it|that) (?:my|the)|my (?:\w+ ){1,2}(?:was|were) (?:too |a bit |quite |really )?(?:slow|weak|off|rusty|shaky|thin|short|long|messy|rushed)|i (?:struggled|fumbled|stumbled|froze|rambled|rushed|blanked)|my answers? (?:on|to|about)|(?:on|in|at) the (?:first|second|third|final|last) (?:round|course|task|question|part|exercise|stage|interview))\b/i;

/**
 * Whether a sentence recalls the conversation in its own words: it reports what was said or
 * asked ("the finishing work, which you mentioned", "Was it my plating on the second course?")
 * and names something in it. Such a message remembers the person, notes or no notes.
 */
export function recallsConversation(doc: CoachDocument): boolean {
  return bodySentences(doc).some(
    (sentence) =>
      REPORTS_CONVERSATION.test(doc.text.slice(sentence.start, sentence.end)) &&
      specificWordsIn(doc, sentence).size >= 1,
  );
}
