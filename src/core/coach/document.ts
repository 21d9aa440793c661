import { STAND_IN_WORDS } from './text/stand-ins';
import { isGivenName } from './text/names';
import { canonicalWord, tokenize, type Token } from './text/tokens';
import { GENERIC_WORDS, isEnglishWord, STOP_WORDS } from './text/words';
import { MESSAGE_KINDS } from '../enums';
import type { CoachContext, CoachInput, CoachKind, LinkedinPlan, PreviousMessage } from './types';

/** A span of the original text. */
export interface Span {
  start: number;
  end: number;
}

/** A word of the canonical text, pointing back at the token it came from. */
export interface CanonicalToken {
  text: string;
  /** Where it sits in `canonical`. */
  at: number;
  /** The original token's span (a spelled-out contraction shares its token's span). */
  start: number;
  end: number;
  sentence: number;
}

export interface Sentence extends Span {
  /** Index range into `canon` (end exclusive). */
  first: number;
  last: number;
}

/** The opening line: `Hi Helen,`, `Dear Dr. Cho`, `Grace, thank you…`, `To whom it may concern`. */
export interface Greeting extends Span {
  /** The name addressed, when there is one. */
  name:
    | (Span & {
        text: string;
        honorific: string | null;
        /** After a salutation (`Hi`, `Dear`), so surely a name, not an opening word. */
        explicit: boolean;
      })
    | null;
  /** Addressed to nobody in particular (`Hello,`, `Hi there`, `Dear Sir or Madam`). */
  generic: boolean;
  /** Addressed to a slot never filled in (`Dear [Name]`, `Dear Mr./Ms. Last Name`). */
  placeholder?: boolean | undefined;
}

/** The input with every context field present. */
export interface NormalizedInput {
  kind: CoachKind;
  text: string;
  context: CoachContext & { linkedinPlan: LinkedinPlan };
}

/**
 * One message, analysed once and shared by every rule: tokens with offsets, a canonical
 * lower-case text with contractions spelled out (what phrase rules match against), sentences,
 * the greeting and where the sign-off starts. Draft rooms (`[[Your words: …]]`) are blanked out,
 * so nothing in them counts for or against the message.
 */
export interface CoachDocument {
  input: NormalizedInput;
  text: string;
  /** The text with draft rooms replaced by spaces (same length). */
  masked: string;
  rooms: Span[];
  tokens: Token[];
  canonical: string;
  canon: CanonicalToken[];
  sentences: Sentence[];
  greeting: Greeting | null;
  /** Where the sign-off (`Best,\nRavi`) begins; the text's length when there is none. */
  closingStart: number;
  /** The original span of a match in `canonical`. */
  spanOf(canonicalStart: number, canonicalEnd: number): Span;
  /** Computes a value once per document. */
  memo<T>(key: string, compute: () => T): T;
}

