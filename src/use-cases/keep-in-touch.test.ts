import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { contactInput } from '../../test/factories';
import { interviewedApplication, reject, useTimeZone } from '../../test/recovery-fixtures';
import type { Relationship } from '../core/enums';
import { interactionInputSchema } from '../core/interaction';
import { getAgenda } from './agenda';
import { createContact } from './contacts';
import type { UseCaseDeps } from './deps';
import { logInteraction } from './interactions';
import {
  getContactKeepInTouch,
  listGoingCold,
  setContactCadence,
  snoozeContactKeepInTouch,
} from './keep-in-touch';
import { updateRecoverySettings } from './recovery-settings';

async function contactLastSeen(
  deps: UseCaseDeps,
  name: string,
  relationship: Relationship,
  occurredAt: string,
  direction: 'outbound' | 'inbound' = 'inbound',
) {
  const contact = await createContact(deps, contactInput({ name, relationship }));
  await logInteraction(
    deps,
    interactionInputSchema.parse({ contactId: contact.id, channel: 'call', direction, occurredAt }),
  );
  return contact.id;
}

describeEachDialect('keeping in touch', (db) => {
  beforeEach(() => db().clock.set('2026-11-26T09:00:00.000Z'));

  it('counts each relationship’s cadence from the last interaction, and logging one resets it', async () => {
    const deps = await db().deps('ws_cadence');
    await useTimeZone(deps);
    const recruiter = await contactLastSeen(deps, 'Rae', 'recruiter', '2026-08-20T10:00:00Z');
    const mentor = await contactLastSeen(deps, 'Mo', 'mentor', '2026-10-01T10:00:00Z');
    await contactLastSeen(deps, 'Pat', 'peer', '2026-11-20T10:00:00Z');
    const cold = await listGoingCold(deps, { limit: 10, offset: 0 });
    expect(cold.items.map((i) => [i.contact.name, i.status.dueOn])).toEqual([
      ['Rae', '2026-11-18'],
      ['Mo', '2026-11-30'],
    ]);
    await logInteraction(
      deps,
      interactionInputSchema.parse({
        contactId: recruiter,
        channel: 'email',
        occurredAt: '2026-11-26T08:00:00Z',
      }),
    );
    const after = await getContactKeepInTouch(deps, { contactId: recruiter });
    expect(after.status).toMatchObject({ state: 'scheduled', dueOn: '2027-02-24' });
    expect((await getContactKeepInTouch(deps, { contactId: mentor })).status.cadenceDays).toBe(60);
  });

  it('lets a contact have their own cadence, switch it off or go back to the default', async () => {
    const deps = await db().deps('ws_own_cadence');
    await useTimeZone(deps);
    const peer = await contactLastSeen(deps, 'Pia', 'peer', '2026-11-01T10:00:00Z');
    expect((await listGoingCold(deps, { limit: 10, offset: 0 })).items).toEqual([]);
    const own = await setContactCadence(deps, { contactId: peer, days: 21 });
    expect(own.status).toMatchObject({
      cadenceDays: 21,
      cadenceIsDefault: false,
      dueOn: '2026-11-22',
      state: 'due',
    });
    expect(
      (await listGoingCold(deps, { limit: 10, offset: 0 })).items.map((i) => i.contact.id),
    ).toEqual([peer]);
    expect((await setContactCadence(deps, { contactId: peer, days: 'off' })).status.state).toBe(
      'off',
    );
    expect((await listGoingCold(deps, { limit: 10, offset: 0 })).items).toEqual([]);
    expect(
      (await setContactCadence(deps, { contactId: peer, days: 'default' })).status.cadenceDays,
    ).toBe(90);
  });

  it('follows a relationship’s cadence from the settings', async () => {
    const deps = await db().deps('ws_settings_cadence');
    await useTimeZone(deps);
    await contactLastSeen(deps, 'Pia', 'peer', '2026-11-01T10:00:00Z');
    await updateRecoverySettings(deps, { keepInTouchDays: { peer: 14 } });
    expect((await listGoingCold(deps, { limit: 10, offset: 0 })).items[0]?.status.dueOn).toBe(
      '2026-11-15',
    );
    await updateRecoverySettings(deps, { keepInTouchDays: { peer: 0 } });
    expect((await listGoingCold(deps, { limit: 10, offset: 0 })).items).toEqual([]);
  });

  it('snoozes one contact', async () => {
    const deps = await db().deps('ws_contact_snooze');
    await useTimeZone(deps);
    const rae = await contactLastSeen(deps, 'Rae', 'recruiter', '2026-08-01T10:00:00Z');
    const snoozed = await snoozeContactKeepInTouch(deps, { contactId: rae, until: 'next-week' });
    expect(snoozed.status.dueOn).toBe('2026-11-30');
    expect((await listGoingCold(deps, { limit: 10, offset: 0, withinDays: 2 })).items).toEqual([]);
    expect((await listGoingCold(deps, { limit: 10, offset: 0, withinDays: 4 })).items).toHaveLength(
      1,
    );
    const ended = await snoozeContactKeepInTouch(deps, { contactId: rae, until: null });
    expect(ended.status.dueOn).toBe('2026-10-30');
  });

  it('names the next step a plan set for a person beside their cadence', async () => {
    const deps = await db().deps('ws_next_step');
    await useTimeZone(deps);
    const app = await interviewedApplication(deps);
    expect(
      (await getContactKeepInTouch(deps, { contactId: app.hiringManager })).nextStep,
    ).toBeNull();
    await reject(deps, app.applicationId, { channel: 'email', date: '2026-11-26' });
    const planned = await getContactKeepInTouch(deps, { contactId: app.hiringManager });
    expect(planned.nextStep).toMatchObject({
      kind: 'thank_you',
      title: 'Send a thank-you note to Ana Okafor (Acme)',
      dueOn: '2026-11-27',
      when: 'Due tomorrow',
      applicationId: app.applicationId,
    });
  });

  it('lets a relationship rest after two follow-ups without a reply', async () => {
    const deps = await db().deps('ws_rest');
    await useTimeZone(deps);
    const rae = await contactLastSeen(deps, 'Rae', 'recruiter', '2026-03-01T10:00:00Z');
    for (const day of ['2026-05-01', '2026-06-01', '2026-07-01']) {
      await logInteraction(
        deps,
        interactionInputSchema.parse({
          contactId: rae,
          channel: 'email',
          occurredAt: `${day}T10:00:00Z`,
        }),
      );
    }
    const status = await getContactKeepInTouch(deps, { contactId: rae });
    expect(status.contact.unansweredTouches).toBe(3);
    expect(status.status.state).toBe('resting');
    expect((await listGoingCold(deps, { limit: 10, offset: 0 })).items).toEqual([]);
    await logInteraction(
      deps,
      interactionInputSchema.parse({
        contactId: rae,
        channel: 'email',
        direction: 'inbound',
        occurredAt: '2026-07-05T10:00:00Z',
      }),
    );
    expect((await getContactKeepInTouch(deps, { contactId: rae })).status.state).toBe('due');
  });

  it('leaves people with an open plan step out of the cadence list, and logging a call closes it', async () => {
    const deps = await db().deps('ws_plan_contacts');
    await useTimeZone(deps);
    const { applicationId, recruiter } = await interviewedApplication(deps);
    await logInteraction(
      deps,
      interactionInputSchema.parse({
        contactId: recruiter,
        channel: 'call',
        occurredAt: '2026-06-01T10:00:00Z',
      }),
    );
    await reject(deps, applicationId, { date: '2026-10-30' });
    const cold = await listGoingCold(deps, { limit: 10, offset: 0 });
    expect(cold.items.map((i) => i.contact.id)).not.toContain(recruiter);
    const agenda = await getAgenda(deps, {});
    const keepInTouch = agenda.items.find(
      (i) => i.kind === 'keep_in_touch' && i.contactId === recruiter,
    );
    expect(keepInTouch).toMatchObject({ source: 'plan', section: 'upcoming', dueOn: '2026-11-27' });
    await logInteraction(
      deps,
      interactionInputSchema.parse({ contactId: recruiter, channel: 'call', summary: 'Caught up' }),
    );
    const later = await getAgenda(deps, {});
    expect(later.items.find((i) => i.id === keepInTouch?.id)).toBeUndefined();
  });
});
