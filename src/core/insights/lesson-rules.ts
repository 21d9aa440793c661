import { FEEDBACK_SILENCE } from '../recovery/timing-rules';
import type { FunnelSlice, FunnelStage } from './funnel';
import type { Insights, Lesson } from './insights';
import { companies, count, monthOfDay, outOf, percent, quoted, times } from './lesson-words';
import type { Theme } from './themes';

/**
 * One rule per kind of lesson. Each returns nothing when the evidence is too thin to say anything
 * useful. The voice is a coach's: rejection is the usual outcome of an application, so patterns
 * are "places to focus", never faults, and wins are named as wins.
 */
export type LessonFacts = Omit<Insights, 'lessons' | 'generatedAt'>;

/** A lesson with how strongly the evidence speaks, for ordering. */
export interface RankedLesson {
  lesson: Lesson;
  strength: number;
}

const MIN_REPEATS = 2;

const stepOf = (slice: FunnelSlice, stage: FunnelStage) =>
  slice.steps.find((s) => s.stage === stage);

export function encouragement(facts: LessonFacts): Lesson | undefined {
  const { applications, rejections, interviews } = facts.progress;
  if (applications === 0) return undefined;
  const sofar =
    rejections === 0 ? 'none has ended in a no yet' : `${rejections} ended in a no so far`;
  return {
    id: 'encouragement',
    kind: 'encouragement',
    title: 'Most applications end in a no — for everyone',
    detail:
      `You have sent ${count(applications, 'application')} and ${sofar}. ` +
      (interviews > 0
        ? `${count(interviews, 'application')} got you to an interview, which is where the next offer comes from. `
        : '') +
      'Each rejection below is information, not a verdict.',
    evidence: [
      { label: 'Applications sent', value: String(applications) },
      { label: 'Rejections', value: String(rejections) },
      { label: 'Reached an interview', value: String(interviews) },
    ],
    applications: [],
    link: { to: 'funnel' },
  };
}

export function interviewsWin(facts: LessonFacts): RankedLesson | undefined {
  const { interviews, finals, offers, applications, recentInterviews } = facts.progress;
  if (interviews === 0) return undefined;
  const further = [
    finals > 0 ? `${count(finals, 'final round')}` : '',
    offers > 0 ? `${count(offers, 'offer')}` : '',
  ].filter((s) => s !== '');
  return {
    strength: 2 + interviews / Math.max(1, applications) + offers,
    lesson: {
      id: 'win:interviews',
      kind: 'win',
      title:
        offers > 0
          ? `You have ${count(offers, 'offer')} to show for it`
          : `You reached ${count(interviews, 'interview')}`,
      detail:
        `${outOf(interviews, applications, 'application')} got to an interview` +
        (further.length > 0 ? `, with ${further.join(' and ')}. ` : '. ') +
        'Getting that far means your experience reads well on paper.',
      evidence: [
        { label: 'Reached an interview', value: outOf(interviews, applications) },
        { label: 'Reached a final round', value: String(finals) },
        { label: 'Offers', value: String(offers) },
      ],
      applications: recentInterviews.map(({ id, company, role }) => ({ id, company, role })),
      link: { to: 'funnel' },
    },
  };
}

export function feedbackWin(facts: LessonFacts): RankedLesson | undefined {
  const { feedbackAnswered, feedbackReceived, medianDaysToFeedback, feedbackDelays } =
    facts.followThrough;
  if (feedbackReceived.count === 0) return undefined;
  const typical = 1 - FEEDBACK_SILENCE.neverReceiveShare;
  const aboveTypical = feedbackAnswered.share !== null && feedbackAnswered.share > typical;
  return {
    strength: 1.5 + feedbackReceived.count / 4,
    lesson: {
      id: 'win:feedback',
      kind: 'win',
      title: `Feedback came back ${times(feedbackReceived.count)}`,
      detail:
        (feedbackAnswered.of > 0
          ? `${feedbackAnswered.count} of your ${count(feedbackAnswered.of, 'request')} got an answer${aboveTypical ? ' — better than most' : ''}. `
          : '') +
        `About ${percent(FEEDBACK_SILENCE.neverReceiveShare)} of candidates never receive any (${FEEDBACK_SILENCE.neverReceiveSource}), so each answer is worth keeping.` +
        (medianDaysToFeedback !== null
          ? ` The typical wait was ${count(Math.round(medianDaysToFeedback), 'day')}.`
          : ''),
      evidence: [
        { label: 'Feedback received', value: String(feedbackReceived.count) },
        { label: 'Requests answered', value: outOf(feedbackAnswered.count, feedbackAnswered.of) },
        {
          label: 'Median days to reply',
          value: medianDaysToFeedback === null ? '—' : String(medianDaysToFeedback),
        },
      ],
      applications: feedbackDelays
        .slice(0, 10)
        .map(({ id, company, role }) => ({ id, company, role })),
      link: { to: 'follow-through' },
    },
  };
}

