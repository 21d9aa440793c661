import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Relationship } from '../../core/enums';
import type { BoolColumn, InstantColumn, JsonColumn } from './column-types';

export interface ContactsTable {
  workspace_id: string;
  id: string;
  name: string;
  title: string | null;
  company: string | null;
  email: string | null;
  other_emails: JsonColumn;
  linkedin_url: string | null;
  phone: string | null;
  other_phones: JsonColumn;
  websites: JsonColumn;
  how_met: string | null;
  relationship: Relationship;
  tags: JsonColumn;
  notes: string | null;
  /** Kept in step with `interactions` so "sorted by last interaction" is an index scan. */
  last_interaction_at: InstantColumn | null;
  /** The contact's own keep-in-touch cadence in days; null follows the relationship, 0 is off. */
  keep_in_touch_days: number | null;
  keep_in_touch_snoozed_until: InstantColumn | null;
  /** Attempts to reach them since they last wrote back; kept in step with `interactions`. */
  unanswered_touches: number;
  /** Part of the invented sample search; see use-cases/sample-data.ts. */
  sample: BoolColumn;
  created_at: InstantColumn;
  updated_at: InstantColumn;
}
export type ContactRow = Selectable<ContactsTable>;
export type NewContactRow = Insertable<ContactsTable>;
export type ContactUpdate = Updateable<ContactsTable>;

/** Which applications a contact is linked to. */
export interface ApplicationContactsTable {
  workspace_id: string;
  application_id: string;
  contact_id: string;
}
export type ApplicationContactRow = Selectable<ApplicationContactsTable>;
