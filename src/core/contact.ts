import { z } from 'zod';
import type { Instant } from './dates';
import { RELATIONSHIPS, type Relationship } from './enums';
import { optionalText, optionalUrl, requiredText, tagList } from './schema-helpers';

export interface Contact {
  id: string;
  name: string;
  title: string | null;
  company: string | null;
  email: string | null;
  linkedinUrl: string | null;
  phone: string | null;
  howMet: string | null;
  relationship: Relationship;
  tags: string[];
  notes: string | null;
  lastInteractionAt: Instant | null;
  /** Their own keep-in-touch cadence in days; null follows the relationship, 0 is off. */
  keepInTouchDays: number | null;
  keepInTouchSnoozedUntil: Instant | null;
  /** Attempts to reach them since they last wrote back (touches within a week count once). */
  unansweredTouches: number;
  createdAt: Instant;
  updatedAt: Instant;
}

const email = z
  .email({ error: 'must be an email address such as ana@example.com' })
  .max(320)
  .or(z.literal(''))
  .nullish()
  .transform((value) => (value === '' || value === undefined ? null : value));

const phone = z
  .string()
  .trim()
  .max(40, 'must be at most 40 characters')
  .regex(/^[+()\d\s.\-ext]*$/i, 'may contain only digits, spaces and + ( ) . -')
  .nullish()
  .transform((value) => (value === '' || value === undefined ? null : value));

const contactFields = {
  name: requiredText(200),
  title: optionalText(200),
  company: optionalText(200),
  email,
  linkedinUrl: optionalUrl,
  phone,
  howMet: optionalText(500),
  relationship: z.enum(RELATIONSHIPS, { error: `must be one of ${RELATIONSHIPS.join(', ')}` }),
  tags: tagList,
  notes: optionalText(20_000),
};

export const contactInputSchema = z
  .object({
    ...contactFields,
    relationship: contactFields.relationship.default('other'),
    tags: contactFields.tags.default([]),
    /** Applications this person is linked to. */
    applicationIds: z.array(z.string().min(1)).max(100).default([]),
  })
  .strict();
export type ContactInput = z.output<typeof contactInputSchema>;

export const contactPatchSchema = z.object(contactFields).partial().strict();
export type ContactPatch = z.output<typeof contactPatchSchema>;
