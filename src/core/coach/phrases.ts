import { tokenIndexAt, type CoachDocument, type Sentence } from './document';
import {
  compileWordPattern,
  scanWords,
  startTable,
  type StartTable,
  type WordPattern,
} from './text/word-pattern';

/**
 * An idea the coach looks for ("claims to meet every requirement"), written as patterns over the
 * canonical text: lower case, contractions spelled out (`did not`, `i am`), one space between
 * tokens, punctuation as its own token. `{NAME}` expands to a shared vocabulary below and
 * `{GAP:n}` to up to n words, so one pattern covers the many ways people say the same thing.
 */
export interface PhraseGroup {
  /** Names the idea in tests and in the decision record. */
  id: string;
  patterns: readonly string[];
  /** What a hiring manager will read into it and a better direction. `{match}` quotes the words. */
  message: string;
  suggestion?: string;
  /** A clear-cut case: reported at the rule's strong severity (an error by default). */
  strong?: boolean;
  /** Skip a match with a negation just before it in its clause ("I'm not asking you to …"). */
  negatable?: boolean;
  /** Skip when the sentence or the next accepts the decision ("…, but I understand"). */
  unlessAccepted?: boolean;
  /** Skip when the sentence looks ahead to other roles or later ("if another role opens up"). */
  unlessForward?: boolean;
  /** Skip when the writer is the subject ("I'm reconsidering how I prepare"). */
  unlessSelfSubject?: boolean;
  /** Only count a match whose sentence also matches this (canonical text). */
  requireInSentence?: RegExp;
  /** Skip a one-word match that is a word of the company, role or facts (a law firm's tribunal work). */
  unlessTopic?: boolean;
}

export interface PhraseMatch {
  group: PhraseGroup;
  start: number;
  end: number;
  /** The words as the user wrote them. */
  quote: string;
}

const W = "[a-z0-9'][a-z0-9'-]*";

/** Shared vocabulary for patterns; each expands to a non-capturing alternation. */
export const VOCABULARY: Record<string, string> = {
  ADV: '(?:(?:really|truly|honestly|genuinely|sincerely|strongly|firmly|still|fully|clearly|certainly|definitely|absolutely|just|very|so|quite|also|completely|totally|entirely|simply|personally|actually|do|did|does|frankly|obviously|surely|always|most|more|far|much|even|again|now) )*',
  BE: '(?:am|was|were|is|are|have been|had been|would have been|would be|will be|felt|feel|seemed|seem)',
  BELIEVE:
    '(?:believe|believed|feel|felt|think|thought|know|knew|maintain|would argue|am (?:confident|sure|certain|convinced|positive)|was (?:confident|sure|certain|convinced|positive))',
  DECISION:
    '(?:decision|decisions|choice|outcome|result|results|call|verdict|conclusion|rejection|selection|assessment|evaluation|judgement|judgment|scoring|ranking|marking)',
  DET: "(?:the|your|this|that|their|its|the panel 's|the team 's|the committee 's|the company 's|your team 's)",
  CAND: '(?:candidate|candidates|applicant|applicants|person|people|hire|individual|finalist|finalists|one|someone|somebody|guy|woman|man|choice|pick)',
  OTHER:
    '(?:other|successful|chosen|selected|winning|preferred|hired|new|lucky|final|internal|external|eventual|another)',
  REQ: '(?:requirements?|qualifications?|criteria|criterion|boxes|box|skills?|expectations?|points?|bullets?|bullet points?|items?|specifications?|competenc(?:y|ies)|prerequisites?|needs|demands|asks)',
  THEY: '(?:you|your team|the team|the panel|the committee|the company|they|he|she|the hiring manager|hr|management|the recruiter|the recruiters|the interviewers?|everyone|you all|your company)',
  NUM: '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|many|multiple|some|a couple of)',
  /** Job titles, to name the person hired ("the analyst you hired", "your new planner"). */
  JOB: '(?:analyst|manager|engineer|planner|officer|lead|chef|sous chef|cook|nurse|teacher|reporter|journalist|developer|designer|architect|supervisor|coordinator|co-ordinator|assistant|director|specialist|consultant|solicitor|lawyer|programmer|trainee|graduate|associate|administrator|accountant|auditor|technician|scientist|researcher|editor|writer|producer|marketer|recruiter|advisor|adviser|executive|deputy|therapist|pharmacist|paralegal|agent|representative|intern|head|owner|librarian|curator|buyer|controller|surveyor|inspector|instructor|lecturer|tutor|carer|midwife|doctor|paramedic|clerk|receptionist|fundraiser|organiser|organizer|strategist|operator|mechanic|electrician|partner|tech|technician|ta|rep|sparky|nanny|cleaner|porter|barista|driver|coach|trainer|stage manager|sous|commis|leader|handler|broker|surveyor|worker|nurse|assistant|negotiator|producer|trainer|receptionist|pm|qa|ba|cto|vp|bdr|sdr|[a-z]{3,}(?:er|or|ist|ian|ant|ent))',
  WORD: W,
};

