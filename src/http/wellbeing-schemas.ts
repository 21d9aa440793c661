import { z } from '@hono/zod-openapi';
import {
  LETTER_VISIBILITIES,
  letterInputSchema,
  letterPatchSchema,
} from '../core/wellbeing/letter';
import { PACE_ITEMS, pacePatchSchema } from '../core/wellbeing/pacing';
import { winInputSchema, winPatchSchema } from '../core/wellbeing/win';
import { named } from './named-schema';
import { PagingQuerySchema, paramText } from './schemas';

/** Request and response schemas of letters, wins and pacing, as the OpenAPI document names them. */
export const LetterInputSchema = named(letterInputSchema, 'LetterInput');
export const LetterPatchSchema = named(letterPatchSchema, 'LetterPatch');
export const WinInputSchema = named(winInputSchema, 'WinInput');
export const WinPatchSchema = named(winPatchSchema, 'WinPatch');
export const PacePatchSchema = named(pacePatchSchema, 'PacePatch');

const day = z.string().openapi({ example: '2026-12-08', description: 'A local calendar day' });

export const LetterSchema = z
  .object({
    id: z.string(),
    applicationId: z.string().nullable(),
    body: z.string().openapi({ description: 'What the user wrote; it never leaves Rebound' }),
    visibility: z.enum(LETTER_VISIBILITIES).openapi({
      description:
        '`private`: nobody else learns of it. `existence`: a coach may see that it exists and ' +
        'when, never its text.',
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Letter');

export const LetterListSchema = z
  .object({
    items: z.array(LetterSchema),
    rhythm: z
      .object({
        minutesPerDay: z.number().int(),
        days: z.number().int(),
        daysWritten: z.number().int(),
        windowDays: z.number().int(),
      })
      .openapi({
        description:
          'The rhythm of the study (offered, never required) and the days written in the window',
      }),
    prompts: z.array(z.string()),
  })
  .openapi('LetterList');

export const LetterListQuerySchema = z.object({
  applicationId: paramText().optional().openapi({ description: 'Only letters about it' }),
});

export const FreshRejectionSchema = z
  .object({
    applicationId: z.string(),
    company: z.string(),
    role: z.string(),
    rejectedOn: day,
    letters: z.number().int().openapi({ description: 'How many letters are about it' }),
  })
  .openapi('FreshRejection');

export const NoteToSendSchema = z
  .object({
    applicationId: z.string(),
    step: z
      .object({
        taskId: z.string(),
        kind: z.enum(['thank_you', 'feedback_request']),
        contactId: z.string().nullable(),
      })
      .nullable(),
    learned: z.object({
      missingSkills: z.array(z.string()),
      forgotToHighlight: z.array(z.string()),
      communication: z.string().nullable(),
      wentWell: z.string().nullable(),
      feedback: z.string().nullable(),
      wins: z.array(z.string()),
    }),
  })
  .openapi('NoteToSend');

export const WinSchema = z
  .object({
    id: z.string(),
    applicationId: z.string().nullable(),
    text: z.string(),
    happenedOn: day,
    cardId: z.string().nullable().openapi({ description: 'The practice card telling its story' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Win');

export const WinPageSchema = z
  .object({
    items: z.array(WinSchema),
    nextOffset: z.number().int().nullable(),
    total: z.number().int(),
  })
  .openapi('WinPage');

export const WinListQuerySchema = PagingQuerySchema.extend({
  applicationId: paramText().optional(),
});

export const WinCardSchema = z
  .object({ win: WinSchema, cardId: z.string(), created: z.boolean() })
  .openapi('WinCard');

const rhythm = z.object({
  applications: z.number().int(),
  keepInTouch: z.number().int(),
  practice: z.number().int(),
});

export const PaceSchema = z
  .object({
    rhythm: rhythm.nullable().openapi({ description: 'Null until the user sets one' }),
    suggested: rhythm,
    paused: z.boolean(),
    pausedUntil: day.nullable(),
    week: z.object({ start: day, end: day }),
    items: z.array(
      z.object({
        item: z.enum(PACE_ITEMS),
        goal: z.number().int(),
        done: z.number().int(),
        text: z.string(),
      }),
    ),
    summary: z.string().openapi({ description: 'A kind sentence about the week so far' }),
  })
  .openapi('Pace');
