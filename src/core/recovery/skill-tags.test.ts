import { describe, expect, it } from 'vitest';
import { SKILL_SYNONYMS } from './skill-synonyms';
import { normalizeSkill, normalizeSkills, sameSkill, skillKey } from './skill-tags';

describe('skill tags', () => {
  it.each([
    ['k8s', 'Kubernetes'],
    ['K8S', 'kubernetes '],
    ['Node.js', 'nodejs'],
    ['node js', 'NODE.JS'],
    ['Postgres', 'PostgreSQL'],
    ['people management', 'People-Management'],
    ['Managing people', 'people management'],
    ['CI/CD', 'ci-cd'],
    ['.NET', 'dotnet'],
    ['C#', 'c sharp'],
    ['C++', 'cpp'],
    ['Data visualisation', 'data viz'],
    ['Español', 'spanish'],
    ['stakeholder mgmt', 'Stakeholder Management'],
    ['Industry  experience.', 'industry experience'],
    ['Go', 'golang'],
    // A longer phrase is a kind of the skill at its head, or of what a word like "experience"
    // is about.
    ['D3.js data visualization', 'Data visualization'],
    ['Bayesian statistics', 'stats'],
    ['Advanced Power BI', 'Power BI'],
    ['Data visualization (D3.js)', 'dataviz'],
    ['Data visualisation with D3', 'data viz'],
    ['Hands-on experience with Kubernetes', 'k8s'],
    ['Strong knowledge of SQL', 'SQL'],
    ['Experience in D3.js data visualization', 'Data visualization'],
  ])('"%s" and "%s" meet', (a, b) => {
    expect(sameSkill(a, b)).toBe(true);
  });

  it.each([
    ['C', 'C++'],
    ['C', 'C#'],
    ['C#', 'C++'],
    ['Java', 'JavaScript'],
    ['SQL', 'MySQL'],
    ['Python', 'Ruby'],
    // Only a whole-word tail names the skill; a qualifier in front does not.
    ['React Native', 'React'],
    ['Kubernetes operators', 'Kubernetes'],
    ['Python scripting', 'Python'],
    ['No SQL', 'SQL'],
    ['Experience', 'Industry experience'],
    ['Passion for statistics', 'Statistics'],
  ])('"%s" and "%s" stay apart', (a, b) => {
    expect(sameSkill(a, b)).toBe(false);
  });

  it('gives known skills their canonical tag and label, and keeps the wording of others', () => {
    expect(normalizeSkill('k8s')).toEqual({ tag: 'kubernetes', label: 'Kubernetes' });
    expect(normalizeSkill('  Supply-chain   planning ')).toEqual({
      tag: 'supplychainplanning',
      label: 'Supply-chain planning',
    });
    expect(normalizeSkill('日本語')).toEqual({ tag: '日本語', label: '日本語' });
    expect(normalizeSkill(' -- ')).toBeUndefined();
  });

  it('labels a phrase by its skill for insights, and keeps the words in a reflection', () => {
    expect(normalizeSkill('D3.js data visualization')).toEqual({
      tag: 'data-visualization',
      label: 'Data visualization',
    });
    expect(normalizeSkills(['D3.js  data visualization', 'Data visualization'])).toEqual([
      { tag: 'data-visualization', label: 'D3.js data visualization' },
    ]);
  });

  it('drops blanks and repeats, keeping the first spelling', () => {
    expect(
      normalizeSkills(['k8s', 'SQL', 'Kubernetes', '', 'sql queries', 'Ruby', 'ruby']),
    ).toEqual([
      { tag: 'kubernetes', label: 'Kubernetes' },
      { tag: 'sql', label: 'SQL' },
      { tag: 'ruby', label: 'Ruby' },
    ]);
  });

  it('gives every spelling in the synonym table to one tag only', () => {
    const owner = new Map<string, string>();
    for (const entry of SKILL_SYNONYMS) {
      for (const spelling of [entry.tag, entry.label, ...entry.aliases]) {
        const key = skillKey(spelling);
        const seen = owner.get(key);
        expect(
          seen === undefined || seen === entry.tag,
          `${spelling} is in ${seen} and ${entry.tag}`,
        ).toBe(true);
        owner.set(key, entry.tag);
      }
    }
  });
});
