import { addDays, type CalendarDay } from '../core/dates';
import {
  computeFollowThrough,
  type FollowThroughRejection,
  type PersonMetInRejection,
} from '../core/insights/follow-through';
import {
  computeFunnel,
  furthestFunnelStage,
  type FunnelApplication,
  type FunnelStage,
} from '../core/insights/funnel';
import {
  computeProgress,
  dayStreak,
  type Insights,
  type PracticeProgress,
} from '../core/insights/insights';
import { buildLessons } from '../core/insights/lessons';
import { localMonthOf } from '../core/insights/months';
import { findReEngagements } from '../core/insights/re-engagement';
import { computeThemes, type QuestionSighting, type ThemeSource } from '../core/insights/recurring';
import type { ApplicationRef } from '../core/insights/themes';
import type { RecoverySettings } from '../core/recovery/settings';
import { localDayOf, startOfLocalDay } from '../core/recovery/zoned-time';
import {
  queryFunnelApplications,
  queryPeopleOfRejections,
  queryPracticeActivity,
  queryQuestionSightings,
  queryRejectionFacts,
  querySharedPeople,
  readStoredReflection,
} from '../storage/repositories/insights';
import { readChangeMarker } from '../storage/change-marker';
import { countPracticeCards } from '../storage/repositories/practice';
import { nowInstant, type UseCaseDeps } from './deps';
import { loadRecoverySettings } from './recovery-context';

/** One application as every insight sees it. */
type InsightApplication = FunnelApplication &
  ApplicationRef & { furthest: FunnelStage | undefined };

async function practiceProgress(
  deps: UseCaseDeps,
  zone: string,
  today: CalendarDay,
): Promise<PracticeProgress> {
  const { db, workspaceId } = deps;
  const [counts, activity] = await Promise.all([
    countPracticeCards(db, workspaceId, startOfLocalDay(addDays(today, 1), zone)),
    queryPracticeActivity(db, workspaceId),
  ]);
  const days = activity.reviewedAt.map((at) => localDayOf(at, zone)).sort();
  return {
    cards: counts.total,
    due: counts.due,
    practised: activity.practised,
    reviews: activity.reviewedAt.length,
    dayStreak: dayStreak(days, today),
    lastPractisedOn: days.at(-1) ?? null,
  };
}

/** Everything insights read, in one round of queries. */
async function loadFacts(deps: UseCaseDeps) {
  const { db, workspaceId } = deps;
  const [applications, rejections, people, shared, questions] = await Promise.all([
    queryFunnelApplications(db, workspaceId),
    queryRejectionFacts(db, workspaceId),
    queryPeopleOfRejections(db, workspaceId),
    querySharedPeople(db, workspaceId),
    queryQuestionSightings(db, workspaceId),
  ]);
  const rejectedAfter = new Map(rejections.map((r) => [r.applicationId, r.stageReached]));
  const apps = new Map<string, InsightApplication>();
  for (const a of applications) {
    const app: InsightApplication = {
      id: a.id,
      company: a.company,
      role: a.role,
      source: a.source,
      stage: a.stage,
      startedAt: a.startedAt,
      furthestInHistory: a.furthestInHistory,
      rejectedAfter: rejectedAfter.get(a.id) ?? null,
      furthest: undefined,
    };
    app.furthest = furthestFunnelStage(app);
    apps.set(app.id, app);
  }
  return { apps, rejections, people, shared, questions };
}

type Facts = Awaited<ReturnType<typeof loadFacts>>;

function themeSources(facts: Facts): ThemeSource[] {
  return facts.rejections.map((r) => ({
    applicationId: r.applicationId,
    rejectedOn: r.rejectedOn,
    reason: r.reason,
    reflection: readStoredReflection(r.reflection),
    feedback: r.feedback,
  }));
}

function questionSightings(facts: Facts): QuestionSighting[] {
  const wording = new Map(facts.questions.cards.map((c) => [c.id, c.question]));
  return facts.questions.sources.map((s) => ({
    cardId: s.card_id,
    cardQuestion: wording.get(s.card_id) ?? s.question,
    applicationId: s.application_id,
    question: s.question,
  }));
}

