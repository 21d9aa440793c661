import { z } from 'zod';
import type { Instant } from '../dates';

/**
 * What a seeker shares with their coach. A coach always reads applications, the plan and Today;
 * reflections, drafts and feelings are private until the seeker shares them, a kind at a time
 * (a setting) or, for reflections and drafts, one item at a time while the kind stays private.
 * The letter is never among them: it is shared only as `letterAsSharedWithCoach` says.
 */
export const SHARE_KINDS = ['reflections', 'drafts', 'feelings'] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];

/** Each kind: shared with the coach (`true`) or private. */
export type SharingSettings = Record<ShareKind, boolean>;

/** Nothing shared: how every workspace starts. */
export const PRIVATE_SHARING: SharingSettings = {
  reflections: false,
  drafts: false,
  feelings: false,
};

/** The settings and the items shared one by one, as a coach's views read them. */
export interface Sharing {
  settings: SharingSettings;
  /** Rejections whose reflection is shared on its own. */
  reflectionIds: ReadonlySet<string>;
  /** Draft messages shared on their own. */
  draftIds: ReadonlySet<string>;
}

export const sharingPatchSchema = z
  .object({
    reflections: z.boolean({ error: 'must be true or false' }),
    drafts: z.boolean({ error: 'must be true or false' }),
    feelings: z.boolean({ error: 'must be true or false' }),
  })
  .partial()
  .strict();
export type SharingPatch = z.output<typeof sharingPatchSchema>;

/** The kinds that may be shared one item at a time, and what their items are. */
export const SHARED_ITEM_KINDS = ['reflection', 'draft'] as const;
export type SharedItemKind = (typeof SHARED_ITEM_KINDS)[number];

/** One item shared on its own, described for the seeker's list. */
export interface SharedItem {
  kind: SharedItemKind;
  /** The rejection (for a reflection) or the message (for a draft). */
  id: string;
  applicationId: string | null;
  /** Company and role, or the draft's subject: what the seeker recognises it by. */
  label: string;
  sharedAt: Instant;
}

/** Whether the coach may read the reflection of this rejection. */
export function reflectionShared(sharing: Sharing, rejectionId: string): boolean {
  return sharing.settings.reflections || sharing.reflectionIds.has(rejectionId);
}

/** Whether the coach may read this message: only a draft, and only when shared. */
export function draftShared(sharing: Sharing, message: { id: string; status: string }): boolean {
  if (message.status !== 'draft') return false;
  return sharing.settings.drafts || sharing.draftIds.has(message.id);
}

/** The reflection's fields that say how the seeker felt. */
const FEELING_FIELDS = ['feeling', 'feelingNote', 'feelingAt'] as const;

/**
 * A reflection as the coach may read it: `null` when not shared, and without how the seeker felt
 * unless feelings are shared too.
 */
export function reflectionForCoach<T extends object>(
  sharing: Sharing,
  rejectionId: string,
  reflection: T | null,
): T | null {
  if (reflection === null || !reflectionShared(sharing, rejectionId)) return null;
  if (sharing.settings.feelings) return reflection;
  const withoutFeelings: Record<string, unknown> = { ...(reflection as Record<string, unknown>) };
  for (const field of FEELING_FIELDS) withoutFeelings[field] = null;
  return withoutFeelings as T;
}
