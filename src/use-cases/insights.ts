import { addDays } from '../core/dates';
import { computeFollowThrough } from '../core/insights/follow-through';
import {
  computeFunnel,
  furthestFunnelStage,
  type FunnelApplication,
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
import { computeThemes } from '../core/insights/recurring';
import type { ApplicationRef } from '../core/insights/themes';
import { localDayOf, startOfLocalDay } from '../core/recovery/zoned-time';
import {
  queryFollowUps,
  queryFunnelApplications,
  queryPeopleOfRejections,
  queryPracticeActivity,
  queryQuestionSightings,
  queryRejectionFacts,
  querySharedPeople,
} from '../storage/repositories/insights';
import { countPracticeCards } from '../storage/repositories/practice';
import { readReflection } from '../storage/repositories/rejections';
import { nowInstant, type UseCaseDeps } from './deps';
import { loadRecoverySettings } from './recovery-context';

type SharedPerson = { applicationId: string; contactId: string };

function sharedByRejection(
  rows: readonly { rejected_id: string; application_id: string; contact_id: string }[],
) {
  const out = new Map<string, SharedPerson[]>();
  for (const row of rows) {
    const list = out.get(row.rejected_id) ?? [];
    list.push({ applicationId: row.application_id, contactId: row.contact_id });
    out.set(row.rejected_id, list);
  }
  return out;
}

async function practiceProgress(
  deps: UseCaseDeps,
  zone: string,
  today: string,
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

/**
 * Every insight at once: the funnel, recurring themes, follow-through with re-engagements,
 * practice progress and the lessons drawn from them. Read-only; days are the user's.
 */
export async function getInsights(deps: UseCaseDeps): Promise<Insights> {
  const { db, workspaceId } = deps;
  const settings = await loadRecoverySettings(db, workspaceId);
  const zone = settings.timeZone;
  const now = nowInstant(deps);
  const today = localDayOf(now, zone);
  const [applications, rejections, followUpAt, people, shared, sightings, practice] =
    await Promise.all([
      queryFunnelApplications(db, workspaceId),
      queryRejectionFacts(db, workspaceId),
      queryFollowUps(db, workspaceId),
      queryPeopleOfRejections(db, workspaceId),
      querySharedPeople(db, workspaceId),
      queryQuestionSightings(db, workspaceId),
      practiceProgress(deps, zone, today),
    ]);
  const rejectionOf = new Map(rejections.map((r) => [r.application_id, r]));
  const funnelApps: (FunnelApplication & ApplicationRef)[] = applications.map((a) => ({
    id: a.id,
    company: a.company,
    role: a.role,
    source: a.source,
    stage: a.stage,
    startedAt: a.startedAt ?? a.createdAt,
    furthestInHistory: a.furthestInHistory,
    rejectedAfter: rejectionOf.get(a.id)?.stage_reached ?? null,
  }));
  const refs = new Map<string, ApplicationRef>(
    funnelApps.map(({ id, company, role }) => [id, { id, company, role }]),
  );
  const funnel = computeFunnel(funnelApps, { zone, currentMonth: localMonthOf(now, zone) });
  const themes = computeThemes({
    sources: rejections.map((r) => ({
      applicationId: r.application_id,
      rejectedOn: r.rejected_on,
      reason: r.reason,
      reflection: readReflection(r.reflection),
      feedback: r.feedback,
    })),
    questions: sightings.map((s) => ({
      cardId: s.card_id,
      cardQuestion: s.card_question,
      applicationId: s.application_id,
      question: s.question,
    })),
    applications: refs,
    today,
  });
  const followThrough = computeFollowThrough(
    rejections.flatMap((r) => {
      const ref = refs.get(r.application_id);
      if (ref === undefined) return [];
      return [
        {
          ...ref,
          rejectedOn: r.rejected_on,
          stageReached: r.stage_reached,
          humanContact: r.human_contact === 1,
          thankYouAt: followUpAt('thank_you', r.application_id),
          feedbackRequestedAt: followUpAt('feedback_request', r.application_id),
          feedbackReceivedOn: r.feedback_received_on,
        },
      ];
    }),
    people.map((p) => ({
      contactId: p.contact_id,
      firstRejectedOn: p.first_rejected_on,
      lastInteractionAt: p.last_interaction_at,
    })),
    {
      today,
      zone,
      replyDays: settings.timing.latestReplyDays,
      feedbackWaitDays: settings.timing.feedbackWaitDays,
    },
  );
  const sharedBy = sharedByRejection(shared);
  const reEngagements = findReEngagements(
    funnelApps.map((a) => ({ ...a, furthest: furthestFunnelStage(a) })),
    rejections.map((r) => ({
      applicationId: r.application_id,
      rejectedOn: r.rejected_on,
      sharedPeople: sharedBy.get(r.application_id) ?? [],
    })),
    { zone },
  );
  const facts = {
    today,
    timeZone: zone,
    progress: computeProgress(funnel, funnelApps, furthestFunnelStage),
    funnel,
    themes,
    followThrough: { ...followThrough, reEngagements },
    practice,
  };
  return { generatedAt: now, ...facts, lessons: buildLessons(facts) };
}