/** Expands `{NAME}` vocabularies and `{GAP:n}` in a pattern into plain regular-expression text. */
export function expand(pattern: string): string {
  return pattern.replace(/\{([A-Z]+)(?::(\d+))?\}/g, (whole, name: string, count?: string) => {
    if (name === 'GAP') return `(?:${W} ){0,${count ?? '2'}}`;
    const vocabulary = VOCABULARY[name];
    if (vocabulary === undefined) throw new Error(`Unknown phrase vocabulary ${whole}`);
    return vocabulary;
  });
}

export interface CompiledGroup {
  group: PhraseGroup;
  pattern: WordPattern;
}

/** Compiles groups once, at rule creation; a bad pattern fails there, never while checking. */
export function compileGroups(groups: readonly PhraseGroup[]): CompiledGroup[] {
  return groups.map((group) => ({
    group,
    pattern: compileWordPattern(group.patterns.map(expand).join('|')),
  }));
}

/** Where each word pattern may match in the canonical text, worked out once per document. */
export function canonicalStarts(doc: CoachDocument): StartTable {
  return doc.memo('phrases.starts', () => startTable(doc.canonical));
}

const NEGATIONS = new Set(['not', 'never', 'no', 'nor', 'without', 'neither', 'hardly']);
const ACCEPTANCE =
  /\b(?:understand|understood|understandable|respect|accept|accepted|appreciate|appreciated|no hard feelings|of course|fair enough|makes sense|made sense|get it|totally get|completely get|that is fine|it happens|all good|no worries|thank|thanks|grateful|right call|(?:can|could) see why|(?:was not|is not|not) (?:me|mine|my turn|meant to be|to be) this time|i see why|makes (?:complete |total |perfect )?sense)\b/;
const FORWARD =
  /\b(?:future|next time|down the road|later on|another (?:role|position|opening|post|vacancy)|other (?:roles|positions|openings|opportunities)|similar (?:role|roles|position|positions)|new (?:role|roles|opening|openings|position)|opens? up|comes? up|in the future|next year|one day|someday|again (?:in|later)|if (?:a|another|any) (?:role|position|opening|vacancy|post)|another time)\b/;

/** The canonical text of one sentence. */
export function sentenceText(doc: CoachDocument, sentence: Sentence | undefined): string {
  if (!sentence) return '';
  const first = doc.canon[sentence.first];
  const last = doc.canon[sentence.last - 1];
  if (!first || !last) return '';
  return doc.canonical.slice(first.at, last.at + last.text.length);
}

