import { describe, expect, it } from 'vitest';
import type { Application } from '../../api/applications';
import {
  countClosed,
  filterApplications,
  groupByStage,
  sortApplications,
} from './filter-applications';

function app(overrides: Partial<Application>): Application {
  return {
    id: `app_${Math.random().toString(36).slice(2)}`,
    company: 'Acme',
    role: 'Data Analyst',
    link: null,
    source: null,
    location: null,
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    postingText: null,
    notes: null,
    stage: 'applied',
    stageChangedAt: '2026-11-01T10:00:00.000Z',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

const list = [
  app({ company: 'Zoë Labs', role: 'Designer', stage: 'interview' }),
  app({ company: 'Acme', role: 'Data Analyst', stage: 'rejected' }),
  app({ company: 'Borealis', role: 'Data Engineer', stage: 'applied', location: 'Oslo' }),
];

describe('filtering applications', () => {
  it('folds closed applications away unless asked for', () => {
    const open = filterApplications(list, { search: '', stages: [], showClosed: false });
    expect(open.map((a) => a.company)).toEqual(['Zoë Labs', 'Borealis']);
    expect(filterApplications(list, { search: '', stages: [], showClosed: true })).toHaveLength(3);
    expect(countClosed(list)).toBe(1);
  });

  it('shows a closed stage when it is filtered for explicitly', () => {
    const rejected = filterApplications(list, {
      search: '',
      stages: ['rejected'],
      showClosed: false,
    });
    expect(rejected.map((a) => a.company)).toEqual(['Acme']);
  });

  it('finds every word in company, role or location, ignoring case and accents', () => {
    const found = (search: string) =>
      filterApplications(list, { search, stages: [], showClosed: true }).map((a) => a.company);
    expect(found('zoe')).toEqual(['Zoë Labs']);
    expect(found('data oslo')).toEqual(['Borealis']);
    expect(found('DATA')).toEqual(['Acme', 'Borealis']);
  });
});

describe('sorting and grouping', () => {
  it('sorts by company either way', () => {
    const names = (d: 'asc' | 'desc') => sortApplications(list, 'company', d).map((a) => a.company);
    expect(names('asc')).toEqual(['Acme', 'Borealis', 'Zoë Labs']);
    expect(names('desc')).toEqual(['Zoë Labs', 'Borealis', 'Acme']);
  });

  it('sorts by pipeline order of stage', () => {
    expect(sortApplications(list, 'stage', 'asc').map((a) => a.stage)).toEqual([
      'applied',
      'interview',
      'rejected',
    ]);
  });

  it('groups into every stage, empty ones included', () => {
    const groups = groupByStage(list);
    expect(groups.interview).toHaveLength(1);
    expect(groups.offer).toEqual([]);
  });
});
