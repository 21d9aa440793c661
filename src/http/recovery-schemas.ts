import { z } from '@hono/zod-openapi';
import { LINKEDIN_PLANS, RELATIONSHIPS, TASK_KINDS } from '../core/enums';
import { cadenceInputSchema } from '../core/recovery/keep-in-touch';
import { reflectionInputSchema } from '../core/recovery/reflection';
import { recoverySettingsPatchSchema } from '../core/recovery/settings';
import { snoozeInputSchema } from '../core/recovery/snooze';
import { TIMING_RULE_IDS } from '../core/recovery/timing-rules';
import { isCalendarDay } from '../core/dates';
import { feedbackInputSchema, rejectionInputSchema, rejectionPatchSchema } from '../core/rejection';
import { taskDoneSchema } from '../core/task';
import { DEFAULT_AGENDA_LIMIT } from '../use-cases/agenda';
import { named } from './named-schema';
import { PracticeSummarySchema } from './practice-schemas';
import { ApplicationSchema, ContactSchema, RejectionSchema, TaskSchema } from './schemas';

/** Request and response schemas of the recovery routes, as the OpenAPI document names them. */
export const RejectionInputSchema = named(rejectionInputSchema, 'RejectionInput');
export const RejectionPatchSchema = named(rejectionPatchSchema, 'RejectionPatch');
export const ReflectionInputSchema = named(reflectionInputSchema, 'ReflectionInput');
export const FeedbackInputSchema = named(feedbackInputSchema, 'FeedbackInput');
export const TaskDoneSchema = named(taskDoneSchema, 'TaskDone');
export const SnoozeInputSchema = named(snoozeInputSchema, 'Snooze');
export const CadenceInputSchema = named(cadenceInputSchema, 'CadenceInput');
export const SettingsPatchSchema = named(recoverySettingsPatchSchema, 'SettingsPatch');

const day = z.string().openapi({ example: '2026-11-26', description: 'A local calendar day' });
const section = z.enum(['overdue', 'today', 'upcoming']);

export const FeedbackOutcomeSchema = z
  .object({
    outcome: z.enum(['awaiting_reply', 'replied', 'no_reply']),
    waitUntil: day,
    note: z.string(),
  })
  .openapi('FeedbackOutcome');

export const PlanStepSchema = TaskSchema.extend({
  title: z.string().openapi({ description: 'What to do and for whom' }),
  dueOn: day,
  section: section
    .nullable()
    .openapi({ description: 'Where it sits in Today; null once finished' }),
  when: z.string().openapi({ example: 'Due tomorrow' }),
  contactName: z.string().nullable(),
  company: z.string().nullable(),
  role: z.string().nullable(),
  feedback: FeedbackOutcomeSchema.nullable().openapi({
    description: 'For a sent feedback request: waiting, replied, or closed without a reply',
  }),
}).openapi('PlanStep');

export const PersonMetSchema = z
  .object({
    contactId: z.string(),
    name: z.string(),
    relationship: z.enum(RELATIONSHIPS),
    keepInTouchDays: z.number().int().nullable(),
    interviews: z.number().int(),
    minutes: z.number().int().openapi({
      description: 'Minutes together in interviews; one of unknown length counts as 45',
    }),
    minutesKnown: z.boolean().openapi({
      description: 'Whether every interview with them has a recorded length',
    }),
    deliveredNews: z.boolean(),
  })
  .openapi('PersonMet');

export const RecoveryPlanSchema = z
  .object({
    application: ApplicationSchema,
    rejection: RejectionSchema,
    today: day,
    timeZone: z.string(),
    people: z
      .array(PersonMetSchema)
      .openapi({ description: 'Who to write to, first choice first' }),
    steps: z.array(PlanStepSchema),
    coolOffUntil: day.nullable().openapi({
      description:
        'While the user is cooling off (they said they feel upset or angry), the day writing may start',
    }),
  })
  .openapi('RecoveryPlan');

export const RecordedRejectionSchema = RecoveryPlanSchema.extend({
  created: z.boolean().openapi({ description: 'False when an existing rejection was corrected' }),
}).openapi('RecordedRejection');

export const SnoozeResultSchema = z
  .object({ task: PlanStepSchema, moved: z.array(PlanStepSchema) })
  .openapi('SnoozeResult');

export const AgendaItemSchema = z
  .object({
    id: z.string().openapi({ description: 'A step id, or keep-in-touch:<contactId>' }),
    source: z.enum(['plan', 'keep_in_touch']),
    kind: z.enum(TASK_KINDS),
    status: z.literal('open'),
    dueAt: z.string(),
    dueOn: day,
    section,
    title: z.string(),
    when: z.string(),
    reason: z.string(),
    applicationId: z.string().nullable(),
    contactId: z.string().nullable(),
    contactName: z.string().nullable(),
    company: z.string().nullable(),
    role: z.string().nullable(),
    snoozedUntil: z.string().nullable(),
  })
  .openapi('AgendaItem');

