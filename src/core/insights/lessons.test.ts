import { describe, expect, it } from 'vitest';
import { emptyReflection, type Reflection } from '../recovery/reflection';
import { computeFollowThrough, type FollowThroughRejection } from './follow-through';
import { computeFunnel, furthestFunnelStage, type FunnelApplication } from './funnel';
import { computeProgress, dayStreak, type PracticeProgress } from './insights';
import type { LessonFacts } from './lesson-rules';
import { buildLessons } from './lessons';
import { findReEngagements } from './re-engagement';
import { computeThemes, type QuestionSighting, type ThemeSource } from './recurring';

const TODAY = '2026-11-26';
const zone = 'Europe/London';

interface Scenario {
  applications?: (Partial<FunnelApplication> & { company?: string })[];
  sources?: Partial<ThemeSource>[];
  questions?: QuestionSighting[];
  followUps?: Partial<FollowThroughRejection>[];
  practice?: Partial<PracticeProgress>;
}

/** Every insight of a made-up search, the way the use case puts them together. */
function facts(scenario: Scenario = {}): LessonFacts {
  const apps = new Map(
    (scenario.applications ?? []).map((a, i) => {
      const app = {
        id: `app_${i}`,
        company: a.company ?? `Co ${i}`,
        role: 'Analyst',
        source: 'LinkedIn',
        stage: 'applied' as const,
        startedAt: '2026-09-01T10:00:00.000Z',
        furthestInHistory: null,
        rejectedAfter: null,
        ...a,
      };
      return [app.id, { ...app, furthest: furthestFunnelStage(app) }] as const;
    }),
  );
  const funnel = computeFunnel(apps.values(), { zone, currentMonth: '2026-11' });
  const themes = computeThemes({
    sources: (scenario.sources ?? []).map((s, i) => ({
      applicationId: `app_${i}`,
      rejectedOn: '2026-11-01',
      reason: null,
      reflection: null,
      feedback: null,
      ...s,
    })),
    questions: scenario.questions ?? [],
    applications: apps,
    today: TODAY,
  });
  const followThrough = computeFollowThrough(
    (scenario.followUps ?? []).map((r, i) => ({
      id: `app_${i}`,
      company: `Co ${i}`,
      role: 'Analyst',
      rejectedOn: '2026-10-01',
      stageReached: 'interview',
      humanContact: true,
      thankYouAt: null,
      feedbackRequestedAt: null,
      feedbackReceivedOn: null,
      ...r,
    })),
    [],
    { today: TODAY, zone, replyDays: 7, feedbackWaitDays: 10 },
  );
  return {
    today: TODAY,
    timeZone: zone,
    progress: computeProgress(funnel, apps.values()),
    funnel,
    themes,
    followThrough: { ...followThrough, reEngagements: findReEngagements(apps, [], { zone }) },
    practice: {
      cards: 0,
      due: 0,
      practised: 0,
      reviews: 0,
      dayStreak: { current: 0, best: 0 },
      lastPractisedOn: null,
      ...scenario.practice,
    },
  };
}

const reflection = (overrides: Partial<Reflection>): Reflection => ({
  ...emptyReflection('2026-11-01T10:00:00.000Z'),
  ...overrides,
});
const rejectedAt = (stage: FunnelApplication['stage'], n: number) =>
  Array.from({ length: n }, () => ({ stage: 'rejected' as const, furthestInHistory: stage }));
const ids = (lessons: ReturnType<typeof buildLessons>) => lessons.map((l) => l.id);

