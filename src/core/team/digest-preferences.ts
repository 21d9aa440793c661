import { z } from 'zod';

/** What an account says about its daily digest. */
export const DigestPreferencesInputSchema = z.object({
  /** False: no digest at all until turned on again. */
  enabled: z.boolean({ error: 'must be true or false' }),
  /** The local hour the digest comes at, 0–23; null: the seeker's reminder time (09:00 for a coach). */
  hour: z
    .number({ error: 'must be a whole hour from 0 to 23, or null' })
    .int('must be a whole hour from 0 to 23, or null')
    .min(0, 'must be a whole hour from 0 to 23, or null')
    .max(23, 'must be a whole hour from 0 to 23, or null')
    .nullable(),
});
export type DigestPreferencesInput = z.infer<typeof DigestPreferencesInputSchema>;

/** The local time a chosen hour stands for, `HH:00`. */
export function digestTimeOf(hour: number): `${string}:00` {
  return `${String(hour).padStart(2, '0')}:00`;
}
