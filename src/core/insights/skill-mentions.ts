import { SKILL_SYNONYMS } from '../recovery/skill-synonyms';
import { knownSkillByKey, skillKey, type SkillTag } from '../recovery/skill-tags';

/**
 * Finds the known skills a piece of prose mentions — feedback an employer sent, the reason they
 * gave — so a gap named there counts beside the ones the user listed in a reflection. Only skills
 * in the synonym table are recognised: free text is full of words that are not skills.
 */

/**
 * Every beginning of every known spelling's key. A phrase's key is the concatenation of its
 * words' keys, so a phrase whose key is no such beginning cannot grow into a skill: the scan
 * stops there instead of trying longer phrases.
 */
const PREFIXES = new Set<string>();
for (const entry of SKILL_SYNONYMS) {
  for (const spelling of [entry.tag, entry.label, ...entry.aliases]) {
    const key = skillKey(spelling);
    for (let i = 1; i <= key.length; i += 1) PREFIXES.add(key.slice(0, i));
  }
}

/**
 * Skill names that are also everyday words or initials ("go", "excel", "react", "ai"). In prose
 * they count only when written the way the skill is (Go, Excel, React, AI) and not as the first
 * word of a sentence, where every word is capitalised.
 */
const EVERYDAY_WORDS = new Set([
  'go',
  'excel',
  'spark',
  'node',
  'react',
  'stats',
  'kube',
  'py',
  'ts',
  'js',
  'pg',
  'ml',
  'ai',
  'ux',
  'agile',
]);

interface RawWord {
  text: string;
  key: string;
  /** Whether a sentence starts with this word. */
  startsSentence: boolean;
}

/** Splits on whitespace, keeping the symbols inside a word (C++, C#, CI/CD, .NET). */
function rawWords(text: string): RawWord[] {
  const out: RawWord[] = [];
  let sentenceStart = true;
  for (const chunk of text.split(/\s+/)) {
    const word = chunk.replace(/^[("'“‘[]+/, '').replace(/[)"'”’\],;:!?]+$/, '');
    const endsSentence = /[.!?]["')”’]*$/.test(chunk);
    const trimmed = word.replace(/\.+$/, (dots) => (/^\.?net$/i.test(word) ? dots : ''));
    if (trimmed !== '') {
      out.push({ text: trimmed, key: skillKey(trimmed), startsSentence: sentenceStart });
    }
    sentenceStart = endsSentence;
  }
  return out;
}

function writtenAsSkill(word: RawWord): boolean {
  if (word.startsSentence) return /^[A-Z]{2,}$/.test(word.text);
  return /[A-Z]/.test(word.text);
}

/** The longest known skill starting at word `i`, and how many words it spans. */
function longestAt(
  list: readonly RawWord[],
  i: number,
): { skill: SkillTag; words: number } | undefined {
  let key = '';
  let best: { skill: SkillTag; words: number } | undefined;
  for (let j = i; j < list.length; j += 1) {
    key += (list[j] as RawWord).key;
    if (!PREFIXES.has(key)) break;
    const skill = knownSkillByKey(key);
    if (skill === undefined) continue;
    const single = j === i;
    if (single && EVERYDAY_WORDS.has(key) && !writtenAsSkill(list[i] as RawWord)) continue;
    best = { skill, words: j - i + 1 };
  }
  return best;
}

const remembered = new Map<string, readonly SkillTag[]>();
const REMEMBERED_LIMIT = 2000;

/** The known skills mentioned in `text`, each once, in the order they first appear. */
export function findSkillMentions(text: string): readonly SkillTag[] {
  const known = remembered.get(text);
  if (known !== undefined) return known;
  const list = rawWords(text);
  const found = new Map<string, SkillTag>();
  let i = 0;
  while (i < list.length) {
    const match = longestAt(list, i);
    if (match !== undefined && !found.has(match.skill.tag)) found.set(match.skill.tag, match.skill);
    i += match?.words ?? 1;
  }
  const result = Object.freeze([...found.values()]);
  // Employers and the sample data reuse the same sentences; their skills are worked out once.
  if (remembered.size >= REMEMBERED_LIMIT) remembered.clear();
  remembered.set(text, result);
  return result;
}
