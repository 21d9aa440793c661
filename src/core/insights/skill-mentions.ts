import { SKILL_SYNONYMS } from '../recovery/skill-synonyms';
import { knownSkillByKey, skillKey, type SkillTag } from '../recovery/skill-tags';

/**
 * Finds the known skills a piece of prose mentions — feedback an employer sent, the reason they
 * gave — so a gap named there counts beside the ones the user listed in a reflection. Only skills
 * in the synonym table are recognised: free text is full of words that are not skills.
 */

/** The longest spelling in the synonym table, in words: no longer phrase needs checking. */
const MAX_WORDS = Math.max(
  ...SKILL_SYNONYMS.flatMap((s) => [s.label, ...s.aliases].map((a) => a.split(/\s+/).length)),
);

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
    if (trimmed !== '') out.push({ text: trimmed, startsSentence: sentenceStart });
    sentenceStart = endsSentence;
  }
  return out;
}

function writtenAsSkill(word: RawWord): boolean {
  if (word.startsSentence) return /^[A-Z]{2,}$/.test(word.text);
  return /[A-Z]/.test(word.text);
}

/** The known skills mentioned in `text`, each once, in the order they first appear. */
export function findSkillMentions(text: string): SkillTag[] {
  const list = rawWords(text);
  const found = new Map<string, SkillTag>();
  let i = 0;
  while (i < list.length) {
    let matched = 0;
    for (let n = Math.min(MAX_WORDS, list.length - i); n >= 1 && matched === 0; n -= 1) {
      const phrase = list.slice(i, i + n);
      const key = skillKey(phrase.map((w) => w.text).join(' '));
      const skill = key === '' ? undefined : knownSkillByKey(key);
      if (skill === undefined) continue;
      const first = phrase[0] as RawWord;
      if (n === 1 && EVERYDAY_WORDS.has(key) && !writtenAsSkill(first)) continue;
      if (!found.has(skill.tag)) found.set(skill.tag, skill);
      matched = n;
    }
    i += Math.max(1, matched);
  }
  return [...found.values()];
}
