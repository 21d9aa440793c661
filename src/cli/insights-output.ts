import type { FollowThrough, ShareOf } from '../core/insights/follow-through';
import type { FunnelSlice } from '../core/insights/funnel';
import type { Insights } from '../core/insights/insights';
import type { ReEngagementSummary } from '../core/insights/re-engagement';
import type { RankedThemes } from '../core/insights/themes';
import { STAR_PARTS, STAR_PROMPTS } from '../core/practice/card';
import type { PracticeCardDetail, PracticeCardPage, PracticeCardView } from '../use-cases/practice';
import { formatTable } from './output';
import { wrap } from './recovery-output';
import { count as plural } from '../core/words';

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
const shareText = ({ count, of, share }: ShareOf) => `${count} of ${of} (${percent(share)})`;
/** A label and its value, the labels padded to line up. */
const row = (label: string, value: string) => `${label.padEnd(26)}${value}`;

/** A funnel slice as table rows: one per stage, with how many got there and how it ended. */
function funnelRows(slice: FunnelSlice): string[][] {
  return slice.steps.map((step) => [
    step.label,
    String(step.reached),
    percent(step.conversion),
    String(step.rejected),
    String(step.ghosted + step.withdrawn),
    String(step.open),
  ]);
}

/** One line per slice: how many were sent and how many reached each stage. */
function sliceLine(slice: FunnelSlice): string[] {
  return [
    slice.label,
    String(slice.applications),
    ...slice.steps.slice(1).map((s) => String(s.reached)),
    String(slice.rejections),
  ];
}

function funnelSection(insights: Insights): string[] {
  const { funnel } = insights;
  const heads = ['', 'Sent', 'Screen', 'Interview', 'Final', 'Offer', 'Rejected'];
  return [
    'Funnel — how far applications got (from each one’s stage history)',
    formatTable(
      [
        'Stage',
        'Reached',
        'From stage before',
        'Rejected there',
        'Ghosted/withdrawn',
        'Still open',
      ],
      funnelRows(funnel.overall),
    ),
    '',
    'By month started',
    formatTable(heads, funnel.byMonth.map(sliceLine)),
    '',
    'By source',
    formatTable(heads, funnel.bySource.map(sliceLine)),
    ...(funnel.savedOnly > 0 ? [`(Left out: ${funnel.savedOnly} saved but never sent.)`] : []),
  ];
}

function themeLines(title: string, ranked: RankedThemes, empty: string): string[] {
  if (ranked.items.length === 0) return [title, `  ${empty}`];
  const rows = ranked.items
    .slice(0, 8)
    .map((theme) => [
      theme.label,
      String(theme.count),
      theme.lastSeen,
      [...new Set(theme.applications.map((a) => a.company))].slice(0, 3).join(', '),
    ]);
  return [title, formatTable(['', 'Times', 'Last', 'At'], rows, 60)];
}

function themesSection(insights: Insights): string[] {
  const { themes } = insights;
  const fit = themes.fit;
  return [
    `Recurring themes — across ${plural(themes.reflections, 'reflection')} and ${plural(themes.feedback, 'piece', 'pieces')} of feedback (recent ones count more)`,
    ...themeLines('Skills they wanted', themes.missingSkills, 'None noted yet.'),
    '',
    ...themeLines('Questions that tripped you up', themes.questions, 'None noted yet.'),
    '',
    ...themeLines('Experiences you forgot to mention', themes.forgotten, 'None noted yet.'),
    '',
    ...themeLines(
      `Why a job was not quite a fit (fit: ${fit.yes} yes, ${fit.partly} partly, ${fit.no} no)`,
      themes.fitProblems,
      'Nothing noted.',
    ),
  ];
}

function reEngagementLines(r: ReEngagementSummary): string[] {
  const lines = [
    row(
      'Went back after a no',
      `${r.followedUp} (${r.viaContact} through someone you met, ${r.viaCompany} to the same company)`,
    ),
    row(
      '…and got an interview',
      `${r.ledToInterview}${r.ledToOffer > 0 ? `, ${r.ledToOffer} to an offer` : ''}`,
    ),
  ];
  for (const item of r.items.slice(0, 5)) {
    lines.push(
      `  ${item.rejected.company}: rejected ${item.rejected.rejectedOn}, then ${item.later.role} reached ${item.later.furthest ?? 'nothing yet'} (${item.later.id})`,
    );
  }
  return lines;
}

