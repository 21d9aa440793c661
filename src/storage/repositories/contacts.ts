import { sql } from 'kysely';
import type { Contact } from '../../core/contact';
import type { Relationship } from '../../core/enums';
import type { Db } from '../database';
import type { ContactRow, ContactUpdate, NewContactRow } from '../tables/contacts';
import { likePattern, readStringList, writeJson } from './json';

export function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    company: row.company,
    email: row.email,
    otherEmails: readStringList(row.other_emails),
    linkedinUrl: row.linkedin_url,
    phone: row.phone,
    otherPhones: readStringList(row.other_phones),
    websites: readStringList(row.websites),
    howMet: row.how_met,
    relationship: row.relationship,
    tags: readStringList(row.tags),
    notes: row.notes,
    lastInteractionAt: row.last_interaction_at,
    keepInTouchDays: row.keep_in_touch_days,
    keepInTouchSnoozedUntil: row.keep_in_touch_snoozed_until,
    unansweredTouches: row.unanswered_touches,
    sample: row.sample === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns of a contact's own details: what the user edits and what an import brings. */
function detailColumns(contact: Contact) {
  return {
    name: contact.name,
    title: contact.title,
    company: contact.company,
    email: contact.email,
    other_emails: writeJson(contact.otherEmails),
    linkedin_url: contact.linkedinUrl,
    phone: contact.phone,
    other_phones: writeJson(contact.otherPhones),
    websites: writeJson(contact.websites),
    how_met: contact.howMet,
    relationship: contact.relationship,
    tags: writeJson(contact.tags),
    notes: contact.notes,
  };
}

export function fromContact(workspaceId: string, contact: Contact): NewContactRow {
  return {
    workspace_id: workspaceId,
    id: contact.id,
    ...detailColumns(contact),
    last_interaction_at: contact.lastInteractionAt,
    keep_in_touch_days: contact.keepInTouchDays,
    keep_in_touch_snoozed_until: contact.keepInTouchSnoozedUntil,
    unanswered_touches: contact.unansweredTouches,
    sample: contact.sample ? 1 : 0,
    created_at: contact.createdAt,
    updated_at: contact.updatedAt,
  };
}

export async function insertContact(db: Db, workspaceId: string, contact: Contact) {
  await db.insertInto('contacts').values(fromContact(workspaceId, contact)).execute();
}

export async function findContact(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<Contact | undefined> {
  const row = await db
    .selectFrom('contacts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toContact(row);
}

/** The contacts with these ids, in no particular order. */
export async function findContacts(
  db: Db,
  workspaceId: string,
  ids: readonly string[],
): Promise<Contact[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  return rows.map(toContact);
}

/** The ids among `ids` that do not name a contact in the workspace. */
export async function missingContactIds(
  db: Db,
  workspaceId: string,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('contacts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  const found = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !found.has(id));
}

export type ContactSort = 'last_interaction' | 'name';

export interface ContactQuery {
  search?: string;
  relationship?: Relationship;
  applicationId?: string;
  sort: ContactSort;
  limit: number;
  offset: number;
}

export async function queryContacts(
  db: Db,
  workspaceId: string,
  query: ContactQuery,
): Promise<Contact[]> {
  let select = db
    .selectFrom('contacts')
    .selectAll('contacts')
    .where('contacts.workspace_id', '=', workspaceId);
  if (query.relationship !== undefined) {
    select = select.where('contacts.relationship', '=', query.relationship);
  }
  if (query.applicationId !== undefined) {
    const applicationId = query.applicationId;
    select = select.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('application_contacts as ac')
          .select('ac.contact_id')
          .whereRef('ac.workspace_id', '=', 'contacts.workspace_id')
          .whereRef('ac.contact_id', '=', 'contacts.id')
          .where('ac.application_id', '=', applicationId),
      ),
    );
  }
  if (query.search !== undefined && query.search.trim() !== '') {
    const pattern = likePattern(query.search.trim());
    select = select.where(
      sql<boolean>`(lower(contacts.name) like ${pattern} escape '\\' or lower(coalesce(contacts.company, '')) like ${pattern} escape '\\')`,
    );
  }
  select =
    query.sort === 'name'
      ? select.orderBy('contacts.name').orderBy('contacts.id')
      : select.orderBy(sql`contacts.last_interaction_at desc nulls last`).orderBy('contacts.id');
  const rows = await select.limit(query.limit).offset(query.offset).execute();
  return rows.map(toContact);
}

export async function updateContactRow(
  db: Db,
  workspaceId: string,
  id: string,
  update: ContactUpdate,
): Promise<void> {
  await db
    .updateTable('contacts')
    .set(update)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/** Writes a contact's own details and when they changed; their keep-in-touch state stays. */
export async function updateContactDetails(db: Db, workspaceId: string, contact: Contact) {
  await updateContactRow(db, workspaceId, contact.id, {
    ...detailColumns(contact),
    updated_at: contact.updatedAt,
  });
}

export async function deleteContactRow(db: Db, workspaceId: string, id: string) {
  await db
    .deleteFrom('contacts')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function linkContactToApplications(
  db: Db,
  workspaceId: string,
  contactId: string,
  applicationIds: readonly string[],
): Promise<void> {
  if (applicationIds.length === 0) return;
  await db
    .insertInto('application_contacts')
    .values(
      applicationIds.map((applicationId) => ({
        workspace_id: workspaceId,
        application_id: applicationId,
        contact_id: contactId,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function unlinkContactFromApplication(
  db: Db,
  workspaceId: string,
  contactId: string,
  applicationId: string,
): Promise<void> {
  await db
    .deleteFrom('application_contacts')
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', '=', contactId)
    .where('application_id', '=', applicationId)
    .execute();
}

export async function listApplicationIdsOfContact(
  db: Db,
  workspaceId: string,
  contactId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('application_contacts')
    .select('application_id')
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', '=', contactId)
    .orderBy('application_id')
    .execute();
  return rows.map((r) => r.application_id);
}

/**
 * Contacts linked to an application: directly, met in one of its interviews, or in touch about
 * it. Their ids come from one statement, the three index lookups joined by `union all`, each
 * planned as it was on its own (a join of the three leaves the planner room to scan a whole
 * workspace when statistics are missing); duplicates are dropped here rather than by a sort in
 * the database. The contacts come from a second statement.
 */
export async function listContactsOfApplication(
  db: Db,
  workspaceId: string,
  applicationId: string,
): Promise<Contact[]> {
  const found = await db
    .selectFrom('application_contacts')
    .select('contact_id')
    .where('workspace_id', '=', workspaceId)
    .where('application_id', '=', applicationId)
    .unionAll(
      db
        .selectFrom('interview_contacts')
        .select('contact_id')
        .where('workspace_id', '=', workspaceId)
        .where('interview_id', 'in', (eb) =>
          eb
            .selectFrom('interviews')
            .select('id')
            .where('workspace_id', '=', workspaceId)
            .where('application_id', '=', applicationId),
        ),
    )
    .unionAll(
      db
        .selectFrom('interactions')
        .select('contact_id')
        .where('workspace_id', '=', workspaceId)
        .where('application_id', '=', applicationId),
    )
    .execute();
  const ids = [...new Set(found.map((r) => r.contact_id))];
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  return rows
    .map(toContact)
    .sort((a, b) => (a.name === b.name ? compareText(a.id, b.id) : compareText(a.name, b.name)));
}

/** Code-point order, the same on every dialect and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every contact of a workspace, for matching a whole imported file against them at once. */
export async function listAllContacts(db: Db, workspaceId: string): Promise<Contact[]> {
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .execute();
  return rows.map(toContact);
}
