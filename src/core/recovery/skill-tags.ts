import { SKILL_SYNONYMS, type SkillSynonym } from './skill-synonyms';

/** A skill or qualification as insights count it: a stable `tag` and a `label` to show. */
export interface SkillTag {
  tag: string;
  label: string;
}

/**
 * The form two spellings of a skill are compared in: case, accents, spacing and punctuation
 * fall away, while the symbols that carry meaning survive as words (`C++` → `cplusplus`,
 * `C#` → `csharp`, `.NET` → `dotnet`), so `C`, `C#` and `C++` stay apart.
 */
export function skillKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/(^|[\s/,(])\.(?=\p{L})/gu, '$1dot')
    .replace(/\+/g, 'plus')
    .replace(/#/g, 'sharp')
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function buildIndex(entries: readonly SkillSynonym[]): Map<string, SkillSynonym> {
  const index = new Map<string, SkillSynonym>();
  for (const entry of entries) {
    for (const spelling of [entry.tag, entry.label, ...entry.aliases]) {
      index.set(skillKey(spelling), entry);
    }
  }
  return index;
}

const INDEX = buildIndex(SKILL_SYNONYMS);

/** Tidies what the user typed for display: trimmed, inner whitespace collapsed. */
function tidy(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * Nouns that say how well you know something rather than what: in "experience with Kubernetes"
 * the skill is the object of the preposition, not the head noun.
 */
const LIGHT_HEADS = new Set([
  'background',
  'command',
  'experience',
  'exposure',
  'expertise',
  'familiarity',
  'fluency',
  'knowledge',
  'proficiency',
  'skill',
  'skills',
  'understanding',
]);

/** Prepositions that end a skill's noun phrase and start what qualifies it. */
const LINKS = new Set(['for', 'in', 'of', 'on', 'through', 'using', 'via', 'with']);

/** Qualifiers that turn a skill into its absence; a phrase led by one is left alone. */
const NEGATIONS = new Set(['no', 'non', 'not', 'without']);

const lookup = (words: readonly string[]) => INDEX.get(skillKey(words.join(' ')));

/**
 * The known skill a noun phrase is a kind of. English puts the head of a noun phrase last and
 * its qualifiers first, so "D3.js data visualization" and "Bayesian statistics" are kinds of
 * data visualization and statistics: the longest known tail of the words names the skill.
 * Only whole words count, so "React Native" stays apart from React.
 */
function knownHead(words: readonly string[]): SkillSynonym | undefined {
  for (let start = 1; start < words.length; start += 1) {
    const qualifier = words[start - 1]?.toLowerCase() ?? '';
    if (NEGATIONS.has(qualifier)) return undefined;
    const known = lookup(words.slice(start));
    if (known) return known;
  }
  return undefined;
}

/**
 * The known skill a phrase names when it is not a spelling in the synonym table: a note in
 * brackets is set aside, "X with Y" is a kind of X (or of Y when X is a word like "experience"),
 * and otherwise the head of the phrase decides (see {@link knownHead}).
 */
function knownByPhrase(text: string): SkillSynonym | undefined {
  const words = text
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const whole = lookup(words);
  if (whole) return whole;
  const link = words.findIndex(
    (w, i) => i > 0 && i < words.length - 1 && LINKS.has(w.toLowerCase()),
  );
  if (link < 0) return knownHead(words);
  const head = words.slice(0, link);
  const named = lookup(head) ?? knownHead(head);
  if (named) return named;
  const last = head.at(-1)?.toLowerCase() ?? '';
  return LIGHT_HEADS.has(last) ? knownByPhrase(words.slice(link + 1).join(' ')) : undefined;
}

/**
 * The tag for one skill as typed. Known skills, by any spelling or as the head of a longer
 * phrase ("D3.js data visualization"), get their canonical tag and label; others get their
 * comparison key as the tag and keep the user's wording as the label. Blank or
 * punctuation-only input has no tag.
 */
export function normalizeSkill(text: string): SkillTag | undefined {
  const key = skillKey(text);
  if (key === '') return undefined;
  const known = INDEX.get(key) ?? knownByPhrase(text);
  return known ? { tag: known.tag, label: known.label } : { tag: key, label: tidy(text) };
}

/**
 * A skill to keep in a reflection: its tag as {@link normalizeSkill} gives it, but a phrase
 * that says more than the skill's name keeps the user's words as its label, so "D3.js data
 * visualization" is counted as data visualization without losing the D3.js.
 */
function skillToKeep(text: string): SkillTag | undefined {
  const skill = normalizeSkill(text);
  if (skill === undefined || INDEX.has(skillKey(text))) return skill;
  return { tag: skill.tag, label: tidy(text) };
}

/** The known skill a comparison key (see {@link skillKey}) stands for, if any. */
export function knownSkillByKey(key: string): SkillTag | undefined {
  const known = INDEX.get(key);
  return known && { tag: known.tag, label: known.label };
}

/**
 * Normalizes a list of skills for keeping, dropping blanks and repeats (the first spelling
 * wins); see {@link skillToKeep} for the labels.
 */
export function normalizeSkills(texts: readonly string[]): SkillTag[] {
  const seen = new Map<string, SkillTag>();
  for (const text of texts) {
    const skill = skillToKeep(text);
    if (skill && !seen.has(skill.tag)) seen.set(skill.tag, skill);
  }
  return [...seen.values()];
}

/** Whether two spellings name the same skill. */
export function sameSkill(a: string, b: string): boolean {
  const left = normalizeSkill(a);
  return left !== undefined && left.tag === normalizeSkill(b)?.tag;
}