export function followThroughWin(facts: LessonFacts): RankedLesson | undefined {
  const { thankYou, thankYouStreak } = facts.followThrough;
  const streak = thankYouStreak.current;
  if (streak < 3 && (thankYou.share === null || thankYou.share < 0.6 || thankYou.count < 3)) {
    return undefined;
  }
  return {
    strength: 1.2 + Math.max(streak, thankYou.count) / 5,
    lesson: {
      id: 'win:thank-you',
      kind: 'win',
      title: streak >= 3 ? `${streak} thank-you notes in a row` : 'You thank people after a no',
      detail:
        `You sent a thank-you after ${outOf(thankYou.count, thankYou.of, 'rejection')} where someone made the call. ` +
        'Gracious runners-up are the ones called back when the first choice falls through.',
      evidence: [
        { label: 'Thank-you notes sent', value: outOf(thankYou.count, thankYou.of) },
        { label: 'Current run', value: String(streak) },
        { label: 'Longest run', value: String(thankYouStreak.best) },
      ],
      applications: [],
      link: { to: 'follow-through' },
    },
  };
}

export function reEngagementWin(facts: LessonFacts): RankedLesson | undefined {
  const { reEngagements } = facts.followThrough;
  if (reEngagements.ledToInterview === 0) return undefined;
  const led = reEngagements.items.filter(
    (r) => r.later.furthest !== null && r.later.furthest !== 'applied',
  );
  return {
    strength: 2.5 + reEngagements.ledToInterview,
    lesson: {
      id: 'win:re-engagement',
      kind: 'win',
      title: 'A no turned into a new interview',
      detail:
        `${outOf(reEngagements.ledToInterview, reEngagements.followedUp, 'time')} you went back to a company that had said no` +
        (reEngagements.viaContact > 0 ? ', or through someone you met there,' : '') +
        ` and got an interview${led.length > 0 ? ` — at ${companies(led.map((r) => r.later))}` : ''}. Keeping in touch pays.`,
      evidence: [
        { label: 'Went back after a no', value: String(reEngagements.followedUp) },
        { label: 'Led to an interview', value: String(reEngagements.ledToInterview) },
        { label: 'Through someone you met', value: String(reEngagements.viaContact) },
      ],
      applications: led.slice(0, 10).map((r) => r.later),
      link: { to: 'follow-through' },
    },
  };
}

export function practiceWin(facts: LessonFacts): RankedLesson | undefined {
  const { practised, reviews, dayStreak } = facts.practice;
  if (practised === 0) return undefined;
  return {
    strength: 1 + dayStreak.current / 3 + practised / 10,
    lesson: {
      id: 'win:practice',
      kind: 'win',
      title:
        dayStreak.current >= 2
          ? `${dayStreak.current} days of practice in a row`
          : `You have practised ${count(practised, 'question')}`,
      detail: `${count(reviews, 'practice round')} across ${count(practised, 'question')} so far. The next time one comes up, you will have said it out loud before.`,
      evidence: [
        { label: 'Questions practised', value: String(practised) },
        { label: 'Practice rounds', value: String(reviews) },
        { label: 'Longest run of days', value: String(dayStreak.best) },
      ],
      applications: [],
      link: { to: 'practice' },
    },
  };
}

const STAGE_ADVICE: Record<FunnelStage, string> = {
  applied:
    'Before anyone talks to you, the CV and the first lines of the application do the work: tailoring them to each posting is where a change shows first.',
  screen:
    'Recruiter screens are short and much alike from one company to the next; a rehearsed two-minute story and a ready answer on pay and timing go a long way.',
  interview:
    'The questions that caught you out are listed under themes and waiting in your practice deck: practising them is the most direct help.',
  final:
    'Reaching the final round means you were close, often one of two. Feedback is most useful here, and so is keeping in touch: runners-up get the next call.',
  offer:
    'Things ended even after an offer stage; that is rare and usually about their circumstances, not you.',
};

export function rejectionStagePattern(facts: LessonFacts): RankedLesson | undefined {
  const { overall } = facts.funnel;
  if (overall.rejections < 3) return undefined;
  const top = [...overall.steps].sort((a, b) => b.rejected - a.rejected)[0];
  if (top === undefined || top.rejected / overall.rejections < 0.4) return undefined;
  const share = top.rejected / overall.rejections;
  return {
    strength: 2 + share * 2,
    lesson: {
      id: `stage:${top.stage}`,
      kind: 'pattern',
      title: `Most no's come after the ${top.label.toLowerCase()} stage`,
      detail: `${outOf(top.rejected, overall.rejections, 'rejection')} came after ${top.stage === 'applied' ? 'applying, before any conversation' : `the ${top.label.toLowerCase()} stage`}. ${STAGE_ADVICE[top.stage]}`,
      evidence: [
        {
          label: `Rejections after ${top.label.toLowerCase()}`,
          value: outOf(top.rejected, overall.rejections),
        },
        {
          label: 'Reached that stage',
          value: outOf(stepOf(overall, top.stage)?.reached ?? 0, overall.applications),
        },
      ],
      applications: [],
      link: { to: 'funnel' },
    },
  };
}

