import { describe, expect, it } from 'vitest';
import { interestsOf, type Interest, type InterestProfile } from './interests';
import {
  freshness,
  FRESHNESS_FLOOR,
  rankSuggestions,
  relevance,
  type SuggestionCandidate,
} from './suggest';

const NOW = '2026-12-08T12:00:00.000Z';
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();

const HELEN: InterestProfile = {
  contact: {
    name: 'Helen Cho',
    company: 'Acme Robotics Inc.',
    title: 'Senior Engineering Manager',
    tags: ['warehouse automation'],
  },
  applications: [{ company: 'Acme Robotics Inc.', role: 'Firmware Engineer' }],
  topics: [{ topic: 'motor controller bring-up', company: 'Acme Robotics Inc.' }],
};

describe('interestsOf', () => {
  const interests = interestsOf(HELEN);
  const byKind = (kind: Interest['kind']) => interests.filter((i) => i.kind === kind);

  it.each([
    ['company', ['acme', 'robotics'], true, 'Mentions Acme Robotics Inc., where Helen works'],
    [
      'topic',
      ['motor', 'controller', 'bring'],
      false,
      'About motor controller bring-up, which you discussed in your Acme Robotics Inc. interview',
    ],
    [
      'tag',
      ['warehouse', 'automation'],
      false,
      'Fits “warehouse automation”, a tag you gave Helen',
    ],
    [
      'title',
      ['engineering', 'manager'],
      false,
      'Close to Helen’s work as Senior Engineering Manager',
    ],
    [
      'role',
      ['firmware', 'engineer'],
      false,
      'Close to the Firmware Engineer role at Acme Robotics Inc.',
    ],
  ] as const)('finds the %s with its terms and reason', (kind, terms, phrase, reason) => {
    const [interest] = byKind(kind);
    expect(interest).toMatchObject({ terms, phrase, reason });
  });

  it('asks for half of three or four terms, and all of one, two or a phrase', () => {
    expect(byKind('topic')[0]?.atLeast).toBe(2);
    expect(byKind('title')[0]?.atLeast).toBe(2);
    expect(byKind('company')[0]?.atLeast).toBe(2);
  });

  it('keeps the stronger reason when the workplace is also an application', () => {
    expect(byKind('company')).toHaveLength(1);
    expect(byKind('company')[0]?.weight).toBe(3);
  });

  it.each([
    [{ contact: null, applications: [], topics: [] }, 0],
    [
      {
        contact: { name: 'Sam', company: null, title: null, tags: [] },
        applications: [],
        topics: [],
      },
      0,
    ],
    // A title of seniority words alone says nothing about the field.
    [
      {
        contact: { name: 'Sam', company: null, title: 'Senior Lead', tags: [] },
        applications: [],
        topics: [],
      },
      0,
    ],
    [
      {
        contact: null,
        applications: [{ company: 'Umbra GmbH', role: 'Data Analyst' }],
        topics: [],
      },
      2,
    ],
  ] as const)('makes only the interests there is something for (%#)', (profile, count) => {
    expect(interestsOf(profile as InterestProfile)).toHaveLength(count);
  });
});

describe('freshness and relevance', () => {
  it.each([
    [0, 1],
    [30, 0.5],
    [60, 0.25],
    [730, FRESHNESS_FLOOR],
    [-3, 1],
  ])('an article %i days old is worth %d', (days, expected) => {
    expect(freshness(daysAgo(days), NOW)).toBeCloseTo(expected, 5);
  });

  it('counts the strongest match in full and each further one half as much', () => {
    const of = (weight: number) => ({ weight }) as Interest;
    expect(relevance([of(1), of(3), of(2)])).toBeCloseTo(3 + 1 + 0.25);
    expect(relevance([])).toBe(0);
  });
});

describe('rankSuggestions', () => {
  const interests = interestsOf(HELEN);
  const id = (kind: Interest['kind']) => interests.find((i) => i.kind === kind)?.id ?? '';
  const candidate = (
    name: string,
    ageDays: number | null,
    matches: Interest['kind'][],
  ): SuggestionCandidate => ({
    id: name,
    title: `Article ${name}`,
    url: `https://news.example/${name}`,
    publishedAt: ageDays === null ? null : daysAgo(ageDays),
    addedAt: daysAgo(1),
    matches: matches.map(id),
  });
  const rank = (candidates: SuggestionCandidate[], alreadySent: string[] = [], limit = 5) =>
    rankSuggestions(interests, candidates, { now: NOW, alreadySent: new Set(alreadySent), limit });

  it.each([
    {
      name: 'this week’s news beats a two-year-old piece on the same company',
      candidates: [candidate('old', 730, ['company']), candidate('new', 3, ['company'])],
      order: ['new', 'old'],
    },
    {
      name: 'this week’s field news beats a two-year-old piece about their company',
      candidates: [candidate('old', 730, ['company']), candidate('field', 3, ['role'])],
      order: ['field', 'old'],
    },
    {
      name: 'a piece naming their company beats one on their field of the same age',
      candidates: [candidate('field', 5, ['title']), candidate('company', 5, ['company'])],
      order: ['company', 'field'],
    },
    {
      name: 'two matches beat one',
      candidates: [candidate('one', 5, ['topic']), candidate('two', 5, ['topic', 'tag'])],
      order: ['two', 'one'],
    },
    {
      name: 'an undated article counts from when it was stored',
      candidates: [candidate('undated', null, ['company']), candidate('month', 30, ['company'])],
      order: ['undated', 'month'],
    },
    {
      name: 'articles matching nothing are left out',
      candidates: [candidate('none', 1, []), candidate('tag', 10, ['tag'])],
      order: ['tag'],
    },
    {
      name: 'equal scores go newest first, then by id',
      candidates: [candidate('b', 4, ['tag']), candidate('a', 4, ['tag'])],
      order: ['a', 'b'],
    },
  ])('$name', ({ candidates, order }) => {
    expect(rank(candidates).map((s) => s.id)).toEqual(order);
  });

  it('never suggests an article already sent to them', () => {
    const candidates = [candidate('sent', 1, ['company']), candidate('fresh', 20, ['tag'])];
    expect(rank(candidates, ['sent']).map((s) => s.id)).toEqual(['fresh']);
  });

  it('gives the reason in words, naming the second match too', () => {
    const [top] = rank([candidate('both', 2, ['tag', 'company'])]);
    expect(top?.reason).toBe(
      'Mentions Acme Robotics Inc., where Helen works; fits “warehouse automation”, a tag you gave Helen',
    );
    expect(top?.published).toBe(daysAgo(2));
  });

  it('returns at most the limit, once per article', () => {
    const many = Array.from({ length: 8 }, (_, i) => candidate(`a${i}`, i, ['tag']));
    expect(rank([...many, ...many], [], 3).map((s) => s.id)).toEqual(['a0', 'a1', 'a2']);
  });
});
