import type { CoachDocument } from '../document';
import { memoByArray } from '../memo';
import { defineRule, type BaseRuleOptions, type RuleFinding } from '../rule';
import { foldName } from '../text/tokens';
import { GENERIC_WORDS, STOP_WORDS } from '../text/words';

export interface OtherCompanyOptions extends BaseRuleOptions {
  /** Legal suffixes ignored when matching names (`Acme Ltd` is `Acme`). */
  suffixes: readonly string[];
  /** Words after a bare first word that show it names an organisation (`the Kestrel team`). */
  organisationCues: readonly string[];
}

interface Entry {
  name: string;
  words: string[];
  /**
   * The name without the kind of organisation it ends in ("Medway Vale" of "Medway Vale NHS
   * Trust"), when at least two words remain: how people write it in a sentence.
   */
  core: string[];
}

/** Words that end a name by saying what kind of organisation it is, not which one. */
const KIND_WORDS = new Set([
  'nhs',
  'trust',
  'foundation',
  'hospital',
  'hospitals',
  'group',
  'holdings',
  'partners',
  'partnership',
  'services',
  'council',
  'university',
  'college',
  'school',
  'academy',
  'agency',
  'authority',
  'department',
  'company',
  'companies',
  'international',
  'global',
  'uk',
  'usa',
  'us',
  'and',
  '&',
]);

/** The words of a name before the words that only say what kind of organisation it is. */
function coreOf(words: readonly string[]): string[] {
  let end = words.length;
  while (end > 0 && KIND_WORDS.has(words[end - 1] ?? '')) end -= 1;
  return end >= 2 && end < words.length ? words.slice(0, end) : [];
}

interface Part {
  word: string;
  raw: string;
  start: number;
  end: number;
  /** First word of a sentence, where a capital letter says nothing. */
  initial: boolean;
}

/** Words before a bare first word that show it names an organisation (`everyone at Kestrel`). */
const PRECEDING_CUES = new Set(['at', 'join', 'joining', 'joined']);

const SUFFIXES = [
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'plc',
  'corp',
  'corporation',
  'co',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'bv',
  'nv',
  'pty',
  'pte',
  'srl',
  'spa',
  'oy',
  'ab',
  'as',
  'kk',
];
const CUES = [
  "'s",
  'team',
  'teams',
  'folks',
  'crew',
  'office',
  'offices',
  'people',
  'staff',
  'culture',
  'product',
  'products',
  'engineering',
  'leadership',
  'hiring',
  'interview',
  'interviews',
  'group',
  'family',
  'brand',
  'board',
  'recruiters',
  'colleagues',
  'mission',
  'community',
];

