import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { applicationInput, contactInput } from '../../test/factories';
import { contactPatchSchema } from '../core/contact';
import { interactionInputSchema } from '../core/interaction';
import { createApplication } from './applications';
import { getApplicationDetail } from './application-detail';
import {
  createContact,
  deleteContact,
  getContactDetail,
  linkContact,
  listContacts,
  unlinkContact,
  updateContact,
} from './contacts';
import { logInteraction } from './interactions';
import { createMessage } from './messages';

const interaction = (fields: Record<string, unknown>) =>
  interactionInputSchema.parse({ channel: 'email', ...fields });

describeEachDialect('contacts', (db) => {
  it('keeps the latest interaction even when an older one is logged afterwards', async () => {
    const deps = await db().deps('ws_latest');
    const contact = await createContact(deps, contactInput());
    await logInteraction(
      deps,
      interaction({ contactId: contact.id, occurredAt: '2026-10-01T10:00:00Z' }),
    );
    await logInteraction(
      deps,
      interaction({ contactId: contact.id, occurredAt: '2026-03-01T10:00:00Z' }),
    );
    const detail = await getContactDetail(deps, { id: contact.id });
    expect(detail.contact.lastInteractionAt).toBe('2026-10-01T10:00:00.000Z');
    expect(detail.interactions.map((i) => i.occurredAt)).toEqual([
      '2026-10-01T10:00:00.000Z',
      '2026-03-01T10:00:00.000Z',
    ]);
  });

  it('lists people never contacted after everyone else, and sorts by name on request', async () => {
    const deps = await db().deps('ws_sort');
    const zed = await createContact(deps, contactInput({ name: 'Zed' }));
    await createContact(deps, contactInput({ name: 'Amy' }));
    await logInteraction(deps, interaction({ contactId: zed.id }));
    const recent = await listContacts(deps, { limit: 10, offset: 0 });
    expect(recent.items.map((c) => c.name)).toEqual(['Zed', 'Amy']);
    const byName = await listContacts(deps, { sort: 'name', limit: 10, offset: 0 });
    expect(byName.items.map((c) => c.name)).toEqual(['Amy', 'Zed']);
  });

  it('links and unlinks applications, and filters contacts by application', async () => {
    const deps = await db().deps('ws_link');
    const app = await createApplication(deps, applicationInput());
    const contact = await createContact(deps, contactInput({ name: 'Linked Lee' }));
    await linkContact(deps, { applicationId: app.id, contactId: contact.id });
    await linkContact(deps, { applicationId: app.id, contactId: contact.id });
    expect((await getContactDetail(deps, { id: contact.id })).applicationIds).toEqual([app.id]);
    const filtered = await listContacts(deps, { applicationId: app.id, limit: 10, offset: 0 });
    expect(filtered.items.map((c) => c.name)).toEqual(['Linked Lee']);
    await unlinkContact(deps, { applicationId: app.id, contactId: contact.id });
    expect((await getApplicationDetail(deps, { id: app.id })).contacts).toEqual([]);
  });

  it('updates a contact and clears a field with null', async () => {
    const deps = await db().deps('ws_update_contact');
    const contact = await createContact(
      deps,
      contactInput({ title: 'Recruiter', tags: ['fintech'] }),
    );
    const updated = await updateContact(deps, {
      id: contact.id,
      patch: contactPatchSchema.parse({ title: null, tags: ['climate', 'climate'] }),
    });
    expect(updated).toMatchObject({ title: null, tags: ['climate'] });
    expect((await getContactDetail(deps, { id: contact.id })).contact).toEqual(updated);
  });

  it('deletes a contact with their interactions but keeps messages written to them', async () => {
    const deps = await db().deps('ws_delete_contact');
    const contact = await createContact(deps, contactInput());
    await logInteraction(deps, interaction({ contactId: contact.id }));
    const message = await createMessage(deps, {
      kind: 'thank_you',
      channel: 'email',
      applicationId: null,
      contactId: contact.id,
      recipient: null,
      subject: null,
      body: 'Thank you',
    });
    await deleteContact(deps, { id: contact.id });
    await expect(getContactDetail(deps, { id: contact.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    const kept = await deps.db
      .selectFrom('messages')
      .select(['id', 'contact_id'])
      .where('workspace_id', '=', deps.workspaceId)
      .where('id', '=', message.id)
      .executeTakeFirstOrThrow();
    expect(kept.contact_id).toBeNull();
    const interactions = await deps.db
      .selectFrom('interactions')
      .select('id')
      .where('workspace_id', '=', deps.workspaceId)
      .execute();
    expect(interactions).toEqual([]);
  });

  it('never shows one workspace the contacts of another', async () => {
    const mine = await db().deps('ws_c_mine');
    const theirs = await db().deps('ws_c_theirs');
    const contact = await createContact(mine, contactInput());
    expect((await listContacts(theirs, { limit: 10, offset: 0 })).items).toEqual([]);
    await expect(
      updateContact(theirs, { id: contact.id, patch: { name: 'x' } }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      logInteraction(theirs, interaction({ contactId: contact.id })),
    ).rejects.toMatchObject({
      code: 'not_found',
      field: 'contactId',
    });
  });
});
