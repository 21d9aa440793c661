import { newId } from '../core/ids';
import type { Article, FeedSource } from '../core/reading/article';
import { REFRESH_INTERVAL_MINUTES } from '../core/reading/refresh-schedule';
import type { Db } from '../storage/database';
import { insertNewArticles } from '../storage/repositories/articles';
import { insertFeedSources } from '../storage/repositories/feed-sources';
import { DEMO_COMPANIES } from './demo-data';
import { DAY, iso, random } from './demo-support';

/** Invented publications on reserved `.example` addresses: clearly samples, never anyone's site. */
const SOURCES = [
  {
    key: 'ops',
    title: 'Operations Weekly (sample)',
    host: 'ops-weekly.example',
    path: '/feed.xml',
  },
  {
    key: 'data',
    title: 'Data Team Notes (sample)',
    host: 'datateam-notes.example',
    path: '/atom.xml',
  },
  {
    key: 'product',
    title: 'Product & Engineering Digest (sample)',
    host: 'pe-digest.example',
    path: '/feed.json',
  },
  {
    key: 'industry',
    title: 'Industry Roundup (sample)',
    host: 'industry-roundup.example',
    path: '/rss',
  },
] as const;
type SourceKey = (typeof SOURCES)[number]['key'];

/**
 * The sample's feed addresses. Reserved `.example` names never resolve, so no source a user
 * follows can have one: removing the sample may remove these by address alone.
 */
export const SAMPLE_FEED_URLS: readonly string[] = SOURCES.map((s) => `https://${s.host}${s.path}`);

/** Articles about the sample's interview topics, roles and peer tags, written for the sample. */
const FIELD_ARTICLES: readonly [SourceKey, string, string][] = [
  [
    'data',
    'A practical guide to migrating a reporting stack to dbt',
    'Models, tests and the order to move them in.',
  ],
  [
    'ops',
    'Opening a second warehouse without losing service levels',
    'Staffing, stock and the first ninety days.',
  ],
  [
    'product',
    'Quarterly planning that teams actually follow',
    'Fewer goals, named owners, a mid-quarter check.',
  ],
  [
    'product',
    'The onboarding redesign playbook',
    'How teams measured and shipped a new first week.',
  ],
  [
    'product',
    'Reducing on-call pages: what worked for five teams',
    'Alert budgets, runbooks and ownership.',
  ],
  [
    'industry',
    'Running a customer advisory board people want to join',
    'Who to invite and what to ask them.',
  ],
  [
    'product',
    'Moving from monthly to weekly releases',
    'Feature flags, smaller changes, calmer launches.',
  ],
  [
    'data',
    'Pricing experiments that surprised their own teams',
    'Three tests and what the data said.',
  ],
  [
    'industry',
    'Employers and community colleges: partnerships that last',
    'Apprenticeships, shared courses, hiring pipelines.',
  ],
  ['data', 'The dashboard a CFO checks every morning', 'Five numbers, one page, no scrolling.'],
  [
    'product',
    'An accessibility audit of a mobile app, step by step',
    'Screen readers, contrast and touch targets.',
  ],
  [
    'data',
    'What hiring managers look for in a senior data analyst',
    'SQL, judgement and the story behind a chart.',
  ],
  ['product', 'How product managers decide what not to build', 'Saying no with evidence.'],
  [
    'product',
    'Backend engineers and the cost of a slow test suite',
    'Why build times shape what teams ship.',
  ],
  ['ops', 'The operations manager’s first month', 'Listening tours, metrics and quick wins.'],
  [
    'product',
    'UX researchers on recruiting the right participants',
    'Screeners, incentives and no-shows.',
  ],
  ['industry', 'Program coordinators keep grants on schedule', 'Calendars, reporting and funders.'],
  ['industry', 'Marketing leads and the budget squeeze', 'Where spend moved this year.'],
  [
    'industry',
    'Customer success managers as renewal forecasters',
    'Health scores that predict churn.',
  ],
  [
    'data',
    'Financial analysts and the rolling forecast',
    'Monthly reforecasts without the overtime.',
  ],
  ['product', 'Site reliability engineers on error budgets', 'Turning an SLO into a weekly habit.'],
  [
    'industry',
    'Alumni networks and the hidden job market',
    'Why a warm introduction still matters.',
  ],
  [
    'industry',
    'Conference season: talks worth catching up on',
    'Recordings from this autumn’s events.',
  ],
  [
    'industry',
    'Meetup organisers on building a local community',
    'Venues, speakers and keeping it going.',
  ],
  [
    'industry',
    'Mentor relationships that last beyond a job search',
    'Checking in without asking for anything.',
  ],
];

/** News about the sample's companies, one or two each. */
function companyArticles(): [SourceKey, string, string][] {
  const templates: [SourceKey, (name: string) => string, string][] = [
    [
      'industry',
      (n) => `${n} announces a new office and fifty roles`,
      'Hiring starts next quarter.',
    ],
    ['ops', (n) => `Inside ${n}’s push to ship faster`, 'Leaders describe the changes.'],
  ];
  return DEMO_COMPANIES.flatMap((company, index) =>
    templates
      .slice(0, index % 3 === 0 ? 2 : 1)
      .map(
        ([key, title, summary]) =>
          [key, title(company.name), summary] as [SourceKey, string, string],
      ),
  );
}

const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Sample sources and their articles, dated over the past three months, so suggestions work on a
 * new workspace with no network. The sources are marked fetched a moment ago; the scheduled
 * refresh would find nothing at these addresses and back off.
 */
export function buildDemoReading(nowMs: number, seed: number) {
  const rng = random(seed + 7);
  const now = iso(nowMs);
  const sources: (FeedSource & { key: SourceKey })[] = SOURCES.map((s) => ({
    key: s.key,
    id: newId('fds'),
    url: `https://${s.host}${s.path}`,
    siteUrl: `https://${s.host}/`,
    title: s.title,
    lastCheckedAt: now,
    lastSuccessAt: now,
    lastError: null,
    failureCount: 0,
    nextCheckAt: iso(nowMs + REFRESH_INTERVAL_MINUTES * 60_000),
    etag: null,
    lastModified: null,
    createdAt: iso(nowMs - 120 * DAY),
    updatedAt: now,
  }));
  const byKey = new Map(sources.map((s) => [s.key, s]));
  const articles: Article[] = [...companyArticles(), ...FIELD_ARTICLES].map(
    ([key, title, summary]) => {
      const source = byKey.get(key) as FeedSource;
      const publishedMs = nowMs - (1 + rng.int(89)) * DAY - rng.int(DAY);
      return {
        id: newId('art'),
        sourceId: source.id,
        url: `${source.siteUrl ?? ''}${slug(title)}`,
        title,
        summary,
        siteName: source.title,
        publishedAt: iso(publishedMs),
        addedAt: iso(Math.min(nowMs, publishedMs + 3_600_000)),
      };
    },
  );
  return { sources: sources.map(({ key: _key, ...source }) => source), articles };
}

/** Writes the sample's sources and articles inside the caller's transaction. */
export async function writeDemoReading(trx: Db, ws: string, nowMs: number, seed: number) {
  const { sources, articles } = buildDemoReading(nowMs, seed);
  await insertFeedSources(trx, ws, sources);
  await insertNewArticles(trx, ws, articles);
  return { sources: sources.length, articles: articles.length };
}