/** A word of a name with its possessive, as the text's words are read: "Finbarr's" is finbarr, 's. */
const POSSESSIVE = /^(.+)['’]s$/u;

function wordsOfName(name: string, suffixes: ReadonlySet<string>): string[] {
  const words = name
    .split(/[^\p{L}\p{N}'’]+/u)
    .flatMap((w) => {
      const possessive = POSSESSIVE.exec(w);
      return possessive ? [foldName(possessive[1] as string), "'s"] : [foldName(w)];
    })
    .filter((w) => w.length > 0);
  while (words.length > 1 && suffixes.has(words[words.length - 1] ?? '')) words.pop();
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words;
}

const indexCache = new WeakMap<readonly string[], Map<string, Map<string, Entry[]>>>();

/** Other companies by first word, built once per list: the text is then scanned in one pass. */
function indexOf(doc: CoachDocument, suffixes: ReadonlySet<string>): Map<string, Entry[]> {
  const { otherCompanies, company, facts } = doc.input.context;
  const byKey = memoByArray(
    indexCache,
    otherCompanies,
    () => new Map<string, Map<string, Entry[]>>(),
  );
  const key = `${company}\u0000${facts.join('\u0001')}`;
  const cached = byKey.get(key);
  if (cached) return cached;
  // Every word of this company's name, legal suffix included: another company called just
  // "Ltd" or "Labs" is not named by writing "Acme Labs".
  const own = new Set(wordsOfName(company, new Set()));
  const discussed = foldName(facts.join(' '));
  const index = new Map<string, Entry[]>();
  for (const name of otherCompanies) {
    const words = wordsOfName(name, suffixes);
    const first = words[0];
    // Skip names that are part of this company's (Google vs Google Cloud) or that were discussed.
    if (!first || words.every((w) => own.has(w)) || discussed.includes(words.join(' '))) continue;
    const list = index.get(first) ?? [];
    const core = coreOf(words);
    const coreKnown = core.every((w) => own.has(w)) || discussed.includes(core.join(' '));
    list.push({ name, words, core: coreKnown ? [] : core });
    index.set(first, list);
  }
  byKey.set(key, index);
  return index;
}

function partsOf(doc: CoachDocument): Part[] {
  const parts: Part[] = [];
  let initial = true;
  for (const token of doc.tokens) {
    if (token.kind !== 'word') {
      initial = token.kind === 'break' || /^[.!?:]/.test(token.text);
      continue;
    }
    const possessive = /['’]s$/i.test(token.text);
    const base = possessive ? token.text.slice(0, -2) : token.text;
    let offset = token.start;
    for (const raw of base.split('-')) {
      parts.push({ word: foldName(raw), raw, start: offset, end: offset + raw.length, initial });
      offset += raw.length + 1;
      initial = false;
    }
    if (possessive)
      parts.push({ word: "'s", raw: "'s", start: token.end - 2, end: token.end, initial: false });
  }
  return parts;
}

function matchAt(parts: readonly Part[], i: number, words: readonly string[]): boolean {
  return words.every((w, k) => parts[i + k]?.word === w);
}

/** `accuracy/other-company`: a company from another application, a copy-paste slip. */
export const otherCompanyRule = defineRule<OtherCompanyOptions>({
  id: 'accuracy/other-company',
  category: 'accuracy',
  defaults: { severity: 'error', suffixes: SUFFIXES, organisationCues: CUES },
  create(options) {
    const suffixes = new Set(options.suffixes);
    const cues = new Set(options.organisationCues);
    return (doc) => {
      if (doc.input.context.otherCompanies.length === 0) return [];
      const index = indexOf(doc, suffixes);
      const parts = partsOf(doc);
      const ownWords = new Set(
        wordsOfName(
          `${doc.input.context.company} ${doc.input.context.contactName} ${doc.input.context.role}`,
          suffixes,
        ),
      );
      const found: RuleFinding[] = [];
      const company = doc.input.context.company;
      for (let i = 0; i < parts.length; i += 1) {
        const part = parts[i];
        // The sign-off carries the writer's own name, which may happen to share a word with
        // another company (Ana Lidl applying to Aldi and Lidl): that is not a copy-paste slip.
        if (part && part.start >= doc.closingStart) break;
        const entries = part ? index.get(part.word) : undefined;
        if (!part || !entries) continue;
        for (const entry of entries) {
          const full = matchAt(parts, i, entry.words);
          const capital = /^\p{Lu}/u.test(part.raw);
          const next = parts[i + 1]?.word ?? '';
          const previous = parts[i - 1]?.word ?? '';
          const single = entry.words.length === 1;
          const common = STOP_WORDS.has(part.word) || GENERIC_WORDS.has(part.word);
          let hit = false;
          let partial = false;
          const core = !full && capital && entry.core.length > 0 && matchAt(parts, i, entry.core);
          if (full && !single) hit = true;
          else if (core) hit = true;
          else if (full && single) hit = capital && !common && (!part.initial || cues.has(next));
          else if (
            !single &&
            capital &&
            !part.initial &&
            !common &&
            part.word.length >= 4 &&
            !ownWords.has(part.word) &&
            (cues.has(next) || PRECEDING_CUES.has(previous))
          ) {
            hit = true;
            partial = true;
          }
          if (!hit) continue;
          const matched = partial ? 1 : core ? entry.core.length : entry.words.length;
          const last = parts[i + matched - 1] ?? part;
          found.push({
            start: part.start,
            end: last.end,
            severity: partial ? 'warning' : options.severity,
            message: `${entry.name} is one of your other applications, but this message is for ${company || 'another company'}. A name from another letter is the surest sign of copy and paste, and it is the one slip a reader never forgets.`,
            ...(company !== '' && { suggestion: company }),
          });
          i += matched - 1;
          break;
        }
      }
      return found;
    };
  },
});