export function sourcePattern(facts: LessonFacts): RankedLesson | undefined {
  const { overall, bySource } = facts.funnel;
  const rate = (slice: FunnelSlice) => stepOf(slice, 'interview')?.fromApplied ?? 0;
  const overallRate = rate(overall);
  const candidates = bySource.filter((s) => s.key !== '' && s.applications >= 3);
  const best = [...candidates].sort(
    (a, b) => rate(b) - rate(a) || b.applications - a.applications,
  )[0];
  if (best === undefined || candidates.length < 2 || rate(best) === 0) return undefined;
  if (rate(best) < overallRate * 1.5) return undefined;
  const reached = stepOf(best, 'interview')?.reached ?? 0;
  return {
    strength: 1.5 + (rate(best) - overallRate) * 3,
    lesson: {
      id: `source:${best.key}`,
      kind: 'win',
      title: `${best.label} works well for you`,
      detail: `${outOf(reached, best.applications, 'application')} from ${best.label} reached an interview, against ${percent(overallRate)} overall. More of your effort there may pay back faster.`,
      evidence: [
        { label: `${best.label}: reached an interview`, value: outOf(reached, best.applications) },
        { label: 'All sources', value: percent(overallRate) },
      ],
      applications: [],
      link: { to: 'funnel' },
    },
  };
}

const refs = (theme: Theme) =>
  theme.applications.slice(0, 10).map(({ id, company, role }) => ({ id, company, role }));
const lastSeen = (theme: Theme) =>
  `most recently at ${theme.applications[0]?.company ?? 'one of them'} (${monthOfDay(theme.lastSeen)})`;

export function skillPattern(facts: LessonFacts): RankedLesson | undefined {
  const top = facts.themes.missingSkills.items[0];
  if (top === undefined || top.count < MIN_REPEATS) return undefined;
  const inFeedback = top.applications.filter((a) => a.via.some((v) => v !== 'reflection')).length;
  return {
    strength: 1.5 + top.score,
    lesson: {
      id: `skill:${top.key}`,
      kind: 'pattern',
      title: `${top.label} keeps coming up`,
      detail:
        `It came up as a gap in ${count(top.count, 'rejection')}, ${lastSeen(top)}` +
        (inFeedback > 0 ? `, and employers named it themselves ${times(inFeedback)}` : '') +
        '. A small project, a course or a story from related work could close it.',
      evidence: [
        { label: 'Rejections', value: String(top.count) },
        { label: 'Named by employers', value: String(inFeedback) },
      ],
      applications: refs(top),
      link: { to: 'themes' },
    },
  };
}

export function questionPattern(facts: LessonFacts): RankedLesson | undefined {
  const top = facts.themes.questions.items[0];
  if (top === undefined || top.count < MIN_REPEATS) return undefined;
  return {
    strength: 1.6 + top.score,
    lesson: {
      id: `question:${top.key}`,
      kind: 'pattern',
      title: `A question that keeps catching you out`,
      detail: `${quoted(top.label)} tripped you up in ${count(top.count, 'interview')}, ${lastSeen(top)}. It is in your practice deck: a STAR answer rehearsed a few times makes it one you look forward to.`,
      evidence: [
        { label: 'Times it came up', value: String(top.count) },
        { label: 'Wordings', value: String(top.wordings.length) },
      ],
      applications: refs(top),
      link: { to: 'practice', cardId: top.key },
    },
  };
}

export function fitPattern(facts: LessonFacts): RankedLesson | undefined {
  const { fit, fitProblems } = facts.themes;
  const answered = fit.yes + fit.partly + fit.no;
  const notFit = fit.partly + fit.no;
  if (notFit < 3 || notFit / answered < 0.4) return undefined;
  const top = fitProblems.items.find((t) => t.key !== 'unstated' && t.count >= MIN_REPEATS);
  return {
    strength: 1.2 + notFit / answered,
    lesson: {
      id: 'fit',
      kind: 'pattern',
      title: 'Some of these jobs were not right for you anyway',
      detail:
        `In ${outOf(notFit, answered, 'reflection')} you said the job was not, or only partly, a fit for your life` +
        (top ? ` — most often ${top.label.toLowerCase()} (${times(top.count)})` : '') +
        '. Checking that before applying saves your energy for the ones that fit.',
      evidence: [
        { label: 'Not a fit', value: String(fit.no) },
        { label: 'Partly a fit', value: String(fit.partly) },
        { label: 'A fit', value: String(fit.yes) },
      ],
      applications: top ? refs(top) : [],
      link: { to: 'themes' },
    },
  };
}

export function forgottenPattern(facts: LessonFacts): RankedLesson | undefined {
  const top = facts.themes.forgotten.items[0];
  if (top === undefined || top.count < MIN_REPEATS) return undefined;
  return {
    strength: 1 + top.score,
    lesson: {
      id: `forgotten:${top.key}`,
      kind: 'pattern',
      title: 'A story that keeps slipping out',
      detail: `You noted ${times(top.count)} afterwards that you meant to mention ${quoted(top.label)}. Writing it into one of your STAR answers, or opening with it, keeps it from slipping again.`,
      evidence: [{ label: 'Times noted', value: String(top.count) }],
      applications: refs(top),
      link: { to: 'themes' },
    },
  };
}
