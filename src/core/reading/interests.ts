import { GENERIC_WORDS, STOP_WORDS } from '../coach/text/words';
import { matchKey } from '../text';

export const INTEREST_KINDS = ['company', 'topic', 'tag', 'title', 'role'] as const;
export type InterestKind = (typeof INTEREST_KINDS)[number];

/**
 * Something a person would like to read about, with the words that find it and the reason in
 * words. An article matches when it holds the company's name as a phrase, or enough of the
 * other terms: all of one or two, half of three or four ("motor controller bring-up" is found
 * in an article on motor controllers).
 */
export interface Interest {
  id: string;
  kind: InterestKind;
  /** Lower-case words; the search engine stems them as it stems the articles. */
  terms: string[];
  /** The terms must appear together and in order (a company's name). */
  phrase: boolean;
  /** How many of the terms an article must hold (all of a phrase). */
  atLeast: number;
  weight: number;
  reason: string;
}

/** What Rebound knows of a person (or of an application) that says what they would read. */
export interface InterestProfile {
  contact: {
    name: string;
    company: string | null;
    title: string | null;
    tags: readonly string[];
  } | null;
  /** Applications the person is linked to, or the one application asked about. */
  applications: readonly { company: string; role: string }[];
  /** Topics discussed in interviews with them, most recent first, with the company. */
  topics: readonly { topic: string; company: string }[];
}

/**
 * How much each kind of match is worth. Their company is the surest sign an article concerns them;
 * a topic you discussed or a tag you chose says what they care about; their field is the loosest.
 */
export const INTEREST_WEIGHTS = {
  workplace: 3,
  company: 2.5,
  topic: 2.5,
  tag: 2,
  title: 1.5,
  role: 1,
} as const;

/** Legal forms that papers often leave out of a company's name. */
const LEGAL_FORMS = new Set(
  'inc incorporated llc ltd limited plc gmbh ag sa sas bv nv corp corporation co pty oy ab spa srl'.split(
    ' ',
  ),
);

/** Words of a job title that say how senior, not what the work is. */
const SENIORITY = new Set(
  'senior sr junior jr lead principal staff head chief associate assistant intern trainee vp vice president director i ii iii iv'.split(
    ' ',
  ),
);

const MAX_TERMS = 4;
const MAX_TOPICS = 6;
const MAX_TAGS = 4;

function wordsIn(value: string): string[] {
  return matchKey(value).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The longest distinctive words, most telling first, in their original order. */
function keyTerms(words: readonly string[]): string[] {
  const unique = [...new Set(words)];
  if (unique.length <= MAX_TERMS) return unique;
  const kept = new Set([...unique].sort((a, b) => b.length - a.length).slice(0, MAX_TERMS));
  return unique.filter((w) => kept.has(w));
}

function topicTerms(topic: string): string[] {
  const words = wordsIn(topic).filter((w) => !STOP_WORDS.has(w));
  const specific = words.filter((w) => !GENERIC_WORDS.has(w));
  return keyTerms(specific.length > 0 ? specific : words);
}

function companyTerms(company: string): string[] {
  const words = wordsIn(company);
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1] ?? '')) words.pop();
  return words;
}

function fieldTerms(title: string): string[] {
  return keyTerms(wordsIn(title).filter((w) => !STOP_WORDS.has(w) && !SENIORITY.has(w)));
}

/** Shortened for a sentence: a long topic reads badly in a reason. */
function quote(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59).trimEnd()}…` : flat;
}

function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/**
 * The interests behind suggestions for one person: the company they work at and the ones you
 * applied to with them, topics from your interviews with them, the tags you gave them, and their
 * field (their job title, the role you discussed). Each interest appears once, the strongest
 * reason winning.
 */
export function interestsOf(profile: InterestProfile): Interest[] {
  const out = new Map<string, Interest>();
  const add = (interest: Omit<Interest, 'id' | 'atLeast'>) => {
    const { terms, phrase } = interest;
    if (terms.length === 0 || terms.join('').length < 2) return;
    const atLeast = phrase || terms.length <= 2 ? terms.length : Math.ceil(terms.length / 2);
    const id = `${phrase ? 'phrase' : atLeast}:${terms.join(' ')}`;
    const existing = out.get(id);
    if (existing === undefined || existing.weight < interest.weight)
      out.set(id, { ...interest, atLeast, id });
  };
  const { contact } = profile;
  const first = contact ? firstNameOf(contact.name) : '';
  if (contact?.company) {
    add({
      kind: 'company',
      terms: companyTerms(contact.company),
      phrase: true,
      weight: INTEREST_WEIGHTS.workplace,
      reason: `Mentions ${contact.company}, where ${first} works`,
    });
  }
  for (const application of profile.applications) {
    add({
      kind: 'company',
      terms: companyTerms(application.company),
      phrase: true,
      weight: INTEREST_WEIGHTS.company,
      reason: `Mentions ${application.company}, where you applied`,
    });
  }
  for (const { topic, company } of profile.topics.slice(0, MAX_TOPICS)) {
    add({
      kind: 'topic',
      terms: topicTerms(topic),
      phrase: false,
      weight: INTEREST_WEIGHTS.topic,
      reason: `About ${quote(topic)}, which you discussed in your ${company} interview`,
    });
  }
  for (const tag of contact?.tags.slice(0, MAX_TAGS) ?? []) {
    add({
      kind: 'tag',
      terms: topicTerms(tag),
      phrase: false,
      weight: INTEREST_WEIGHTS.tag,
      reason: `Fits “${quote(tag)}”, a tag you gave ${first}`,
    });
  }
  if (contact?.title) {
    add({
      kind: 'title',
      terms: fieldTerms(contact.title),
      phrase: false,
      weight: INTEREST_WEIGHTS.title,
      reason: `Close to ${first}’s work as ${quote(contact.title)}`,
    });
  }
  for (const application of profile.applications) {
    add({
      kind: 'role',
      terms: fieldTerms(application.role),
      phrase: false,
      weight: INTEREST_WEIGHTS.role,
      reason: `Close to the ${quote(application.role)} role at ${application.company}`,
    });
  }
  return [...out.values()];
}
