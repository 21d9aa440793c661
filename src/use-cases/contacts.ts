import { AppError } from '../core/app-error';
import type { Contact, ContactInput, ContactPatch } from '../core/contact';
import type { Relationship } from '../core/enums';
import { newId } from '../core/ids';
import type { Interaction } from '../core/interaction';
import type { Interview } from '../core/interview';
import type { Db } from '../storage/database';
import {
  deleteContactRow,
  findContact,
  insertContact,
  linkContactToApplications,
  listApplicationIdsOfContact,
  queryContacts,
  unlinkContactFromApplication,
  updateContactDetails,
  type ContactSort,
} from '../storage/repositories/contacts';
import { queryInteractions } from '../storage/repositories/interactions';
import { listInterviews } from '../storage/repositories/interviews';
import { requireApplication } from './applications';
import { inTransaction, nowInstant, type UseCaseDeps } from './deps';
import { type Page, pageOf, type PageRequest } from './paging';

export async function requireContact(db: Db, workspaceId: string, id: string, field = 'id') {
  const contact = await findContact(db, workspaceId, id);
  if (!contact) throw AppError.notFound('contact', id, field);
  return contact;
}

async function requireApplications(db: Db, workspaceId: string, ids: readonly string[]) {
  for (const [index, id] of ids.entries()) {
    const found = await db
      .selectFrom('applications')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!found) {
      throw AppError.notFound('application', id, `applicationIds[${index}]`);
    }
  }
}

export async function createContact(
  deps: UseCaseDeps,
  input: ContactInput,
): Promise<Contact & { applicationIds: string[] }> {
  const now = nowInstant(deps);
  const contact: Contact = {
    id: newId('con'),
    name: input.name,
    title: input.title,
    company: input.company,
    email: input.email,
    otherEmails: input.otherEmails,
    linkedinUrl: input.linkedinUrl,
    phone: input.phone,
    otherPhones: input.otherPhones,
    websites: input.websites,
    howMet: input.howMet,
    relationship: input.relationship,
    tags: input.tags,
    notes: input.notes,
    lastInteractionAt: null,
    keepInTouchDays: null,
    keepInTouchSnoozedUntil: null,
    unansweredTouches: 0,
    sample: false,
    createdAt: now,
    updatedAt: now,
  };
  const applicationIds = [...new Set(input.applicationIds)];
  await inTransaction(deps.db, async (trx) => {
    await requireApplications(trx, deps.workspaceId, applicationIds);
    await insertContact(trx, deps.workspaceId, contact);
    await linkContactToApplications(trx, deps.workspaceId, contact.id, applicationIds);
  });
  return { ...contact, applicationIds };
}

export interface ListContactsOptions extends PageRequest {
  search?: string;
  relationship?: Relationship;
  applicationId?: string;
  sort?: ContactSort;
}

export async function listContacts(
  deps: UseCaseDeps,
  options: ListContactsOptions,
): Promise<Page<Contact>> {
  const rows = await queryContacts(deps.db, deps.workspaceId, {
    ...(options.search !== undefined && { search: options.search }),
    ...(options.relationship !== undefined && { relationship: options.relationship }),
    ...(options.applicationId !== undefined && { applicationId: options.applicationId }),
    sort: options.sort ?? 'last_interaction',
    limit: options.limit + 1,
    offset: options.offset,
  });
  return pageOf(rows, options);
}

export interface ContactDetail {
  contact: Contact;
  applicationIds: string[];
  interviews: Interview[];
  interactions: Interaction[];
}

const DETAIL_INTERACTION_LIMIT = 200;

export async function getContactDetail(
  deps: UseCaseDeps,
  { id }: { id: string },
): Promise<ContactDetail> {
  const { db, workspaceId } = deps;
  const contact = await requireContact(db, workspaceId, id);
  const [applicationIds, interviews, interactions] = await Promise.all([
    listApplicationIdsOfContact(db, workspaceId, id),
    listInterviews(db, workspaceId, { contactId: id }),
    queryInteractions(db, workspaceId, {
      contactId: id,
      limit: DETAIL_INTERACTION_LIMIT,
      offset: 0,
    }),
  ]);
  return { contact, applicationIds, interviews, interactions };
}

export async function updateContact(
  deps: UseCaseDeps,
  { id, patch }: { id: string; patch: ContactPatch },
): Promise<Contact> {
  return inTransaction(deps.db, async (trx) => {
    const current = await requireContact(trx, deps.workspaceId, id);
    const next: Contact = { ...current, ...patch, updatedAt: nowInstant(deps) };
    await updateContactDetails(trx, deps.workspaceId, next);
    return next;
  });
}

/**
 * Deletes a contact with their interactions and their open plan steps. Messages written to them
 * and rejections they delivered stay, unlinked from the person.
 */
export async function deleteContact(deps: UseCaseDeps, { id }: { id: string }) {
  await inTransaction(deps.db, async (trx) => {
    await requireContact(trx, deps.workspaceId, id);
    await trx
      .updateTable('tasks')
      .set({ interaction_id: null })
      .where('workspace_id', '=', deps.workspaceId)
      .where('interaction_id', 'in', (eb) =>
        eb
          .selectFrom('interactions')
          .select('id')
          .where('workspace_id', '=', deps.workspaceId)
          .where('contact_id', '=', id),
      )
      .execute();
    for (const table of ['messages', 'rejections'] as const) {
      await trx
        .updateTable(table)
        .set({ contact_id: null })
        .where('workspace_id', '=', deps.workspaceId)
        .where('contact_id', '=', id)
        .execute();
    }
    await deleteContactRow(trx, deps.workspaceId, id);
  });
}

export interface LinkContactOptions {
  applicationId: string;
  contactId: string;
}

export async function linkContact(deps: UseCaseDeps, options: LinkContactOptions) {
  await inTransaction(deps.db, async (trx) => {
    await requireApplication(trx, deps.workspaceId, options.applicationId);
    await requireContact(trx, deps.workspaceId, options.contactId, 'contactId');
    await linkContactToApplications(trx, deps.workspaceId, options.contactId, [
      options.applicationId,
    ]);
  });
}

export async function unlinkContact(deps: UseCaseDeps, options: LinkContactOptions) {
  await inTransaction(deps.db, async (trx) => {
    await requireApplication(trx, deps.workspaceId, options.applicationId);
    await requireContact(trx, deps.workspaceId, options.contactId, 'contactId');
    await unlinkContactFromApplication(
      trx,
      deps.workspaceId,
      options.contactId,
      options.applicationId,
    );
  });
}
