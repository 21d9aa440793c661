import { z } from '@hono/zod-openapi';
import { EVIDENCE_SOURCES } from '../core/insights/themes';
import { FUNNEL_STAGES } from '../core/insights/funnel';
import { STAGES } from '../core/stages';

/** Response schemas of `GET /api/insights`, as the OpenAPI document names them. */

const day = z.string().openapi({ example: '2026-11-26', description: 'A local calendar day' });
const share = z
  .number()
  .nullable()
  .openapi({ description: 'A fraction from 0 to 1; null when there is nothing to divide by' });
const funnelStage = z.enum(FUNNEL_STAGES);

export const ApplicationRefSchema = z
  .object({ id: z.string(), company: z.string(), role: z.string() })
  .openapi('ApplicationRef');

export const FunnelStepSchema = z
  .object({
    stage: funnelStage,
    label: z.string(),
    reached: z.number().int().openapi({ description: 'Applications that got at least this far' }),
    conversion: share.openapi({ description: 'Of those that reached the step before' }),
    fromApplied: share.openapi({ description: 'Of all applications sent' }),
    rejected: z.number().int().openapi({ description: 'Turned down after getting this far' }),
    ghosted: z.number().int(),
    withdrawn: z.number().int(),
    open: z.number().int().openapi({ description: 'Still open at this stage' }),
  })
  .openapi('FunnelStep');

export const FunnelSliceSchema = z
  .object({
    key: z.string().openapi({ description: '`all`, a month `YYYY-MM`, or a source ("" for none)' }),
    label: z.string(),
    applications: z.number().int(),
    rejections: z.number().int(),
    steps: z.array(FunnelStepSchema),
  })
  .openapi('FunnelSlice');

export const FunnelSchema = z
  .object({
    overall: FunnelSliceSchema,
    byMonth: z.array(FunnelSliceSchema).openapi({
      description:
        'By the month each application started, in the user’s time zone; quiet months included',
    }),
    bySource: z.array(FunnelSliceSchema),
    savedOnly: z.number().int().openapi({ description: 'Saved but never sent: not in the funnel' }),
  })
  .openapi('Funnel');

export const ThemeSchema = z
  .object({
    key: z
      .string()
      .openapi({ description: 'A skill tag, a practice card id (questions), or a group key' }),
    label: z.string(),
    count: z.number().int().openapi({ description: 'Applications it came up in' }),
    score: z.number().openapi({
      description:
        'Recency-weighted count: each application weighs 1 today and half as much every 90 days',
    }),
    firstSeen: day,
    lastSeen: day,
    wordings: z.array(z.string()),
    applications: z.array(
      ApplicationRefSchema.extend({ on: day, via: z.array(z.enum(EVIDENCE_SOURCES)) }),
    ),
  })
  .openapi('Theme');

const RankedThemesSchema = z
  .object({ items: z.array(ThemeSchema), distinct: z.number().int() })
  .openapi('RankedThemes');

export const ThemesSchema = z
  .object({
    halfLifeDays: z.number().int(),
    reflections: z.number().int(),
    feedback: z.number().int(),
    missingSkills: RankedThemesSchema,
    questions: RankedThemesSchema,
    forgotten: RankedThemesSchema,
    fitProblems: RankedThemesSchema,
    fit: z.object({
      yes: z.number().int(),
      partly: z.number().int(),
      no: z.number().int(),
      unanswered: z.number().int(),
    }),
  })
  .openapi('Themes');

const ShareOfSchema = z
  .object({ count: z.number().int(), of: z.number().int(), share })
  .openapi('ShareOf');

export const ReEngagementSchema = z
  .object({
    rejected: ApplicationRefSchema.extend({ rejectedOn: day }),
    later: ApplicationRefSchema.extend({
      startedAt: z.string(),
      furthest: funnelStage.nullable(),
    }),
    via: z.enum(['contact', 'company']),
    contactIds: z.array(z.string()),
  })
  .openapi('ReEngagement');

export const FollowThroughSchema = z
  .object({
    rejections: z.number().int(),
    withSomeone: z.number().int(),
    thankYou: ShareOfSchema,
    feedbackRequested: ShareOfSchema,
    feedbackReceived: ShareOfSchema,
    feedbackAnswered: ShareOfSchema,
    medianDaysToFeedback: z.number().nullable(),
    feedbackDelayBands: z.array(z.object({ label: z.string(), count: z.number().int() })),
    feedbackDelays: z.array(
      ApplicationRefSchema.extend({
        rejectedOn: day,
        requestedOn: day.nullable(),
        receivedOn: day,
        days: z.number().int(),
      }),
    ),
    keptInTouch: ShareOfSchema.extend({ afterDays: z.number().int() }),
    thankYouStreak: z.object({ current: z.number().int(), best: z.number().int() }),
    reEngagements: z.object({
      followedUp: z.number().int(),
      ledToInterview: z.number().int(),
      ledToOffer: z.number().int(),
      viaContact: z.number().int(),
      viaCompany: z.number().int(),
      items: z.array(ReEngagementSchema),
    }),
  })
  .openapi('FollowThrough');

export const PracticeProgressSchema = z
  .object({
    cards: z.number().int(),
    due: z.number().int(),
    practised: z.number().int(),
    reviews: z.number().int(),
    dayStreak: z.object({ current: z.number().int(), best: z.number().int() }),
    lastPractisedOn: day.nullable(),
  })
  .openapi('PracticeProgress');

export const LessonSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['encouragement', 'win', 'pattern']),
    title: z.string(),
    detail: z.string(),
    evidence: z.array(z.object({ label: z.string(), value: z.string() })),
    applications: z.array(ApplicationRefSchema),
    link: z
      .object({
        to: z.enum(['funnel', 'themes', 'follow-through', 'practice']),
        cardId: z.string().optional(),
      })
      .nullable(),
  })
  .openapi('Lesson');

export const InsightsSchema = z
  .object({
    generatedAt: z.string(),
    today: day,
    timeZone: z.string(),
    progress: z.object({
      applications: z.number().int(),
      rejections: z.number().int(),
      interviews: z.number().int(),
      finals: z.number().int(),
      offers: z.number().int(),
      recentInterviews: z.array(ApplicationRefSchema.extend({ furthest: z.enum(STAGES) })),
    }),
    funnel: FunnelSchema,
    themes: ThemesSchema,
    followThrough: FollowThroughSchema,
    practice: PracticeProgressSchema,
    lessons: z.array(LessonSchema),
  })
  .openapi('Insights');
