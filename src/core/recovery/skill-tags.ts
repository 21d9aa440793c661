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
 * The tag for one skill as typed. Known skills get their canonical tag and label; others get
 * their comparison key as the tag and keep the user's wording as the label. Blank or
 * punctuation-only input has no tag.
 */
export function normalizeSkill(text: string): SkillTag | undefined {
  const key = skillKey(text);
  if (key === '') return undefined;
  const known = INDEX.get(key);
  return known ? { tag: known.tag, label: known.label } : { tag: key, label: tidy(text) };
}

/** Normalizes a list of skills, dropping blanks and repeats (the first spelling wins). */
export function normalizeSkills(texts: readonly string[]): SkillTag[] {
  const seen = new Map<string, SkillTag>();
  for (const text of texts) {
    const skill = normalizeSkill(text);
    if (skill && !seen.has(skill.tag)) seen.set(skill.tag, skill);
  }
  return [...seen.values()];
}

/** Whether two spellings name the same skill. */
export function sameSkill(a: string, b: string): boolean {
  const left = normalizeSkill(a);
  return left !== undefined && left.tag === normalizeSkill(b)?.tag;
}