function followThroughSection(f: FollowThrough & { reEngagements: ReEngagementSummary }): string[] {
  return [
    `Follow-through — after ${plural(f.rejections, 'rejection')} (${f.withSomeone} with a person behind them)`,
    row(
      'Thank-you sent',
      `${shareText(f.thankYou)}; ${f.thankYouStreak.current} in a row now, ${f.thankYouStreak.best} at best`,
    ),
    row('Feedback asked for', shareText(f.feedbackRequested)),
    row(
      'Feedback received',
      `${f.feedbackReceived.count}; ${shareText(f.feedbackAnswered)} of requests answered${f.medianDaysToFeedback === null ? '' : `, in ${f.medianDaysToFeedback} days (median)`}`,
    ),
    row(
      'Kept in touch',
      `${shareText(f.keptInTouch)} of the people met, after the first ${f.keptInTouch.afterDays} days`,
    ),
    ...reEngagementLines(f.reEngagements),
  ];
}

function lessonsSection(insights: Insights): string[] {
  if (insights.lessons.length === 0)
    return ['Lessons', '  Add applications to see what they add up to.'];
  const lines = ['Lessons'];
  for (const lesson of insights.lessons) {
    lines.push(`* ${lesson.title}`, wrap(lesson.detail, '  '));
    const evidence = lesson.evidence.map((e) => `${e.label}: ${e.value}`).join(' · ');
    if (evidence !== '') lines.push(wrap(evidence, '  '));
  }
  return lines;
}

/** Every insight as text, lessons first. */
export function formatInsights(insights: Insights): string {
  const p = insights.practice;
  return [
    ...lessonsSection(insights),
    '',
    ...funnelSection(insights),
    '',
    ...themesSection(insights),
    '',
    ...followThroughSection(insights.followThrough),
    '',
    `Practice — ${plural(p.cards, 'question')} in the deck, ${p.due} due today, ${p.practised} practised (${plural(p.reviews, 'round')}); ${plural(p.dayStreak.current, 'day')} in a row`,
    p.due > 0
      ? '  Start with: rebound practice'
      : '  Nothing due: rebound practice --all lists the deck.',
  ].join('\n');
}

function cardLine(card: PracticeCardView): string[] {
  const where = [...new Set(card.sources.map((s) => s.company))].slice(0, 3).join(', ');
  return [
    card.id,
    card.question,
    card.isDue ? 'due now' : `due ${card.dueOn}`,
    card.schedule.reps === 0 ? 'new' : plural(card.schedule.reps, 'round'),
    where,
  ];
}

/** A page of the deck as a table. */
export function formatCardPage(page: PracticeCardPage, filter: 'due' | 'all'): string {
  if (page.items.length === 0) {
    return filter === 'due'
      ? `Nothing to practise today (${plural(page.total, 'question')} in the deck). rebound practice --all lists them.`
      : 'The deck is empty: questions you note in a reflection (rebound reflect ID --question …) become cards.';
  }
  const lines = [
    filter === 'due'
      ? `${page.due} due today, of ${page.total} in the deck`
      : `${plural(page.total, 'question')} in the deck, ${page.due} due today`,
    formatTable(
      ['Card', 'Question', 'When', 'Practised', 'Came up at'],
      page.items.map(cardLine),
      56,
    ),
  ];
  if (page.nextOffset !== null) lines.push(`More: --offset ${page.nextOffset}`);
  lines.push('', 'Practise one: rebound practice show ID, then rebound practice review ID good');
  return lines.join('\n');
}

/** One card: the question, the answer with the STAR prompts, and what each rating would do. */
export function formatCard(card: PracticeCardDetail): string {
  const lines = [card.question, ''];
  lines.push(
    card.answer === null ? 'Your answer: (none yet)' : wrap(`Your answer: ${card.answer}`, ''),
  );
  for (const part of STAR_PARTS) {
    const { label, prompt } = STAR_PROMPTS[part];
    lines.push(wrap(`${label}: ${card[part] ?? `(${prompt})`}`, '  '));
  }
  lines.push('', card.isDue ? 'Due now.' : `Next due ${card.dueOn}.`);
  lines.push(
    `Rate it: again (${card.next.again.interval}) · hard (${card.next.hard.interval}) · good (${card.next.good.interval}) · easy (${card.next.easy.interval})`,
  );
  if (card.sources.length > 0) {
    lines.push('', 'Came up at:');
    for (const s of card.sources) {
      lines.push(
        `  ${s.company} — ${s.role}${s.rejectedOn ? ` (${s.rejectedOn})` : ''}: “${s.question}”`,
      );
    }
  }
  if (card.reviews.length > 0) {
    const last = card.reviews.at(-1);
    lines.push(
      '',
      `${plural(card.reviews.length, 'round')} so far; last ${last?.reviewedAt.slice(0, 10)} (${last?.rating}).`,
    );
  }
  return lines.join('\n');
}
