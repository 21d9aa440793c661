import { z } from 'zod';
import type { Instant } from '../dates';
import { newId } from '../ids';
import { entityId, optionalText, requiredText, storableString, textList } from '../schema-helpers';
import { normalizeSkills, type SkillTag } from './skill-tags';

/**
 * The guided reflection after a rejection, kept as structured data so insights can count it
 * across rejections: the same missing skills, the same hard questions, how often the job was not
 * a fit anyway. Every field is optional and can be filled in or changed later.
 */
export const FIT_ANSWERS = ['yes', 'partly', 'no'] as const;
export type FitAnswer = (typeof FIT_ANSWERS)[number];

/** How the user feels right now; the raw ones hold back writing for a while. */
export const MOODS = ['calm', 'disappointed', 'upset', 'angry'] as const;
export type Mood = (typeof MOODS)[number];
export const RAW_MOODS: readonly Mood[] = ['upset', 'angry'];

export interface HardQuestion {
  id: string;
  question: string;
  /** A better answer worked out later, for practice. */
  betterAnswer: string | null;
}

export interface Reflection {
  /** Was the job a fit for my life? */
  fit: FitAnswer | null;
  fitWhy: string | null;
  /** Skills or qualifications they wanted that I lack, as normalized tags. */
  missingSkills: SkillTag[];
  /** How I communicated. */
  communication: string | null;
  /** Experiences I forgot to highlight. */
  forgotToHighlight: string[];
  /** Questions that tripped me up. */
  hardQuestions: HardQuestion[];
  wentWell: string | null;
  feeling: Mood | null;
  feelingNote: string | null;
  /** When the feeling was noted: the wait before writing counts from here. */
  feelingAt: Instant | null;
  updatedAt: Instant;
}

const hardQuestionInput = z.union([
  storableString().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters'),
  z
    .object({
      id: entityId.optional(),
      question: requiredText(1000),
      betterAnswer: optionalText(5000).optional(),
    })
    .strict(),
]);

/** What a user sends; every field optional. `null` clears a field. */
export const reflectionInputSchema = z
  .object({
    fit: z.enum(FIT_ANSWERS, { error: `must be one of ${FIT_ANSWERS.join(', ')}` }).nullable(),
    fitWhy: optionalText(2000),
    missingSkills: z
      .array(
        storableString()
          .trim()
          .min(1, 'must not be empty')
          .max(80, 'must be at most 80 characters'),
      )
      .max(50, 'must have at most 50 entries')
      .nullable(),
    communication: optionalText(5000),
    forgotToHighlight: textList(30, 1000).nullable(),
    hardQuestions: z.array(hardQuestionInput).max(50, 'must have at most 50 entries').nullable(),
    wentWell: optionalText(5000),
    feeling: z.enum(MOODS, { error: `must be one of ${MOODS.join(', ')}` }).nullable(),
    feelingNote: optionalText(1000),
  })
  .partial()
  .strict();
export type ReflectionInput = z.output<typeof reflectionInputSchema>;

/** A reflection as stored and exported. Missing fields read as empty. */
export const reflectionRecordSchema = z.object({
  fit: z.enum(FIT_ANSWERS).nullable().default(null),
  fitWhy: z.string().nullable().default(null),
  missingSkills: z.array(z.object({ tag: z.string().min(1), label: z.string() })).default([]),
  communication: z.string().nullable().default(null),
  forgotToHighlight: z.array(z.string()).default([]),
  hardQuestions: z
    .array(
      z.object({
        id: z.string().min(1),
        question: z.string(),
        betterAnswer: z.string().nullable(),
      }),
    )
    .default([]),
  wentWell: z.string().nullable().default(null),
  feeling: z.enum(MOODS).nullable().default(null),
  feelingNote: z.string().nullable().default(null),
  feelingAt: z.string().nullable().default(null),
  updatedAt: z.string(),
});

/** An empty reflection, as of `now`. */
export function emptyReflection(now: Instant): Reflection {
  return {
    fit: null,
    fitWhy: null,
    missingSkills: [],
    communication: null,
    forgotToHighlight: [],
    hardQuestions: [],
    wentWell: null,
    feeling: null,
    feelingNote: null,
    feelingAt: null,
    updatedAt: now,
  };
}

type HardQuestionInput = z.output<typeof hardQuestionInput>;

/** Keeps a question's id (and its better answer) when the same question comes back. */
function mergeQuestions(current: readonly HardQuestion[], input: readonly HardQuestionInput[]) {
  const byId = new Map(current.map((q) => [q.id, q]));
  const byText = new Map(current.map((q) => [q.question.toLowerCase(), q]));
  const out: HardQuestion[] = [];
  for (const item of input) {
    const asked = typeof item === 'string' ? { question: item } : item;
    const known =
      ('id' in asked && asked.id !== undefined ? byId.get(asked.id) : undefined) ??
      byText.get(asked.question.toLowerCase());
    const betterAnswer =
      'betterAnswer' in asked && asked.betterAnswer !== undefined
        ? asked.betterAnswer
        : (known?.betterAnswer ?? null);
    const id = known?.id ?? newId('qst');
    if (out.some((q) => q.id === id)) continue;
    out.push({ id, question: asked.question, betterAnswer });
  }
  return out;
}

/**
 * Applies what the user sent. With `replace`, fields left out are emptied (a PUT); otherwise
 * they keep their current value (a PATCH). A new or changed feeling is stamped with `now`.
 */
export function applyReflectionInput(
  current: Reflection | null,
  input: ReflectionInput,
  now: Instant,
  { replace = false }: { replace?: boolean } = {},
): Reflection {
  const base = replace || current === null ? emptyReflection(now) : current;
  const has = <K extends keyof ReflectionInput>(key: K) => input[key] !== undefined;
  const feeling = has('feeling') ? (input.feeling ?? null) : base.feeling;
  const feelingChanged = feeling !== (current?.feeling ?? null);
  return {
    fit: has('fit') ? (input.fit ?? null) : base.fit,
    fitWhy: has('fitWhy') ? (input.fitWhy ?? null) : base.fitWhy,
    missingSkills: has('missingSkills')
      ? normalizeSkills(input.missingSkills ?? [])
      : base.missingSkills,
    communication: has('communication') ? (input.communication ?? null) : base.communication,
    forgotToHighlight: has('forgotToHighlight')
      ? [...new Set(input.forgotToHighlight ?? [])]
      : base.forgotToHighlight,
    hardQuestions: has('hardQuestions')
      ? mergeQuestions(current?.hardQuestions ?? [], input.hardQuestions ?? [])
      : base.hardQuestions,
    wentWell: has('wentWell') ? (input.wentWell ?? null) : base.wentWell,
    feeling,
    feelingNote: has('feelingNote') ? (input.feelingNote ?? null) : base.feelingNote,
    feelingAt: feeling === null ? null : feelingChanged ? now : (current?.feelingAt ?? now),
    updatedAt: now,
  };
}

/** Whether the user has written anything in the reflection yet. */
export function hasReflectionContent(reflection: Reflection | null): boolean {
  if (reflection === null) return false;
  return (
    reflection.fit !== null ||
    reflection.fitWhy !== null ||
    reflection.missingSkills.length > 0 ||
    reflection.communication !== null ||
    reflection.forgotToHighlight.length > 0 ||
    reflection.hardQuestions.length > 0 ||
    reflection.wentWell !== null
  );
}

/** Whether the user said the news still stings. */
export function feelsRaw(reflection: Reflection | null): boolean {
  return reflection?.feeling != null && RAW_MOODS.includes(reflection.feeling);
}