export const AgendaSchema = z
  .object({
    today: day,
    timeZone: z.string(),
    from: day,
    to: day,
    items: z.array(AgendaItemSchema),
    truncated: z.boolean(),
    moreKeepInTouch: z.boolean(),
    practice: PracticeSummarySchema.openapi({
      description:
        'Practice waiting today: questions that tripped the user up, due for another round',
    }),
  })
  .openapi('Agenda');

const calendarDayParam = z
  .string()
  .refine(isCalendarDay, 'must be a date in the form YYYY-MM-DD, e.g. 2026-11-26')
  .optional();
const booleanParam = z
  .enum(['true', 'false'], { error: 'must be true or false' })
  .transform((v) => v === 'true')
  .optional();
const countParam = (max: number, fallback: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(max, `must be at most ${max}`)
    .default(fallback);

export const AgendaQuerySchema = z.object({
  from: calendarDayParam.openapi({ description: 'First local day (default today)' }),
  to: calendarDayParam.openapi({ description: 'Last local day (default a week from `from`)' }),
  includeOverdue: booleanParam.openapi({ description: 'Default: when `from` is not after today' }),
  limit: countParam(1000, DEFAULT_AGENDA_LIMIT),
  keepInTouchLimit: countParam(200, 10),
});

export const KeepInTouchStatusSchema = z
  .object({
    state: z.enum(['off', 'not_started', 'resting', 'due', 'scheduled']),
    cadenceDays: z.number().int(),
    cadenceIsDefault: z.boolean(),
    dueOn: day.nullable(),
    dueAt: z.string().nullable(),
    reason: z.string(),
  })
  .openapi('KeepInTouchStatus');

export const ContactKeepInTouchSchema = z
  .object({ contact: ContactSchema, status: KeepInTouchStatusSchema })
  .openapi('ContactKeepInTouch');

export const NextPlanStepSchema = z
  .object({
    id: z.string(),
    kind: z.enum(TASK_KINDS),
    title: z.string(),
    dueOn: day,
    when: z.string().openapi({ example: 'Due Mon 4 Jan 2027' }),
    applicationId: z.string().nullable(),
  })
  .openapi('NextPlanStep');

export const ContactKeepInTouchDetailSchema = ContactKeepInTouchSchema.extend({
  nextStep: NextPlanStepSchema.nullable().openapi({
    description: 'The next open plan step for this person: the date a recovery plan set',
  }),
}).openapi('ContactKeepInTouchDetail');

export const GoingColdQuerySchema = z.object({
  withinDays: countParam(365, 14).openapi({
    description: 'Include those due within this many days',
  }),
  limit: countParam(1000, 50),
  offset: countParam(1_000_000, 0),
});

export const ContactSnoozeSchema = z
  .object({
    until: named(snoozeInputSchema.shape.until.nullable(), 'SnoozeUntil').openapi({
      description: 'A date, tomorrow or next-week; null ends the snooze',
    }),
  })
  .strict()
  .openapi('ContactSnooze');

export const SettingsViewSchema = z
  .object({
    timeZone: z.string(),
    timeZoneIsDefault: z.boolean(),
    reminderTime: z.string(),
    linkedinPlan: z.enum(LINKEDIN_PLANS).openapi({
      description: 'Sets the LinkedIn connection-note limit: 200 characters free, 300 paid',
    }),
    userName: z.string().nullable().openapi({
      description: 'How the user signs messages; starting drafts end with it',
    }),
    rules: z.array(
      z.object({
        id: z.enum(TIMING_RULE_IDS as [string, ...string[]]),
        label: z.string(),
        unit: z.enum(['hours', 'days', 'months', 'count']),
        value: z.number(),
        default: z.number(),
        min: z.number(),
        max: z.number(),
        reason: z.string(),
        sources: z.array(z.string()),
      }),
    ),
    cadences: z.array(
      z.object({
        relationship: z.enum(RELATIONSHIPS),
        value: z.number().int(),
        default: z.number().int(),
        reason: z.string(),
        sources: z.array(z.string()),
      }),
    ),
  })
  .openapi('Settings');

export const SettingsUpdateSchema = SettingsViewSchema.extend({
  rescheduledTasks: z.number().int().openapi({ description: 'Open steps that moved' }),
}).openapi('SettingsUpdate');

export const CalendarFeedLinkSchema = z
  .object({
    url: z.string().openapi({ description: 'The feed to subscribe to (https or http)' }),
    webcalUrl: z.string().openapi({ description: 'The same feed for apps that open webcal://' }),
  })
  .openapi('CalendarFeedLink');