function followThroughOf(facts: Facts, settings: RecoverySettings, today: CalendarDay) {
  const rejections: FollowThroughRejection[] = [];
  for (const r of facts.rejections) {
    const app = facts.apps.get(r.applicationId);
    if (app === undefined) continue;
    rejections.push({
      id: app.id,
      company: app.company,
      role: app.role,
      rejectedOn: r.rejectedOn,
      stageReached: r.stageReached,
      humanContact: r.humanContact === 1,
      thankYouAt: r.thankYouAt,
      feedbackRequestedAt: r.feedbackRequestedAt,
      feedbackReceivedOn: r.feedbackReceivedOn,
    });
  }
  const people: readonly PersonMetInRejection[] = facts.people;
  return computeFollowThrough(rejections, people, {
    today,
    zone: settings.timeZone,
    replyDays: settings.timing.latestReplyDays,
    feedbackWaitDays: settings.timing.feedbackWaitDays,
  });
}

/** Appends `value` to the list under `key`. */
function addTo(lists: Map<string, string[]>, key: string, value: string) {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [value]);
  else list.push(value);
}

function reEngagementsOf(facts: Facts, zone: string) {
  const appsOf = new Map<string, string[]>();
  const peopleOf = new Map<string, string[]>();
  for (const { contact_id: contact, application_id: app } of facts.shared) {
    addTo(appsOf, contact, app);
    addTo(peopleOf, app, contact);
  }
  const rejections = facts.rejections.map((r) => {
    const linked = peopleOf.get(r.applicationId) ?? [];
    // The person who delivered the news comes last, unless they were linked already.
    const people =
      r.contactId === null || linked.includes(r.contactId) ? linked : [...linked, r.contactId];
    const sharedPeople: { applicationId: string; contactId: string }[] = [];
    for (const contactId of people) {
      for (const applicationId of appsOf.get(contactId) ?? []) {
        if (applicationId !== r.applicationId) sharedPeople.push({ applicationId, contactId });
      }
    }
    return { applicationId: r.applicationId, rejectedOn: r.rejectedOn, sharedPeople };
  });
  return findReEngagements(facts.apps, rejections, { zone });
}

/**
 * The last insights computed, kept while nothing in the database changes and the day stays the
 * same (everything insights say depends on the data and the user's day, nothing finer). One per
 * connection, made by whoever serves repeated requests; see `readChangeMarker` for what "nothing
 * changed" means on each database.
 */
export class InsightsMemo {
  #key: string | undefined;
  #insights: Insights | undefined;

  recall(key: string): Insights | undefined {
    return key === this.#key ? this.#insights : undefined;
  }

  keep(key: string, insights: Insights): void {
    this.#key = key;
    this.#insights = insights;
  }
}

export interface GetInsightsOptions {
  /** Reuse the last result while the data and the day are unchanged. */
  memo?: InsightsMemo;
}

/**
 * Every insight at once: the funnel, recurring themes, follow-through with re-engagements,
 * practice progress and the lessons drawn from them. Read-only; days are the user's.
 */
export async function getInsights(
  deps: UseCaseDeps,
  { memo }: GetInsightsOptions = {},
): Promise<Insights> {
  const settings = await loadRecoverySettings(deps.db, deps.workspaceId);
  const zone = settings.timeZone;
  const now = nowInstant(deps);
  const today = localDayOf(now, zone);
  const marker = memo && (await readChangeMarker(deps.db));
  const key = marker && `${deps.workspaceId}|${marker}|${today}|${zone}`;
  const known = key === undefined ? undefined : memo?.recall(key);
  if (known !== undefined) return { ...known, generatedAt: now };
  const insights = await computeInsights(deps, settings, now, today);
  if (key !== undefined) memo?.keep(key, insights);
  return insights;
}

async function computeInsights(
  deps: UseCaseDeps,
  settings: RecoverySettings,
  now: string,
  today: CalendarDay,
): Promise<Insights> {
  const zone = settings.timeZone;
  const [facts, practice] = await Promise.all([
    loadFacts(deps),
    practiceProgress(deps, zone, today),
  ]);
  const funnel = computeFunnel(facts.apps.values(), {
    zone,
    currentMonth: localMonthOf(now, zone),
  });
  const themes = computeThemes({
    sources: themeSources(facts),
    questions: questionSightings(facts),
    applications: facts.apps,
    today,
  });
  const followThrough = {
    ...followThroughOf(facts, settings, today),
    reEngagements: reEngagementsOf(facts, zone),
  };
  const progress = computeProgress(funnel, facts.apps.values());
  const body = { today, timeZone: zone, progress, funnel, themes, followThrough, practice };
  return { generatedAt: now, ...body, lessons: buildLessons(body) };
}