describe('lessons', () => {
  it('has nothing to say before the first application', () => {
    expect(buildLessons(facts())).toEqual([]);
  });

  it('starts with encouragement, even before any rejection', () => {
    const lessons = buildLessons(facts({ applications: [{}, { stage: 'screen' }] }));
    expect(ids(lessons)).toEqual(['encouragement']);
    expect(lessons[0]?.detail).toContain('none has ended in a no yet');
  });

  it('names the stage where most rejections happen, with advice for that stage', () => {
    const lessons = buildLessons(
      facts({ applications: [...rejectedAt('screen', 3), ...rejectedAt('final', 1)] }),
    );
    const stage = lessons.find((l) => l.id === 'stage:screen');
    expect(stage?.title).toBe("Most no's come after the screen stage");
    expect(stage?.detail).toMatch(
      /^3 of 4 rejections came after the screen stage\. Recruiter screens/,
    );
  });

  it('says nothing about stages when rejections are spread out or too few', () => {
    const spread = facts({
      applications: [
        ...rejectedAt('applied', 2),
        ...rejectedAt('screen', 2),
        ...rejectedAt('interview', 2),
      ],
    });
    expect(ids(buildLessons(spread)).some((id) => id.startsWith('stage:'))).toBe(false);
    const few = facts({ applications: rejectedAt('screen', 2) });
    expect(ids(buildLessons(few)).some((id) => id.startsWith('stage:'))).toBe(false);
  });

  it('names a gap once it comes back, and links a recurring question to its card', () => {
    const skill = { missingSkills: [{ tag: 'kubernetes', label: 'Kubernetes' }] };
    const apps = rejectedAt('interview', 3);
    const once = buildLessons(
      facts({ applications: apps, sources: [{ reflection: reflection(skill) }] }),
    );
    expect(ids(once)).not.toContain('skill:kubernetes');
    const twice = buildLessons(
      facts({
        applications: apps,
        sources: [{ reflection: reflection(skill) }, { feedback: 'More Kubernetes, please.' }],
        questions: [0, 1].map((i) => ({
          cardId: 'crd_fail',
          cardQuestion: 'Tell me about a failure',
          applicationId: `app_${i}`,
          question: 'Tell me about a failure',
        })),
      }),
    );
    const skillLesson = twice.find((l) => l.id === 'skill:kubernetes');
    expect(skillLesson?.detail).toContain('employers named it themselves once');
    expect(skillLesson?.applications.map((a) => a.id).sort()).toEqual(['app_0', 'app_1']);
    expect(twice.find((l) => l.id === 'question:crd_fail')?.link).toEqual({
      to: 'practice',
      cardId: 'crd_fail',
    });
  });

  it('puts a win among the first three whenever there is one', () => {
    const lessons = buildLessons(
      facts({
        applications: [...rejectedAt('screen', 6), { stage: 'interview' }],
        sources: [0, 1, 2].map(() => ({
          reflection: reflection({ missingSkills: [{ tag: 'sql', label: 'SQL' }] }),
        })),
      }),
    );
    expect(lessons[0]?.kind).toBe('encouragement');
    expect(lessons.slice(1, 3).some((l) => l.kind === 'win')).toBe(true);
  });

  it('celebrates recent progress, and stays quiet when the recent months went less well', () => {
    const month = (m: string, stage: FunnelApplication['stage'], n: number) =>
      Array.from({ length: n }, () => ({ startedAt: `2026-${m}-10T10:00:00.000Z`, stage }));
    const better = [
      ...month('04', 'applied', 6),
      ...month('08', 'screen', 3),
      ...month('09', 'screen', 3),
    ];
    expect(ids(buildLessons(facts({ applications: better })))).toContain('win:progress');
    const worse = [
      ...month('04', 'screen', 6),
      ...month('08', 'applied', 3),
      ...month('09', 'applied', 3),
    ];
    expect(ids(buildLessons(facts({ applications: worse })))).not.toContain('win:progress');
  });

  it('points out a source that works better than the rest', () => {
    const from = (source: string, stage: FunnelApplication['stage'], n: number) =>
      Array.from({ length: n }, () => ({ source, stage }));
    const lessons = buildLessons(
      facts({
        applications: [...from('Referral', 'interview', 3), ...from('Job board', 'applied', 6)],
      }),
    );
    expect(lessons.find((l) => l.id === 'source:referral')?.detail).toContain(
      '3 of 3 applications from Referral reached an interview, against 33% overall',
    );
  });

  it('speaks kindly: no blame, no scolding, in every lesson it can write', () => {
    const at = '2026-10-02T09:00:00.000Z';
    const lessons = buildLessons(
      facts({
        applications: [...rejectedAt('screen', 5), { stage: 'offer' }, { stage: 'interview' }],
        sources: [0, 1, 2, 3].map(() => ({
          feedback: 'Deeper SQL needed.',
          reflection: reflection({
            fit: 'no',
            fitWhy: 'Long commute',
            forgotToHighlight: ['The migration I led'],
            missingSkills: [{ tag: 'sql', label: 'SQL' }],
          }),
        })),
        followUps: [0, 1, 2, 3].map(() => ({
          thankYouAt: at,
          feedbackRequestedAt: at,
          feedbackReceivedOn: '2026-10-09',
        })),
        practice: { practised: 2, reviews: 6, dayStreak: { current: 3, best: 3 } },
      }),
    );
    expect(lessons.length).toBeGreaterThanOrEqual(6);
    for (const lesson of lessons) {
      const words = `${lesson.title} ${lesson.detail}`.replace(/“[^”]*”/g, '');
      expect(words).not.toMatch(
        /\b(fail(ed|ure)?|should|must|poor|bad|wrong|mistakes?|lazy|only \d|you need to)\b/i,
      );
    }
  });
});

describe('practice streaks and progress', () => {
  it.each([
    [[], { current: 0, best: 0 }],
    [['2026-11-26'], { current: 1, best: 1 }],
    [['2026-11-24', '2026-11-25'], { current: 2, best: 2 }],
    [['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-24'], { current: 0, best: 3 }],
    [['2026-11-25', '2026-11-25', '2026-11-26', '2026-10-01'], { current: 2, best: 2 }],
    [['2026-02-28', '2026-03-01', '2026-11-26'], { current: 1, best: 2 }],
  ])('days %j make a streak of %j', (days, expected) => {
    expect(dayStreak(days, TODAY)).toEqual(expected);
  });

  it('lists the ten most recent applications that reached an interview', () => {
    const month = (i: number) => String(i + 1).padStart(2, '0');
    const f = facts({
      applications: [
        ...Array.from({ length: 12 }, (_, i) => ({
          stage: 'interview' as const,
          startedAt: `2026-${month(i)}-01T10:00:00.000Z`,
        })),
        { stage: 'screen', startedAt: '2026-11-20T10:00:00.000Z' },
      ],
    });
    expect(f.progress.interviews).toBe(12);
    expect(f.progress.recentInterviews.map((a) => a.id)).toEqual(
      [11, 10, 9, 8, 7, 6, 5, 4, 3, 2].map((i) => `app_${i}`),
    );
  });
});