/** Whether a sentence accepts the decision; "I don't understand" or "hard to accept" is not acceptance. */
export function accepts(sentence: string): boolean {
  const affirmed = sentence.replace(
    /\b(?:not|never|no|hardly|(?:hard|difficult|impossible|struggling|struggle|unable|fail|failing) to)(?: [a-z']+){0,2} (?:understand|accept|respect|appreciate|get it)\w*/g,
    '',
  );
  return ACCEPTANCE.test(affirmed);
}

/** A negation just before a token, in its clause ("I'm not asking you to …"). */
export function negatedBefore(doc: CoachDocument, index: number): boolean {
  const token = doc.canon[index];
  if (!token) return false;
  for (let i = index - 1; i >= Math.max(0, index - 4); i -= 1) {
    const previous = doc.canon[i];
    if (!previous || previous.sentence !== token.sentence || /^[,;:.!?]/.test(previous.text)) {
      return false;
    }
    if (NEGATIONS.has(previous.text)) return true;
  }
  return false;
}

/** The nearest subject before a match is the writer ("I'm reconsidering…", not "I think it's…"). */
export function selfSubject(doc: CoachDocument, index: number): boolean {
  const token = doc.canon[index];
  for (let i = index - 1; i >= Math.max(0, index - 5); i -= 1) {
    const previous = doc.canon[i];
    if (!previous || previous.sentence !== token?.sentence) return false;
    if (previous.text === 'i' || previous.text === 'we') return true;
    if (
      /^(?:you|your|he|she|it|they|this|that|the|who|which|nobody|someone|everyone)$/.test(
        previous.text,
      )
    ) {
      return false;
    }
  }
  return false;
}

function passesGuards(doc: CoachDocument, group: PhraseGroup, tokenIndex: number): boolean {
  const sentenceIndex = doc.canon[tokenIndex]?.sentence ?? 0;
  if (group.negatable !== false && negatedBefore(doc, tokenIndex)) return false;
  if (group.unlessSelfSubject && selfSubject(doc, tokenIndex)) return false;
  if (!group.unlessAccepted && !group.unlessForward && !group.requireInSentence) return true;
  const sentence = sentenceText(doc, doc.sentences[sentenceIndex]);
  if (group.requireInSentence && !group.requireInSentence.test(sentence)) return false;
  if (group.unlessForward && FORWARD.test(sentence)) return false;
  if (group.unlessAccepted) {
    const next = sentenceText(doc, doc.sentences[sentenceIndex + 1]);
    if (accepts(sentence) || accepts(next)) return false;
  }
  return true;
}

/**
 * Where the message writes the company, role or person's name, whole or (for the person) one
 * part as spelled in the context ("Hi Smh," for Smh Okafor): words there are names, not tone (a
 * company called "Unfair Advantage" is not an accusation). A part must match its capitals, so a
 * contact called Hope leaves "I hope" to the rules.
 */
export function namedSpans(doc: CoachDocument): { start: number; end: number }[] {
  return doc.memo('phrases.named', () => {
    const spans: { start: number; end: number }[] = [];
    const lower = doc.masked.toLowerCase();
    const { company, role, contactName } = doc.input.context;
    for (const name of [company, role, contactName]) {
      const needle = name.trim().toLowerCase();
      if (needle.length < 2) continue;
      for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
        spans.push({ start: at, end: at + needle.length });
      }
    }
    const parts = new Set(contactName.split(/\s+/).filter((part) => part.length >= 2));
    for (const token of doc.tokens) {
      const word = token.text.replace(/['’]s$/, '');
      if (token.kind === 'word' && parts.has(word)) {
        spans.push({ start: token.start, end: token.start + word.length });
      }
    }
    return spans;
  });
}

/** Words of the company, role and facts: the subject of the conversation, not its tone. */
function topicWords(doc: CoachDocument): Set<string> {
  return doc.memo('phrases.topic', () => {
    const { company, role, facts } = doc.input.context;
    const words = [company, role, ...facts]
      .join(' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}'-]+/gu);
    return new Set(words ?? []);
  });
}

/**
 * Whether a match is a single word the conversation is about ("tribunal" at a law firm is the
 * job, not a threat). Longer matches say something about the topic, so they still count.
 */
export function onlyTopicWords(doc: CoachDocument, quoted: string): boolean {
  const words = quoted.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? [];
  return words.length === 1 && topicWords(doc).has(words[0] ?? '');
}

/**
 * Every match of the groups in the document, at most one per stretch of text: when two groups
 * match overlapping words, the earlier-listed group wins.
 */
export function matchGroups(doc: CoachDocument, compiled: readonly CompiledGroup[]): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  const named = namedSpans(doc);
  const starts = canonicalStarts(doc);
  for (const { group, pattern } of compiled) {
    const scanner = scanWords(pattern, starts);
    for (let m = scanner.next(0); m; m = scanner.next(m.index + Math.max(1, m[0].length))) {
      const match = m;
      const index = tokenIndexAt(doc.canon, match.index);
      if (!passesGuards(doc, group, index)) continue;
      const span = doc.spanOf(match.index, match.index + match[0].length);
      if (named.some((n) => n.start <= span.start && span.end <= n.end)) continue;
      if (group.unlessTopic && onlyTopicWords(doc, doc.text.slice(span.start, span.end))) continue;
      // The sign-off holds the writer's own name, which is no one's tone.
      if (span.start >= doc.closingStart) continue;
      if (matches.some((m) => m.start < span.end && span.start < m.end)) continue;
      matches.push({ group, ...span, quote: doc.text.slice(span.start, span.end) });
    }
  }
  return matches;
}

/** A short quotation for a message: the words as written, trimmed to a readable length. */
export function quote(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Fills `{match}` in a group's message with the quoted words. */
export function explain(template: string, match: PhraseMatch): string {
  return template.replace('{match}', `“${quote(match.quote)}”`);
}