/** Rooms a draft leaves for the user's own words; the coach recognises and blanks them. */
export const DRAFT_ROOM = /\[\[[^\]\n]{0,400}\]\]/g;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The list itself when every entry is fine (so caches keyed on it keep working), else the good ones. */
function only<T>(list: unknown, keep: (value: unknown) => value is T): readonly T[] {
  if (!Array.isArray(list)) return [];
  return list.every(keep) ? (list as T[]) : list.filter(keep);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isPrevious = (value: unknown): value is PreviousMessage =>
  typeof value === 'string' ||
  (typeof value === 'object' &&
    value !== null &&
    typeof (value as { text?: unknown }).text === 'string');

/**
 * Fills in missing context and drops malformed entries, so a caller that skipped validation
 * (plain JavaScript importing `rebound/coach`) gets findings, never an exception.
 */
export function normalizeInput(input: CoachInput): NormalizedInput {
  const context: Partial<CoachContext> = input.context ?? {};
  return {
    kind: (MESSAGE_KINDS as readonly string[]).includes(input.kind) ? input.kind : 'other',
    text: text(input.text),
    context: {
      company: text(context.company),
      role: text(context.role),
      contactName: text(context.contactName),
      facts: only(context.facts, isString),
      otherCompanies: only(context.otherCompanies, isString),
      previousMessages: only(context.previousMessages, isPrevious),
      rejectedAt: isString(context.rejectedAt) ? context.rejectedAt : undefined,
      timeZone: isString(context.timeZone) ? context.timeZone : undefined,
      sentAt: isString(context.sentAt) ? context.sentAt : undefined,
      linkedinPlan: context.linkedinPlan === 'paid' ? 'paid' : 'free',
    },
  };
}

function findRooms(text: string): Span[] {
  return [...text.matchAll(DRAFT_ROOM)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function blank(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const { start, end } of spans) {
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

function canonicalize(tokens: readonly Token[]) {
  const canon: CanonicalToken[] = [];
  const sentences: Sentence[] = [];
  const parts: string[] = [];
  let at = 0;
  let sentenceFirst = 0;
  const closeSentence = (endOffset: number) => {
    if (canon.length > sentenceFirst) {
      const first = canon[sentenceFirst];
      if (first) {
        sentences.push({
          start: first.start,
          end: endOffset,
          first: sentenceFirst,
          last: canon.length,
        });
      }
    }
    sentenceFirst = canon.length;
  };
  const push = (text: string, token: Token) => {
    canon.push({ text, at, start: token.start, end: token.end, sentence: sentences.length });
    parts.push(text);
    at += text.length + 1;
  };
  for (const token of tokens) {
    if (token.kind === 'break') {
      closeSentence(token.start);
      continue;
    }
    if (token.kind === 'punct') {
      push(
        token.text === '—' || token.text === '–' || token.text === '-' ? ',' : token.text,
        token,
      );
      if (/^[.!?]/.test(token.text)) closeSentence(token.end);
      continue;
    }
    for (const word of canonicalWord(token.text).split(' ')) push(word, token);
  }
  const last = canon[canon.length - 1];
  closeSentence(last ? last.end : 0);
  return { canon, sentences, canonical: parts.join(' ') };
}

/**
 * Openers of a letter, in English and the greetings English speakers of other backgrounds open
 * with ("Salam Rafiqul", "Kia ora Tama", "Namaste Priya").
 */
const SALUTATION =
  /^[ \t]*(hi|hello|hey|hiya|dear|respected|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon|to|thanks|thank you|many thanks|cheers|salam|salaam|as-?salamu? ?alaikum|assalamualaikum|namaste|namaskar|vanakkam|sat sri akal|kia ora|shalom|habari|jambo|sawubona|marhaba|ahlan|hola|bonjour|ciao|hallo|hej|hei|moin|servus|aloha|kumusta|mabuhay|xin chào|xin chao|selamat (?:pagi|siang|sore|malam))\b[ \t]*/i;
const STAND_INS = new Set(STAND_IN_WORDS);
/** Abbreviated titles whose full stop does not end the greeting (`Capt. Olsen,`). */
const HONORIFIC_DOT =
  /\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Capt|Cpt|Maj|Col|Lt|Sgt|Cdr|Cmdr|Adm|Gen|Insp|Supt|Det|Cllr|Sen|Rev|Revd|Fr|Sr|Br|Engr|Eng|Atty|Adv|Hon)\./g;
/**
 * Titles written before a name, in English and in the Englishes of other places: `Engr`,
 * `Ma'am`, `Puan`, `anh`, `Señora`. A greeting of a title alone is courteous, not a wrong name.
 */
const HONORIFIC_WORDS = [
  // Everyday, academic and professional.
  "mr|mrs|ms|miss|mx|dr|doctor|prof|professor|chef|coach|sir|dame|madam|madame|ma['’]am|maam|mam|ma",
  'engr|eng|engineer|arch|architect|atty|attorney|adv|advocate|barrister|nurse|matron|principal|dean',
  // Ranks and offices: forces, police, fire, ships, courts, councils.
  'capt|captain|cpt|maj|major|col|colonel|lt|lieutenant|sgt|sergeant|cdr|cmdr|commander|adm|admiral',
  'gen|general|officer|inspector|insp|supt|superintendent|constable|det|detective|chief|judge|justice',
  'cllr|councillor|councilor|mayor|senator|sen|minister|ambassador|hon|comrade|cde',
  // Faith.
  'rev|revd|reverend|pastor|father|fr|sister|sr|brother|br|bishop|deacon|elder|rabbi|imam|sheikh',
  'ustaz|ustad|ustadha|mufti|maulana|swami|pandit|guruji|haji|hajji|hajjah|alhaji|alhaja',
  // Family-style and local courtesy titles.
  'aunty|auntie|uncle|bhai|didi|puan|encik|tuan|cik|dato|datuk|pak|bapak|bu|ibu|mas|mbak|kak',
  'anh|chị|chi|ông|ong|bà|cô|thầy|ato|woizero|señor|senor|señora|senora|sra|srta|don|doña|dona',
  'herr|frau|monsieur|mme|mlle|sensei',
].join('|');
const HONORIFIC = new RegExp(`^(${HONORIFIC_WORDS})\\.?\\s+`, 'i');
const HONORIFIC_ALONE = new RegExp(`^(?:${HONORIFIC_WORDS})\\.?$`, 'i');

/** The words of a greeting after its salutation, without the closing mark. */
function greetingWords(greeting: string): string {
  return greeting
    .replace(SALUTATION, '')
    .replace(/[,:;!.\s]+$/, '')
    .trim();
}

/**
 * Whether a greeting is a respectful title alone (`Dear Sir`, `Respected Madam`, `Ma'am`) or a
 * formal letter's `To,`: courteous in much of the English-speaking world, never a form letter.
 * `Sir/Madam` is not among them: it names no one because the writer does not know who reads it.
 */
export function isCourteousTitle(greeting: string): boolean {
  const words = greetingWords(greeting);
  if (isFormLetterAddress(greeting)) return false;
  // "Thank you sir for the quick revert": a title first, then the rest of the line.
  const first = (words.split(/\s+/)[0] ?? '').replace(/[,:;!.]+$/, '');
  return (
    /^\s*to\s*[,:]?\s*$/i.test(greeting) ||
    /^sirs$/i.test(words) ||
    HONORIFIC_ALONE.test(words) ||
    HONORIFIC_ALONE.test(first)
  );
}

/**
 * Whether a greeting is the address of a letter to a reader the writer does not know
 * (`Dear Sir/Madam`, `Respected Sir or Madam`, `To whom it may concern`).
 */
export function isFormLetterAddress(greeting: string): boolean {
  return FORM_LETTER_ADDRESS.test(greetingWords(greeting));
}
const FORM_LETTER_ADDRESS =
  /^(?:sir\s*(?:\/|or)\s*madam|madam\s*(?:\/|or)\s*sir|(?:to\s+)?whom it may concern)$/i;

/** Whether a word is a title written before a name (`Dr.`, `Sir`, `Chef`), not the name. */
export function isHonorific(word: string): boolean {
  return HONORIFIC_ALONE.test(word);
}
const GENERIC_ADDRESSEE_WORDS =
  /\b(?:panel|committee|team|board|department|office|manager|managers|recruiter|recruiters|recruitment|selection|hiring|hr|human resources|colleagues|staff|everyone|sir|madam|friends|search|admissions|talent|people)\b/i;
const GENERIC_ADDRESSEE =
  /^(there|all|everyone|everybody|team|folks|friends?|colleagues?|sir|madam|sirs|sir or madam|sir\/madam|hiring (?:manager|team|committee|panel)|recruit(?:er|ment team|ing team)|the .*|whom it may concern|you|both|again|guys|y'all)\b/i;
const NAME_WORDS =
  /^((?:\p{Lu}[\p{L}'’-]*)(?:[ \t]+(?:(?:de|da|van|von|der|del|la|le|bin|al)[ \t]+)?\p{Lu}[\p{L}'’-]*){0,2})/u;
/** Capitalized words that open a letter without being a name (`Thanks, …`, `Honestly, …`). */
const NOT_A_NAME =
  /^(all good|no worries|fair enough|understood|noted|got it|sounds good|thanks|thank|sorry|honestly|unfortunately|well|so|ok|okay|yes|no|again|also|first|firstly|just|wow|sure|please|apologies|congratulations|congrats|hope|best|regards|cheers|hmm|look|listen|frankly|seriously|great|good|quick|update|morning|afternoon|evening|hi|hello|hey|dear|greetings|note|re|fyi|p\.?s|i|we|it|this|that)\b/i;

/** Template syntax or a name slot in the words greeted: `[Name]`, `{{first}}`, `Mr./Ms. Last Name`. */
const SLOT_GREETED = /[[\]{}<>$%/]|_{2,}|\b(?:first|last|family|full|sur)\s?name\b|^name$/i;
/**
 * A courtesy after the name, as Indian and other Englishes write it: `Dear Ramesh sir`,
 * `Respected Priya ma'am`, `Hello Anil ji`. The greeting is to Ramesh, not to nobody.
 */
const COURTESY_AFTER =
  /^(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)[ \t]+(sir|madam|ma['’]am|ji|sahib|saheb|garu)$/iu;
/** Words after "thanks" that carry on a sentence of thanks rather than name anyone. */
const THANKS_GOES_ON =
  /^(?:again|for|so|very|a lot|a million|a bunch|heaps|loads|lots|ever so|once more|to|from|indeed)\b/i;
/** Ways of addressing someone that are not a name: `hey mate`, `hi boss`. */
const FAMILIAR =
  /^(?:mate|mates|buddy|dude|man|bro|pal|boss|chief|love|dear|darling|sweetie|champ|fam|peeps|gang|ladies|gentlemen|gents|people|you|y['’]all|yall|hey|hi|hello|there|all|team)$/i;
const LOWER_NAME = /^(\p{Ll}[\p{Ll}'’-]+)(?:[ \t]+(\p{Ll}[\p{Ll}'’-]+))?$/u;

/**
 * A name written in lower case after a salutation (`hey marco`), as people type in a hurry: one
 * or two words that are neither common English nor a familiar address.
 */
function lowercaseName(rest: string): string | null {
  const match = LOWER_NAME.exec(rest.trim());
  if (!match) return null;
  const words = [match[1], match[2]].filter((w): w is string => w !== undefined);
  // "hey bill," greets a Bill: a given name alone is a name, though it is a word too.
  const plain = (w: string) =>
    !(words.length === 1 && isGivenName(w)) &&
    (STOP_WORDS.has(w) ||
      GENERIC_WORDS.has(w) ||
      FAMILIAR.test(w) ||
      NOT_A_NAME.test(w) ||
      isEnglishWord(w));
  return words.some(plain) ? null : words.join(' ');
}

/** Whether the words greeted are the person's own name, whole or one part, as the context spells it. */
function greetsByName(rest: string, contactName: string): boolean {
  const greeted = rest.trim();
  if (greeted === '' || contactName.trim() === '') return false;
  const named = contactName.trim();
  if (greeted === named || named.split(/\s+/).includes(greeted)) return true;
  // "Thanks Priyanka 🙏 all the best to the team": the name comes first, then the line goes on.
  const first = greeted.split(/\s+/)[0] ?? '';
  return first.length > 1 && named.split(/\s+/).includes(first);
}

/**
 * The greeting on a message's first line, if it has one. With the person's name known, greeting
 * them by it is never generic, even when the name looks like a word that would be ("Hi Hr,").
 */
export function parseGreeting(masked: string, contactName = ''): Greeting | null {
  const lineMatch = /^\s*/.exec(masked);
  const lineStart = lineMatch ? lineMatch[0].length : 0;
  const newline = masked.indexOf('\n', lineStart);
  const lineEnd = newline === -1 ? masked.length : newline;
  const line = masked.slice(lineStart, lineEnd);
  // The greeting ends at the first clause mark on the line ("Hi Helen, thanks for…"); the dot
  // of a title ("Dr. Cho") is not one.
  const clause = /[,!:;—–.?]|\s-\s/.exec(line.replace(HONORIFIC_DOT, (m) => `${m.slice(0, -1)} `));
  const head = clause ? line.slice(0, clause.index) : line;
  const end = lineStart + (clause ? clause.index + clause[0].length : line.length);
  const salutation = SALUTATION.exec(head);
  let rest = head;
  let restStart = lineStart;
  if (salutation) {
    rest = head.slice(salutation[0].length);
    restStart = lineStart + salutation[0].length;
    const word = salutation[1]?.toLowerCase() ?? '';
    const thanks = /^(thanks|thank you|many thanks|cheers)$/.test(word);
    if (rest.trim() === '') {
      return thanks ? null : { start: lineStart, end, name: null, generic: true };
    }
    // "Thanks again for Tuesday", "Thank you so much for…": a sentence of thanks, not a greeting.
    if (thanks && THANKS_GOES_ON.test(rest.trim())) return null;
  } else if (!clause || head.split(/\s+/).length > 3 || NOT_A_NAME.test(head)) {
    return null;
  }
  if (salutation && SLOT_GREETED.test(rest.trim()) && !FORM_LETTER_ADDRESS.test(rest.trim())) {
    return { start: lineStart, end, name: null, generic: false, placeholder: true };
  }
  const courtesy = COURTESY_AFTER.exec(rest.trim());
  if (courtesy?.[1] && courtesy[2] && !GENERIC_ADDRESSEE.test(courtesy[1])) {
    const nameStart = restStart + rest.indexOf(courtesy[1]);
    return {
      start: lineStart,
      end,
      generic: false,
      name: {
        text: courtesy[1],
        start: nameStart,
        end: nameStart + courtesy[1].length,
        honorific: courtesy[2].toLowerCase(),
        explicit: salutation !== null,
      },
    };
  }
  // A title alone ("Dear Ma'am", "Respected Engr") greets the person by their title.
  if (HONORIFIC_ALONE.test(rest.trim()))
    return { start: lineStart, end, name: null, generic: true };
  // A title before a name ("Hi Sir Jose") greets that name.
  const titled = HONORIFIC.exec(rest);
  const titledName = titled ? NAME_WORDS.exec(rest.slice(titled[0].length))?.[1] : undefined;
  if (
    titledName === undefined &&
    (GENERIC_ADDRESSEE.test(rest.trim()) ||
      GENERIC_ADDRESSEE_WORDS.test(rest) ||
      (salutation !== null && FAMILIAR.test(rest.trim()))) &&
    !greetsByName(rest, contactName)
  ) {
    return { start: lineStart, end, name: null, generic: true };
  }
  const honorific = HONORIFIC.exec(rest);
  const nameText = honorific ? rest.slice(honorific[0].length) : rest;
  const nameStart = restStart + (honorific ? honorific[0].length : 0);
  const words = NAME_WORDS.exec(nameText);
  const lower = salutation && !words?.[1] ? lowercaseName(nameText) : null;
  if (lower !== null) {
    const at = nameStart + nameText.indexOf(lower);
    return {
      start: lineStart,
      end,
      generic: false,
      name: { text: lower, start: at, end: at + lower.length, honorific: null, explicit: true },
    };
  }
  if (!words?.[1] || STAND_INS.has(words[1].toLowerCase())) {
    return salutation ? { start: lineStart, end, name: null, generic: false } : null;
  }
  if (!salutation && nameText.trim() !== words[1]) return null;
  return {
    start: lineStart,
    end,
    generic: false,
    name: {
      text: words[1],
      start: nameStart,
      end: nameStart + words[1].length,
      honorific: honorific?.[1]?.toLowerCase() ?? null,
      explicit: salutation !== null,
    },
  };
}

const CLOSING_LINE =
  /^[ \t]*(?:[-–—]+[ \t]*)?(?:(?:(?:best|kind|warm|warmest|many|with|very|all)[ \t]+){0,3}(?:wishes|regards|thanks|thank you|gratitude|best)|best|cheers|sincerely|yours(?: sincerely| faithfully| truly)?|warmly|respectfully|all the best|take care|speak soon|talk soon|thanks again|with thanks|love)[ \t]*[,.!]?[ \t]*$/i;
const SIGNATURE_LINE =
  /^[ \t]*(?:[-–—]+[ \t]*)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}[ \t]*$/u;

/** Where a message's sign-off block starts (its length when there is none). */
export function findClosingStart(masked: string): number {
  let end = masked.length;
  let closing = masked.length;
  for (let guard = 0; guard < 4; guard += 1) {
    while (end > 0 && /\s/.test(masked[end - 1] ?? '')) end -= 1;
    const lineStart = masked.lastIndexOf('\n', end - 1) + 1;
    if (lineStart === 0) break;
    const line = masked.slice(lineStart, end);
    if (!CLOSING_LINE.test(line) && !SIGNATURE_LINE.test(line)) break;
    closing = lineStart;
    end = lineStart - 1;
  }
  return closing;
}

/** Analyses a message once for all rules. */
export function createDocument(input: CoachInput): CoachDocument {
  const normalized = normalizeInput(input);
  const text = normalized.text;
  const rooms = findRooms(text);
  const masked = blank(text, rooms);
  const tokens = tokenize(masked);
  const { canon, sentences, canonical } = canonicalize(tokens);
  const cache = new Map<string, unknown>();
  return {
    input: normalized,
    text,
    masked,
    rooms,
    tokens,
    canonical,
    canon,
    sentences,
    greeting: parseGreeting(masked, normalized.context.contactName),
    closingStart: findClosingStart(masked),
    spanOf(canonicalStart, canonicalEnd) {
      const first = tokenAt(canon, canonicalStart);
      const last = tokenAt(canon, Math.max(canonicalStart, canonicalEnd - 1));
      return { start: first?.start ?? 0, end: last?.end ?? text.length };
    },
    memo<T>(key: string, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };
}

/** The canonical token covering a position in the canonical text (binary search). */
export function tokenIndexAt(canon: readonly CanonicalToken[], position: number): number {
  let low = 0;
  let high = canon.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((canon[mid]?.at ?? 0) <= position) low = mid;
    else high = mid - 1;
  }
  return low;
}

function tokenAt(canon: readonly CanonicalToken[], position: number) {
  return canon[tokenIndexAt(canon, position)];
}

/** The sentences between the greeting and the sign-off (a sentence the greeting opens counts). */
export function bodySentences(doc: CoachDocument): Sentence[] {
  const from = doc.greeting?.end ?? 0;
  return doc.sentences.filter((s) => s.end > from && s.start < doc.closingStart);
}
