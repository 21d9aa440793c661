import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/databases';
import { applicationInput } from '../../../test/factories';
import { reject } from '../../../test/recovery-fixtures';
import { reflectionForCoach, reflectionShared, draftShared } from '../../core/team/sharing';
import type { UseCaseDeps } from '../deps';
import { createApplication } from '../applications';
import { createMessage, deleteMessage, markMessageSent } from '../messages';
import { saveReflection } from '../reflection';
import { withdrawRejection } from '../rejections';
import {
  changeSharing,
  getReflection,
  readSharingOf,
  shareDraft,
  shareReflection,
  unshareDraft,
  unshareReflection,
  viewSharing,
} from './sharing';

describeEachDialect('sharing with the coach', (db) => {
  let deps: UseCaseDeps;
  let applicationId: string;
  let rejectionId: string;
  beforeEach(async () => {
    db().clock.set('2026-12-10T09:00:00.000Z');
    deps = await db().deps(`ws_${Math.random().toString(36).slice(2, 10)}`);
    const application = await createApplication(
      deps,
      applicationInput({ company: 'Lumen Labs', role: 'Data Analyst', stage: 'final' }),
    );
    applicationId = application.id;
    rejectionId = (await reject(deps, applicationId)).plan.rejection.id;
    await saveReflection(deps, {
      applicationId,
      input: { wentWell: 'The case study', feeling: 'upset', feelingNote: 'Stung' },
    });
  });

  async function draft(subject: string) {
    return createMessage(deps, {
      kind: 'thank_you',
      channel: 'email',
      applicationId,
      contactId: null,
      recipient: null,
      subject,
      body: 'Thank you for the time you gave me.',
    });
  }

  it('starts with everything private and nothing shared one by one', async () => {
    expect(await viewSharing(deps)).toEqual({
      settings: { reflections: false, drafts: false, feelings: false },
      items: [],
    });
    const sharing = await readSharingOf(deps);
    expect(reflectionShared(sharing, rejectionId)).toBe(false);
  });

  it('changes only the kinds it is given, and a later change wins', async () => {
    await changeSharing(deps, { patch: { reflections: true } });
    const view = await changeSharing(deps, { patch: { feelings: true } });
    expect(view.settings).toEqual({ reflections: true, drafts: false, feelings: true });
    expect((await changeSharing(deps, { patch: { reflections: false } })).settings).toEqual({
      reflections: false,
      drafts: false,
      feelings: true,
    });
    const other = await db().deps(`ws_other_${Math.random().toString(36).slice(2, 8)}`);
    expect((await viewSharing(other)).settings.feelings).toBe(false);
  });

  it('shares one reflection and one draft by name, lists them, and takes them back', async () => {
    const message = await draft('Thanks from Lin');
    await shareReflection(deps, { id: rejectionId });
    db().clock.advance(60_000);
    const view = await shareDraft(deps, { id: message.id });
    expect(view.items).toEqual([
      {
        kind: 'draft',
        id: message.id,
        applicationId,
        label: 'Thanks from Lin',
        sharedAt: '2026-12-10T09:01:00.000Z',
      },
      {
        kind: 'reflection',
        id: rejectionId,
        applicationId,
        label: 'Lumen Labs — Data Analyst',
        sharedAt: '2026-12-10T09:00:00.000Z',
      },
    ]);
    const sharing = await readSharingOf(deps);
    expect(reflectionShared(sharing, rejectionId)).toBe(true);
    expect(draftShared(sharing, message)).toBe(true);
    // Sharing again keeps the first time.
    db().clock.advance(60_000);
    expect((await shareReflection(deps, { id: rejectionId })).items[1]?.sharedAt).toBe(
      '2026-12-10T09:00:00.000Z',
    );
    await unshareReflection(deps, { id: rejectionId });
    const after = await unshareDraft(deps, { id: message.id });
    expect(after.items).toEqual([]);
    const unshared = await readSharingOf(deps);
    expect(reflectionShared(unshared, rejectionId)).toBe(false);
    expect(draftShared(unshared, message)).toBe(false);
  });

  it('refuses an unknown item and a message already sent, naming the id', async () => {
    await expect(shareReflection(deps, { id: 'rej_nope' })).rejects.toThrow(
      'No rejection with id rej_nope.',
    );
    await expect(shareDraft(deps, { id: 'msg_nope' })).rejects.toThrow(
      'No message with id msg_nope.',
    );
    const message = await draft('Sent already');
    await markMessageSent(deps, { id: message.id });
    await expect(shareDraft(deps, { id: message.id })).rejects.toMatchObject({
      code: 'conflict',
      field: 'id',
    });
    expect((await viewSharing(deps)).items).toEqual([]);
  });

  it('forgets a shared item when its draft is deleted or its rejection withdrawn', async () => {
    const message = await draft('Soon gone');
    await shareDraft(deps, { id: message.id });
    await shareReflection(deps, { id: rejectionId });
    await deleteMessage(deps, { id: message.id });
    expect((await viewSharing(deps)).items.map((item) => item.kind)).toEqual(['reflection']);
    await withdrawRejection(deps, { applicationId, force: true });
    expect((await viewSharing(deps)).items).toEqual([]);
    expect((await readSharingOf(deps)).reflectionIds.size).toBe(0);
  });

  it('hands a coach a shared reflection without feelings unless feelings are shared', async () => {
    const { reflection } = await getReflection(deps, { applicationId });
    expect(reflection).toMatchObject({ feeling: 'upset', wentWell: 'The case study' });
    expect(reflectionForCoach(await readSharingOf(deps), rejectionId, reflection)).toBeNull();
    await shareReflection(deps, { id: rejectionId });
    expect(reflectionForCoach(await readSharingOf(deps), rejectionId, reflection)).toMatchObject({
      wentWell: 'The case study',
      feeling: null,
      feelingNote: null,
      feelingAt: null,
    });
    await changeSharing(deps, { patch: { feelings: true } });
    expect(reflectionForCoach(await readSharingOf(deps), rejectionId, reflection)).toMatchObject({
      feeling: 'upset',
      feelingNote: 'Stung',
    });
  });
});
