import { describe, expect, it } from 'vitest';
import { emptyReflection, type Reflection } from '../recovery/reflection';
import { computeThemes, type ThemeSource } from './recurring';
import { rankThemes, recencyWeight, THEME_HALF_LIFE_DAYS, type ThemeOccurrence } from './themes';

const apps = new Map(
  ['a1', 'a2', 'a3', 'a4', 'a5'].map((id, i) => [
    id,
    { id, company: `Co ${i + 1}`, role: 'Analyst' },
  ]),
);
const TODAY = '2026-11-26';

function seen(
  key: string,
  applicationId: string,
  on: string,
  extra: Partial<ThemeOccurrence> = {},
) {
  return { key, label: key, wording: key, applicationId, on, via: 'reflection' as const, ...extra };
}

describe('ranking themes', () => {
  it('weighs a sighting 1 today and half after each half-life', () => {
    expect(recencyWeight(0)).toBe(1);
    expect(recencyWeight(THEME_HALF_LIFE_DAYS)).toBeCloseTo(0.5);
    expect(recencyWeight(2 * THEME_HALF_LIFE_DAYS)).toBeCloseTo(0.25);
    expect(recencyWeight(-5)).toBe(1);
  });

  it('puts three recent sightings above four old ones', () => {
    const ranked = rankThemes(
      [
        ...['a1', 'a2', 'a3', 'a4'].map((id) => seen('old', id, '2025-11-01')),
        ...['a1', 'a2', 'a3'].map((id) => seen('recent', id, '2026-11-01')),
      ],
      { today: TODAY, applications: apps },
    );
    expect(ranked.items.map((t) => [t.key, t.count])).toEqual([
      ['recent', 3],
      ['old', 4],
    ]);
    expect(ranked.items[0]?.score).toBeGreaterThan(ranked.items[1]?.score ?? Infinity);
  });

  it('counts an application once per theme, keeping its latest day and every source', () => {
    const ranked = rankThemes(
      [
        seen('k8s', 'a1', '2026-10-01'),
        seen('k8s', 'a1', '2026-10-03', { via: 'feedback' }),
        seen('k8s', 'a2', '2026-09-01', { via: 'reason' }),
      ],
      { today: TODAY, applications: apps },
    );
    const theme = ranked.items[0];
    expect(theme).toMatchObject({ count: 2, firstSeen: '2026-09-01', lastSeen: '2026-10-03' });
    expect(theme?.applications.map((a) => [a.id, a.on, a.via])).toEqual([
      ['a1', '2026-10-03', ['reflection', 'feedback']],
      ['a2', '2026-09-01', ['reason']],
    ]);
  });

  it('breaks ties by count, then the latest sighting, then the name', () => {
    const ranked = rankThemes(
      [
        seen('beta', 'a1', '2026-11-26'),
        seen('alpha', 'a2', '2026-11-26'),
        seen('gamma', 'a3', '2026-11-26'),
      ],
      { today: TODAY, applications: apps },
    );
    expect(ranked.items.map((t) => t.key)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('lists the most recent applications up to the limit, and counts them all', () => {
    const days = ['2026-01-01', '2026-03-01', '2026-05-01', '2026-07-01', '2026-09-01'];
    const ranked = rankThemes(
      ['a1', 'a2', 'a3', 'a4', 'a5'].map((id, i) => seen('sql', id, days[i] as string)),
      { today: TODAY, applications: apps, applicationLimit: 2, limit: 1 },
    );
    expect(ranked.items[0]?.count).toBe(5);
    expect(ranked.items[0]?.applications.map((a) => a.id)).toEqual(['a5', 'a4']);
    expect(ranked.distinct).toBe(1);
  });

  it('ignores sightings of applications it does not know, and has nothing for nothing', () => {
    expect(rankThemes([seen('x', 'gone', TODAY)], { today: TODAY, applications: apps })).toEqual({
      items: [],
      distinct: 0,
    });
    expect(rankThemes([], { today: TODAY, applications: apps }).items).toEqual([]);
  });

  it('names a theme by its commonest label and lists wordings most common first', () => {
    const ranked = rankThemes(
      [
        seen('q', 'a1', TODAY, { label: 'Card', wording: 'tell me about a failure' }),
        seen('q', 'a2', TODAY, { label: 'Card', wording: 'Tell me about a time you failed' }),
        seen('q', 'a3', TODAY, { label: 'Card', wording: 'Tell me about a time you failed' }),
      ],
      { today: TODAY, applications: apps },
    );
    expect(ranked.items[0]?.wordings).toEqual([
      'Tell me about a time you failed',
      'tell me about a failure',
    ]);
  });
});

function reflection(overrides: Partial<Reflection>): Reflection {
  return { ...emptyReflection('2026-11-01T10:00:00.000Z'), ...overrides };
}

function source(id: string, on: string, overrides: Partial<ThemeSource> = {}): ThemeSource {
  return {
    applicationId: id,
    rejectedOn: on,
    reason: null,
    reflection: null,
    feedback: null,
    ...overrides,
  };
}

describe('recurring themes from reflections and feedback', () => {
  const themes = (
    sources: ThemeSource[],
    questions: Parameters<typeof computeThemes>[0]['questions'] = [],
  ) => computeThemes({ sources, questions, applications: apps, today: TODAY });

  it('has nothing to show with no rejections', () => {
    const empty = themes([]);
    expect(empty.reflections).toBe(0);
    expect(empty.missingSkills.items).toEqual([]);
    expect(empty.fit).toEqual({ yes: 0, partly: 0, no: 0, unanswered: 0 });
  });

  it('merges synonyms across reflections, feedback and the reason given', () => {
    const result = themes([
      source('a1', '2026-10-01', {
        reflection: reflection({ missingSkills: [{ tag: 'k8s', label: 'k8s' }] }),
      }),
      source('a2', '2026-10-02', { feedback: 'We needed deeper Kubernetes experience.' }),
      source('a3', '2026-10-03', { reason: 'Looking for someone with K8S.' }),
    ]);
    expect(result.missingSkills.items[0]).toMatchObject({
      key: 'kubernetes',
      label: 'Kubernetes',
      count: 3,
    });
    expect(result.feedback).toBe(1);
  });

  it('counts a skill named inside a longer phrase as that skill, even as saved before', () => {
    const result = themes([
      source('a1', '2026-10-01', {
        // Saved before phrases were read by their head: the tag is the phrase's own key.
        reflection: reflection({
          missingSkills: [{ tag: 'd3jsdatavisualization', label: 'D3.js data visualization' }],
        }),
      }),
      source('a2', '2026-10-02', {
        reflection: reflection({
          missingSkills: [{ tag: 'data-visualization', label: 'Data visualization' }],
        }),
      }),
    ]);
    expect(result.missingSkills.items).toHaveLength(1);
    expect(result.missingSkills.items[0]).toMatchObject({
      key: 'data-visualization',
      label: 'Data visualization',
      count: 2,
    });
  });

  it('groups forgotten experiences by what they say', () => {
    const result = themes([
      source('a1', '2026-10-01', {
        reflection: reflection({ forgotToHighlight: ['Mentoring two junior analysts'] }),
      }),
      source('a2', '2026-10-02', {
        reflection: reflection({ forgotToHighlight: ['That I mentored junior analysts'] }),
      }),
      source('a3', '2026-10-03', {
        reflection: reflection({ forgotToHighlight: ['The migration I led'] }),
      }),
    ]);
    expect(result.forgotten.items.map((t) => t.count)).toEqual([2, 1]);
  });

  it('counts fit answers of written reflections and sorts the reasons for no and partly', () => {
    const result = themes([
      source('a1', '2026-10-01', { reflection: reflection({ fit: 'no', fitWhy: 'Long commute' }) }),
      source('a2', '2026-10-02', {
        reflection: reflection({ fit: 'partly', fitWhy: 'Great people, but a two-hour commute' }),
      }),
      source('a3', '2026-10-03', { reflection: reflection({ fit: 'yes', fitWhy: 'All good' }) }),
      source('a4', '2026-10-04', { reflection: reflection({ fit: 'no', fitWhy: null }) }),
      source('a5', '2026-10-05', { reflection: reflection({ feeling: 'calm' }) }),
    ]);
    expect(result.fit).toEqual({ yes: 1, partly: 1, no: 2, unanswered: 0 });
    expect(result.reflections).toBe(4);
    expect(result.fitProblems.items.map((t) => [t.key, t.count])).toEqual([
      ['location', 2],
      ['unstated', 1],
    ]);
  });

  it('files questions under their practice card, dated by the rejection', () => {
    const result = themes(
      [source('a1', '2026-10-01'), source('a2', '2026-11-01')],
      [
        {
          cardId: 'crd_1',
          cardQuestion: 'Tell me about a failure',
          applicationId: 'a1',
          question: 'tell me about a failure',
        },
        {
          cardId: 'crd_1',
          cardQuestion: 'Tell me about a failure',
          applicationId: 'a2',
          question: 'Tell me about a time you failed',
        },
        { cardId: 'crd_2', cardQuestion: 'Orphan', applicationId: 'a9', question: 'Orphan' },
      ],
    );
    expect(result.questions.items).toHaveLength(1);
    expect(result.questions.items[0]).toMatchObject({
      key: 'crd_1',
      label: 'Tell me about a failure',
      count: 2,
      lastSeen: '2026-11-01',
    });
  });
});
