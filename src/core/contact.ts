import { z } from 'zod';
import type { Instant } from './dates';
import { RELATIONSHIPS, type Relationship } from './enums';
import {
  entityId,
  httpUrl,
  optionalText,
  optionalUrl,
  requiredText,
  storable,
  STORABLE_TEXT_MESSAGE,
  tagList,
} from './schema-helpers';

export interface Contact {
  id: string;
  name: string;
  title: string | null;
  company: string | null;
  /** The address Rebound writes to. */
  email: string | null;
  /** Further addresses, e.g. a personal one beside the work one. */
  otherEmails: string[];
  linkedinUrl: string | null;
  phone: string | null;
  otherPhones: string[];
  /** Web addresses other than LinkedIn: a portfolio, a blog. */
  websites: string[];
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
  /** Part of the invented sample search (`demo`), which can be removed in one go. */
  sample: boolean;
  createdAt: Instant;
  updatedAt: Instant;
}

const emailAddress = z
  .email({ error: 'must be an email address such as ana@example.com' })
  .max(320)
  .refine(storable, STORABLE_TEXT_MESSAGE);

const email = emailAddress
  .or(z.literal(''))
  .nullish()
  .transform((value) => (value === '' || value === undefined ? null : value));

const phoneNumber = z
  .string()
  .trim()
  .max(40, 'must be at most 40 characters')
  .regex(/^[+()\d\s.\-ext]*$/i, 'may contain only digits, spaces and + ( ) . -');

const phone = phoneNumber
  .nullish()
  .transform((value) => (value === '' || value === undefined ? null : value));

/** A short list without repeats: extra addresses, numbers or sites. */
const distinctList = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max, `must have at most ${max} entries`)
    .transform((values) => [...new Set(values)]);

const contactFields = {
  name: requiredText(200),
  title: optionalText(200),
  company: optionalText(200),
  email,
  otherEmails: distinctList(emailAddress, 20),
  linkedinUrl: optionalUrl,
  phone,
  otherPhones: distinctList(phoneNumber.min(1, 'must not be empty'), 20),
  websites: distinctList(httpUrl, 20),
  howMet: optionalText(500),
  relationship: z.enum(RELATIONSHIPS, { error: `must be one of ${RELATIONSHIPS.join(', ')}` }),
  tags: tagList,
  notes: optionalText(20_000),
};

/** A contact's own fields with their defaults: what a form or an imported row provides. */
export const contactFieldsSchema = z.object({
  ...contactFields,
  relationship: contactFields.relationship.default('other'),
  tags: contactFields.tags.default([]),
  otherEmails: contactFields.otherEmails.default([]),
  otherPhones: contactFields.otherPhones.default([]),
  websites: contactFields.websites.default([]),
});
export type ContactFields = z.output<typeof contactFieldsSchema>;

export const contactInputSchema = contactFieldsSchema
  .extend({
    /** Applications this person is linked to. */
    applicationIds: z.array(entityId).max(100).default([]),
  })
  .strict();
export type ContactInput = z.output<typeof contactInputSchema>;

export const contactPatchSchema = z.object(contactFields).partial().strict();
export type ContactPatch = z.output<typeof contactPatchSchema>;
